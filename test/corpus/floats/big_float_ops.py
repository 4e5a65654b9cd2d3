print(1e300 * 1e10, -1e300 * 1e10)
print(2.0 ** 1023, 1e200 ** 1)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print('OverflowError', e)
print(1e-320, 1e-330, 5e-324 / 2)
print(10 ** 20 / 10 ** 10, 10 ** 30 // 10 ** 28, 2 ** 70 / 2 ** 69)
print(1 / 10 ** 400 if False else 'skip', (10 ** 400) // (10 ** 399))
