def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k)} if len(k) == 1:
            return f'key {k}'
        case {'type': 'key', **rest}:
            return f'other key event {rest}'
        case {'type': t}:
            return f'unknown type {t}'
        case _:
            return 'not an event'
events = [
    {'type': 'click', 'pos': (3, 4), 'extra': 1},
    {'type': 'key', 'key': 'a'},
    {'type': 'key', 'key': 'shift', 'mod': True},
    {'type': 'scroll'},
    {'pos': (1, 1)},
    'click',
]
for e in events:
    print(handle(e))
