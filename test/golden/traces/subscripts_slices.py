# call: f('abcdefgh', [[1, 2], [3, 4]], {'a': {'b': 7}})
def f(s, grid, d):
    a = s[1:4]
    b = s[::-2]
    c = s[-3:]
    e = grid[1][0]
    g = d['a']['b']
    n = -1
    h = s[n]
    i = grid[0][:n]
    t = (1, 2, 3)[1:]
    return a, b, c, e, g, h, i, t
