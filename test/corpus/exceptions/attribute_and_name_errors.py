for obj, attr in [(5, 'foo'), ('s', 'push'), ([], 'add'), (None, 'x'), ({}, 'append'), (3.0, 'real_part')]:
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print('AttributeError:', e)
class Thing:
    def __init__(self):
        self.size = 1
try:
    Thing().colour
except AttributeError as e:
    print(e)
try:
    Thing.missing
except AttributeError as e:
    print(e)
try:
    undefined_name + 1
except NameError as e:
    print('NameError:', e)
def f():
    return also_missing
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
