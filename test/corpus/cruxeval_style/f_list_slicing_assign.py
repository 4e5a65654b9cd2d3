def f(lst):
    lst[1:-1] = lst[1:-1][::-1]
    lst[::2] = [x * 10 for x in lst[::2]]
    return lst
print(f([1, 2, 3, 4, 5]), f([1, 2]), f([7]), f([]))
