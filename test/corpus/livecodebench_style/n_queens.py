def solve(n):
    solutions = []
    cols = [0] * n
    def place(r, used, d1, d2):
        if r == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used or (r - c) in d1 or (r + c) in d2:
                continue
            cols[r] = c
            place(r + 1, used | {c}, d1 | {r - c}, d2 | {r + c})
    place(0, frozenset(), frozenset(), frozenset())
    return solutions
print([len(solve(n)) for n in range(1, 8)])
first = solve(6)[0]
for c in first:
    print('.' * c + 'Q' + '.' * (5 - c))
