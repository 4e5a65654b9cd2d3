x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 == 1 < 2, 1 < 2 > 0 < 5)
print(0 <= x < 5, x == 5 == 5.0, 'a' < 'b' < 'c', 3 > 2 == 2)
def loud(v):
    print('eval', v)
    return v
print(loud(1) < loud(2) < loud(0) < loud(5))
print(loud(3) < loud(2) < loud(9))
print([1] < [2] < [3], (1, 2) <= (1, 2) <= (1, 3))
print(None is None is not False, 0 == 0.0 != 1)
