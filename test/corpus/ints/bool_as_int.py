print(True + True, True * 10, False - 1)
print(sum([True, False, True, True]))
print(True == 1, False == 0, True is not False)
print(isinstance(True, int), type(True + 1))
print(True / 2, True // 2, -True, ~True)
print([10, 20][True], 'abc'[False])
print(int(True), str(True), repr(False))
print(max(True, 0), min(False, -1))
d = {1: 'one'}
d[True] = 'true'
print(d)
print(True & False, True | False, True ^ True)
