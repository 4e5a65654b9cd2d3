# call: f([5, 2, 8])
def f(nums):
    square = lambda x: x * x
    add = lambda a, b=10: a + b
    r1 = square(4)
    r2 = add(1)
    r3 = list(map(lambda n: n - 1, nums))
    pick = (lambda: nums[0])()
    return r1, r2, r3, pick
