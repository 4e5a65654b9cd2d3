s = 'text'
print(f'[{s:10}]|[{s:<10}]|[{s:>10}]|[{s:^10}]|[{s:^9}]')
print(f'[{s:-^10}]|[{s:0>8}]|[{s:.2}]|[{s:6.2}]|[{s:>6.3}]')
print(f'[{"":5}]|[{s:2}]|[{"é":>3}]')
width, prec = 12, 3
print(f'[{s:{width}}]|[{3.14159:{width}.{prec}f}]|[{s:>{width}}]')
fill, align = '#', '^'
print(f'[{s:{fill}{align}{width}}]')
print(f'[{[1, 2]!s:>10}]|[{"q"!r:>5}]')
