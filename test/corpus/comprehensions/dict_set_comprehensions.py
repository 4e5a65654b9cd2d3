words = ['apple', 'banana', 'avocado', 'blueberry', 'cherry']
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({len(w) for w in words})
print({k: v for k, v in zip('abc', range(3)) if v})
print({x % 4 for x in range(10)}, {x: x ** 2 for x in range(-2, 3)})
counts = {c: 'mississippi'.count(c) for c in 'mississippi'}
print(counts)
nested = {i: {j: i * j for j in range(i)} for i in range(4)}
print(nested)
