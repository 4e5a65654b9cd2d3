import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 5))
print(bisect.bisect_left(a, 0), bisect.bisect_right(a, 100), bisect.bisect_left(a, 4, 4), bisect.bisect_left([], 3))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
def grade(score, cuts=(60, 70, 80, 90), letters='FDCBA'):
    return letters[bisect.bisect(cuts, score)]
print([grade(s) for s in (33, 60, 77, 89, 90, 100)])
print(bisect.bisect_left([1, 3, 5], 3, key=None), bisect.bisect_right(['a', 'c'], 'b'))
