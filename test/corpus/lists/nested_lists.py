matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1][2], matrix[-1][-1], [row[0] for row in matrix])
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
print([sum(row) for row in matrix], sum(map(sum, matrix)))
print([matrix[i][i] for i in range(3)], [matrix[i][2 - i] for i in range(3)])
flat = [x for row in matrix for x in row]
print(flat)
rotated = [list(r) for r in zip(*matrix[::-1])]
print(rotated)
copy = [row[:] for row in matrix]
copy[0][0] = 99
print(matrix[0], copy[0])
