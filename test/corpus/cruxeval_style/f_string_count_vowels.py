def f(s):
    vowels = 'aeiouAEIOU'
    counts = [s.count(v) for v in vowels]
    return sum(counts), ''.join(c for c in s if c not in vowels), s.translate({ord(v): '*' for v in vowels})
print(f('Programming Is Fun'))
print(f('rhythm'), f('AEIOUaeiou'))
