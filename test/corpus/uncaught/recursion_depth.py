def count_down(n):
    if n == 0:
        return 'done'
    return count_down(n - 1)
print(count_down(50))
print(count_down(900))
def no_base(n):
    return no_base(n - 1) + 1
print(no_base(5))
