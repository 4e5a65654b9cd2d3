sq = {x: x * x for x in range(6)}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
odd = {k: v for k, v in sq.items() if k % 2}
print(odd)
words = ['apple', 'bob', 'cat', 'anna', 'boat']
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
print({w: len(w) for w in words})
print(dict(sorted(by_first.items(), key=lambda kv: -len(kv[1]))))
