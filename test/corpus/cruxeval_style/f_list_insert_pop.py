def f(array, elem):
    array.insert(len(array) // 2, elem)
    if len(array) > 4:
        array.pop(0)
    return array
print(f([1, 2, 3], 9))
print(f([1, 2, 3, 4], 9))
print(f([], 'x'), f(['a'], 'b'))
a = [5, 6]
print(f(a, 0), a)
