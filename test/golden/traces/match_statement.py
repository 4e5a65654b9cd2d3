# call: f([(1, 2), [3], {'op': 'add', 'n': 4}, 'other', 0])
def describe(item):
    match item:
        case 0 | None:
            return 'falsy'
        case (a, b) if a < b:
            return f'pair {a}<{b}'
        case [x]:
            return f'single {x}'
        case {'op': 'add', 'n': n}:
            return n + 100
        case str() as s:
            return s.upper()
        case _:
            return 'unknown'

def f(items):
    return [describe(i) for i in items]
