from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups))
counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(counts)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
nested['a']['y'] += 2
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s['k'].add(1)
print(s, defaultdict(None, {1: 2}), 'q' in s)
