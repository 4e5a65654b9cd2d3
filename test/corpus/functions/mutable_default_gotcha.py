def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def counter(_cache={}):
    _cache['n'] = _cache.get('n', 0) + 1
    return _cache['n']
print(counter(), counter(), counter())
print(append_to.__defaults__)
