def generate(n):
    out = []
    def go(s, opened, closed):
        if len(s) == 2 * n:
            out.append(s)
            return
        if opened < n:
            go(s + '(', opened + 1, closed)
        if closed < opened:
            go(s + ')', opened, closed + 1)
    go('', 0, 0)
    return out
print(generate(3))
print([len(generate(i)) for i in range(1, 7)])
