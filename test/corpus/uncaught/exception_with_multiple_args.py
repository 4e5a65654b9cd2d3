codes = {'E1': 'disk', 'E2': 'net'}
for code, name in codes.items():
    print(code, name)
print('about to fail')
raise ValueError('code', 42, [1, 2])
