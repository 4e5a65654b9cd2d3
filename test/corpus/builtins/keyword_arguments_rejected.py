# Builtin methods and functions that take no keyword arguments reject them, as CPython's C functions do.
calls = [
    lambda: [3, 1].pop(x=1), lambda: {1, 2}.pop(key=len), lambda: {1, 2}.union(key=len),
    lambda: {1, 2}.update(reverse=True), lambda: {'k': 1}.popitem(reverse=True), lambda: {'k': 1}.items(x=1),
    lambda: len(obj=[]), lambda: 'abc'.upper(x=1), lambda: (1, 2).count(value=1), lambda: b'ab'.hex(sep=':'),
    lambda: sorted([2, 1], reverse=True), lambda: 'a,b'.split(sep=','), lambda: [3, 1, 2].sort(key=lambda v: -v),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
