data = [3, 1, 3, 2, 1, 5, 2, 3]
print(len(set(data)), sorted(set(data)))
seen = set()
ordered = []
for x in data:
    if x not in seen:
        seen.add(x)
        ordered.append(x)
print(ordered, list(dict.fromkeys(data)))
words = 'the cat and the hat and the bat'.split()
print(sorted(set(words)), len(words) - len(set(words)))
dups = sorted({w for w in words if words.count(w) > 1})
print(dups)
print(set() == set(), {} == set(), type({}).__name__)
