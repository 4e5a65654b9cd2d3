print(format(42), format(42, 'd'), format(42, '5'), format(42, '<5') + '|')
print(format(3.14159, '.2f'), format(0.5, '%'), format(1e6, ',.0f'))
print(format('abc', '>6'), format('abc', '^7'), format(True), format(None))
print(format(255, '#06x'), format(-255, '08b'), format(1234, '_'))
print(format(1.0), format(1e-7), format(12345678901234567.0))
print(repr(format('', '3')), format([1, 2]), format((1,)))
try:
    format('abc', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(3.5, 'd')
except ValueError as e:
    print('ValueError:', e)
