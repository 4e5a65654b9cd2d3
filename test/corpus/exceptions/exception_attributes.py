try:
    raise ValueError('bad', 42)
except ValueError as e:
    print(str(e), repr(e), e.args, len(e.args))
for exc in [ValueError(), ValueError('one'), KeyError('k'), KeyError(), IndexError(3), TypeError('a', 'b')]:
    print(repr(exc), '|', str(exc), '|', exc.args)
e = RuntimeError('boom')
print(type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
print(ZeroDivisionError.__mro__)
print(issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(StopIteration, Exception), issubclass(IndexError, KeyError), issubclass(bool, Exception))
