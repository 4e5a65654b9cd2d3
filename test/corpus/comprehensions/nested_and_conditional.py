matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 1])
print([['#' if (r + c) % 2 else '.' for c in range(4)] for r in range(2)])
pairs = [(a, b) for a in range(1, 6) for b in range(a, 6) if a * b == 6 or a + b == 6]
print(pairs)
print(sum([[1, 2], [3]], []), [y for x in [[1], [2, 3]] for y in x][::-1])
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
