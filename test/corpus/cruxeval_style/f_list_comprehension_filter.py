def f(nums, target):
    return [(i, j) for i in range(len(nums)) for j in range(i + 1, len(nums)) if nums[i] + nums[j] == target]
print(f([2, 7, 11, 15], 9))
print(f([1, 2, 3, 4, 5], 6))
print(f([3, 3, 3], 6), f([], 1), f([0, 0], 0))
