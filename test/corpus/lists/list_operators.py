a = [1, 2, 3]
b = a
a += [4]
print(a, b, a is b)
a = a + [5]
print(a, b, a is b)
print([0] * 3, [[0] * 2] * 2, 2 * [None], [] * 10)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
print([1, 2] + [3], [1, 2] * 2, 3 in [1, 2, 3], [1] in [[1], 2])
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
c = [1, 2]
c *= 3
print(c, len(c))
