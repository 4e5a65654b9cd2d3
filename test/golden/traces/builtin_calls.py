# call: f([4, -1, 3, 3])
def f(nums):
    a = len(nums), sum(nums), max(nums), min(nums)
    b = sorted(set(nums))
    c = list(reversed(nums))
    d = list(enumerate(nums[:2], start=1))
    e = dict(zip('abc', nums))
    g = list(map(abs, nums))
    h = list(filter(None, [0, 1, '', 'x']))
    i = any(x < 0 for x in nums), all(nums)
    j = divmod(17, 5), round(2.675, 2), int('12') + float('0.5')
    return a, b, c, d, e, g, h, i, j
