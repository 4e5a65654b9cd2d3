d = {'a': 1}
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print('KeyError:', e)
try:
    {}.pop('x')
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 1.0})
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
try:
    for k in d:
        d[k + 'x'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
