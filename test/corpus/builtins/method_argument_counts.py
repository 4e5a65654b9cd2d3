# Zero- and one-argument methods of list, dict and set count their arguments as CPython does.
calls = [
    lambda: [].copy(1), lambda: [].clear(1, 2), lambda: [].reverse(1), lambda: {}.copy(1), lambda: {}.keys(1),
    lambda: {}.items(1), lambda: {}.popitem(1), lambda: set().copy(1), lambda: frozenset().copy(1),
    lambda: set().clear(1), lambda: {1}.pop(1), lambda: set().add(), lambda: set().add(1, 2),
    lambda: {1}.discard(1, 2, 3), lambda: {1}.remove(), lambda: [3, 1].copy(), lambda: {1, 2}.pop(),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
for call in [lambda: range(4).index(1, 2), lambda: range(4).count(), lambda: range(4).count(2), lambda: range(4).index(3)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
