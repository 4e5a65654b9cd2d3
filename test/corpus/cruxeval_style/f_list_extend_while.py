def f(nums):
    count = len(nums)
    for i in range(-count + 1, 0):
        nums.extend([nums[i], nums[i]])
    return nums
print(f([0, 6, 2, -1, -2]))
print(f([1]), f([]), f([1, 2]))
