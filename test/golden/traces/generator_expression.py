# call: f([1, 2, 3, 4])
def f(nums):
    total = sum(n * n for n in nums if n > 1)
    first = next(n for n in nums if n > 2)
    joined = ','.join(str(n) for n in nums)
    return total, first, joined
