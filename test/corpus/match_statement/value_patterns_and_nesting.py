class Color:
    RED = 'red'
    GREEN = 'green'
def paint(spec):
    match spec:
        case {'color': Color.RED, 'size': int(n)} if n > 10:
            return f'big red {n}'
        case {'color': Color.RED | Color.GREEN as c}:
            return f'basic {c}'
        case [('point', x, y), *_]:
            return f'starts at point {x},{y}'
        case [1, 2, *others] if others:
            return f'1-2 then {others}'
        case (str() | bytes()) as raw:
            return f'raw {raw!r}'
        case {'nested': {'deep': [_, second]}}:
            return f'deep second {second}'
        case _:
            return 'no match'
for s in [{'color': 'red', 'size': 12}, {'color': 'green'}, {'color': 'red', 'size': 2}, [('point', 1, 2), 3],
          [1, 2, 3, 4], [1, 2], 'txt', b'by', {'nested': {'deep': ['a', 'b']}}, {'color': 'blue'}]:
    print(paint(s))
