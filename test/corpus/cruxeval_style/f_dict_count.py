def f(nums):
    counts = {}
    for n in nums:
        counts[n] = counts.get(n, 0) + 1
    return sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
print(f([1, 3, 3, 2, 1, 3]))
print(f([]), f([7]), f([-1, -1, 0, 0]))
print(f('aabbbc'))
