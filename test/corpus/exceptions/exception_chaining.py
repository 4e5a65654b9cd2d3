class ConfigError(Exception):
    pass
def load(key):
    try:
        return {'a': 1}[key]
    except KeyError as e:
        raise ConfigError(f'missing {key}') from e
try:
    load('b')
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    raise RuntimeError('no cause') from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
