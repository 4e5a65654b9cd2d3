def f(s, n):
    return (s * (n % 4)) + '|' + s[n % len(s):] if s else str(n)
print(f('ab', 5), f('xyz', 4), f('q', 0), f('', 9), f('hello', 13))
print(f('abc', -1))
print(f('abc', -5))
print([f('xy', i) for i in range(5)])
