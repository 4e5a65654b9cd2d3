class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
s = Squares()
print(list(s), 9 in s, 10 in s, s[2])
for v in s:
    print(v, end=' ')
print()
print(sorted(s, reverse=True), sum(s), max(s))
a, b, *rest = s
print(a, b, rest)
