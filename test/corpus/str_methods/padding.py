print(repr('abc'.center(9)), repr('abc'.center(8, '*')), repr('abc'.center(2)))
print(repr('abc'.ljust(6, '.')), repr('abc'.rjust(6, '.')), repr('abc'.ljust(1)))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3))
print(repr('ab'.center(5, '-')), repr('ab'.center(6, '-')), repr('a'.center(4, '-')))
for name, score in [('ann', 93), ('bob', 7), ('christina', 100)]:
    print(name.ljust(10) + str(score).rjust(4) + '|')
