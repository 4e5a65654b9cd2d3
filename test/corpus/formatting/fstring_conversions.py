name = 'O\'Brien'
items = [1, 'two', 3.0]
print(f'{name}|{name!r}|{name!s}|{name!a}')
print(f'{items}|{items!r}|{len(items)}')
x = 10
print(f'{x=}', f'{x * 2 = }', f'{name=!s}', f'{x=:>5}')
print(f'{"nested"}', f"{'quote'}", f'{{braces}}', f'{{{x}}}')
d = {'k': 'v'}
print(f"{d['k']}", f'{d}', f'{3 + 4}', f'{"a" if x > 5 else "b"}')
print(f'{None}', f'{True}', f'{3.0}', f'{1e20}', f'{[]}')
