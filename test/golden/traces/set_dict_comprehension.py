# call: f('banana')
def f(word):
    letters = {c for c in word}
    counts = {c: word.count(c) for c in letters if c != 'n'}
    inverted = {v: k for k, v in counts.items()}
    return sorted(letters), counts, inverted
