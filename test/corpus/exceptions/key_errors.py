d = {'a': 1, 2: 'b', (1, 2): 'c'}
for key in ['z', 5, (3, 4), None, 1.5, '']:
    try:
        d[key]
    except KeyError as e:
        print('KeyError', e, repr(e), e.args[0] == key)
try:
    set().remove('x')
except KeyError as e:
    print(repr(e))
from collections import Counter, defaultdict
print(Counter()['missing'], defaultdict(int)['x'])
try:
    {}.pop('gone')
except KeyError as e:
    print(str(e))
