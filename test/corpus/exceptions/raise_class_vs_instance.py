for exc in [ValueError, ValueError('inst'), KeyError, StopIteration]:
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
try:
    raise 'string'
except TypeError as e:
    print('TypeError:', e)
class E(Exception):
    def __init__(self):
        super().__init__('built-in message')
try:
    raise E
except E as e:
    print(e)
