parts = []
for i in range(5):
    parts.append(f'{i}:{i * i}')
print(';'.join(parts))
s = ''
for ch in 'abcdef':
    s = ch + s
print(s)
table = '\n'.join(' '.join(f'{r * c:3d}' for c in range(1, 6)) for r in range(1, 4))
print(table)
print('-' * 20)
print('=' * 3 + ' title ' + '=' * 3)
