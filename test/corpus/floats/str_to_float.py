for s in ['3.14', '-0', '1e5', '.5', '5.', 'inf', '-nan', '  2.5\n', '1_000.25', '0x1p3']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'error:', e)
print(float('  -1E-3 '), float('+1.5'))
print(float(True), float(-12))
