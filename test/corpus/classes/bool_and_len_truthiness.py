class Empty:
    def __len__(self):
        return 0
class Falsy:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Default:
    pass
for obj in [Empty(), Falsy(), Default()]:
    print(type(obj).__name__, bool(obj), 'yes' if obj else 'no', not obj)
print(len(Falsy()), [x for x in [Empty(), Default(), Falsy()] if x].__len__())
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print('TypeError:', e)
