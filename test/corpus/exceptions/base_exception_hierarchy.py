names = [ArithmeticError, ZeroDivisionError, OverflowError, LookupError, IndexError, KeyError,
         ValueError, UnicodeError, TypeError, NameError, UnboundLocalError, AttributeError,
         RuntimeError, RecursionError, NotImplementedError, StopIteration, AssertionError]
for cls in names:
    print(cls.__name__, '<-', cls.__bases__[0].__name__)
print(issubclass(Exception, BaseException), KeyboardInterrupt.__bases__, SystemExit.__bases__)
try:
    raise NotImplementedError('todo')
except RuntimeError as e:
    print('caught as RuntimeError:', repr(e))
