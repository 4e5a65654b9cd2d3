class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return f'[{self.code}] {self.detail}'
class NotFound(AppError):
    def __init__(self, item):
        super().__init__(404, f'{item} not found')
try:
    raise NotFound('page')
except AppError as e:
    print(e, '|', repr(e), '|', e.code, e.args, type(e).__name__)
class Plain(Exception):
    pass
try:
    raise Plain
except Plain as e:
    print(repr(e), str(e) == '', e.args)
try:
    raise Plain('with msg', 2)
except Exception as e:
    print(e)
print(isinstance(NotFound('x'), Exception), NotFound.__mro__[1].__name__)
