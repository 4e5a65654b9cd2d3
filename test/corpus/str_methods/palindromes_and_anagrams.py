def clean(s):
    return ''.join(ch.lower() for ch in s if ch.isalnum())
for s in ['A man, a plan, a canal: Panama', 'race a car', '', 'No lemon, no melon']:
    c = clean(s)
    print(repr(c), c == c[::-1])
words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']
groups = {}
for w in words:
    groups.setdefault(''.join(sorted(w)), []).append(w)
print(list(groups.values()))
print(sorted(groups, key=len))
