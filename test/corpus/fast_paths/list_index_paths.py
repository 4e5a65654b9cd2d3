# Index fast paths on exact lists keep CPython's results and errors.
lst = [1, 2, 3]
lst[-1] += 10
lst[True] = 'one'
print(lst, lst[-3], lst[False])
try:
    lst[3] = 0
except IndexError as e:
    print('IndexError:', e)
try:
    print(lst[1.0])
except TypeError as e:
    print('TypeError:', e)
nums = list(range(5))
nums[-2], nums[0] = nums[0], nums[-2]
print(nums, nums[-5], nums[4])
try:
    nums[-6]
except IndexError as e:
    print('IndexError:', e)
