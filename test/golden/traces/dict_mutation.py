# call: f(['a', 'b', 'a', 'c', 'a'])
def f(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = counts.pop('a')
    counts.setdefault('z', 0)
    counts.update({'b': 10})
    del counts['c']
    return top, counts, list(counts.keys())
