class Err(Exception):
    def __str__(self):
        return f'Err with {len(self.args)} args'
e = Err(1, 2, 3)
print(str(e), repr(e), e.args)
class Coded(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f'code={self.code}'
c = Coded(7)
print(c, repr(c), c.args)
try:
    raise Coded(404)
except Exception as ex:
    print(f'{type(ex).__name__}: {ex}')
class Wrapped(ValueError):
    pass
try:
    int('q')
except ValueError as ex:
    w = Wrapped(*ex.args)
    print(repr(w), isinstance(w, ValueError))
