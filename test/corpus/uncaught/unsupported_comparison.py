items = [3, 1, 'two', 5]
print(items, len(items))
print(sorted(items[:2]))
print(max(items[:2]))
print(sorted(items))
