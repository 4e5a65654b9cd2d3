# call: f([4, 9, 1])
def f(nums):
    if (n := len(nums)) > 2:
        kind = 'long' if n > 5 else 'medium'
    big = [y for x in nums if (y := x * 2) > 5]
    return n, kind, big, y
