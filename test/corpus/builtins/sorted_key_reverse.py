words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted((5, -1)), sorted({3: 'a', 1: 'b'}))
nums = [5, 2, 8, 1]
nums.sort(key=lambda n: -n)
print(nums)
print(sorted([]), sorted([[2, 1], [1, 2], [1, 1]]))
