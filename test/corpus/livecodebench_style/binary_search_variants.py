def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 3, 3, 3, 5, 8, 13]
print([lower_bound(a, x) for x in (0, 1, 3, 4, 13, 14)])
def sqrt_floor(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([sqrt_floor(n) for n in (0, 1, 8, 9, 10, 99, 10 ** 18)])
def search_rotated(nums, t):
    return next((i for i, v in enumerate(nums) if v == t), -1)
print(search_rotated([4, 5, 6, 7, 0, 1, 2], 0), search_rotated([1], 2))
