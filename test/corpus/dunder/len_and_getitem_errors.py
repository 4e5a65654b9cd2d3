class Broken:
    def __len__(self):
        return -1
try:
    len(Broken())
except ValueError as e:
    print('ValueError:', e)
class FloatLen:
    def __len__(self):
        return 2.5
try:
    len(FloatLen())
except TypeError as e:
    print('TypeError:', e)
class NoItems:
    pass
try:
    NoItems()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    iter(NoItems())
except TypeError as e:
    print('TypeError:', e)
try:
    NoItems()()
except TypeError as e:
    print('TypeError:', e)
