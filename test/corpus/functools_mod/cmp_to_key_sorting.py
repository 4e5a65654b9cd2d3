from functools import cmp_to_key
def compare(a, b):
    if a + b > b + a:
        return -1
    if a + b < b + a:
        return 1
    return 0
nums = [3, 30, 34, 5, 9]
strs = sorted(map(str, nums), key=cmp_to_key(compare))
print(strs, ''.join(strs))
def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
print(sorted(['bb', 'a', 'ccc', 'aa', 'c'], key=cmp_to_key(by_len_then_rev)))
print(sorted([5, 2, 8], key=cmp_to_key(lambda x, y: y - x)))
