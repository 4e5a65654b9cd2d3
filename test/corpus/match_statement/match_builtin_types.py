def kind(v):
    match v:
        case bool():
            return 'bool'
        case int() if v < 0:
            return 'negative int'
        case int():
            return 'int'
        case float():
            return 'float'
        case list() | tuple() if not v:
            return 'empty sequence'
        case [int(), *_]:
            return 'int-led sequence'
        case dict():
            return 'dict'
        case None:
            return 'none'
    return 'other'
for v in [True, -3, 4, 2.0, [], (), [1, 'a'], ('a',), {}, None, 'str', {1}]:
    print(repr(v), kind(v))
