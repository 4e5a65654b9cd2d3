def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n % 2 == 0:
        return 'even'
    else:
        return 'odd'
print([classify(n) for n in [-5, 0, 3, 8]])
for v in [0, 1, '', 'a', [], [0], None, 0.0, {}]:
    print(repr(v), 'truthy' if v else 'falsy')
x = 7
print('big' if x > 5 else 'small', 'pos' if x > 0 else 'neg' if x < 0 else 'zero')
print(x > 5 and 'yes', x > 50 and 'yes', x > 50 or 'fallback', 0 or '' or None)
print(not x, not not x, 1 and 2 and 3, 1 and 0 and 3, [] or {} or 'last')
