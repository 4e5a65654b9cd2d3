def f(s):
    if len(s) <= 1:
        return s
    mid = len(s) // 2
    return f(s[mid:]) + f(s[:mid])
print(f('abcdefg'), f('ab'), f(''), f('hello world'))
def g(n):
    return '' if n == 0 else g(n // 2) + str(n % 2)
print(g(10), g(255), repr(g(0)), g(1))
