# call: f('Ann', 3.14159, [1, 2])
def f(name, x, items):
    a = f'Hi {name}!'
    b = f'{x:.2f} and {x!r}'
    c = f'{len(items)} items: {items[0] + items[1]:>5}'
    d = f"{name!r} has {'many' if len(items) > 1 else 'one'}"
    e = f'{name=}'
    return a, b, c, d, e
