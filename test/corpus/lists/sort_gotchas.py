nums = [3, 1, 2]
result = nums.sort()
print(result, nums)
print(sorted(nums) is nums, sorted(nums) == nums)
words = ['b', 'A', 'c', 'B', 'a']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=lambda w: (w.lower(), w.swapcase()))
print(words)
mixed = [[2, 'b'], [1, 'z'], [2, 'a'], [1, 'a']]
mixed.sort(reverse=True)
print(mixed)
print([1, 2, 3].index(3, 1, 3), [5, 5, 5].index(5, 2))
try:
    [3, None, 1].sort()
except TypeError as e:
    print('TypeError:', e)
