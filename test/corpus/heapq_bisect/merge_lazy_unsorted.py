# heapq.merge is a lazy heap merge: it takes CPython's items in CPython's order, even for unsorted inputs.
import heapq
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([5, 1, 4], [3, 2], [9, 0])), list(heapq.merge([5, 1], [4, 2], reverse=True)))
print(list(heapq.merge([1, 4], [2, 3], key=lambda x: x % 3)), list(heapq.merge('bd', 'ac', 'ab')))
print(list(heapq.merge([(1, 'b'), (1, 'a')], [(1, 'a')], key=lambda p: p[0])))
print(list(heapq.merge([3, 1], [2, 4], [0], key=lambda x: -x, reverse=True)))
log = []
def noisy(name, items):
    for x in items:
        log.append((name, x))
        yield x
m = heapq.merge(noisy('a', [1, 3, 5]), noisy('b', [2, 4]))
print(type(m).__name__, log)
print(next(m), log)
print(next(m), next(m), log)
print(list(m), log)
try:
    list(heapq.merge([1], ['a', 'b']))
except TypeError as e:
    print('TypeError:', e)
