def f(nums):
    out, running = [], 0
    for n in nums:
        running = running + n if running + n > 0 else 0
        out.append(running)
    return out, max(out, default=None)
print(f([1, -2, 3, 4, -10, 5]), f([]), f([-1, -2]))
