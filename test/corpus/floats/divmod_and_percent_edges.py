# divmod with inf/nan operands and '%' formatting of values whose product by 100 overflows.
inf, nan = float('inf'), float('nan')
for a, b in [(inf, 3.5), (nan, 3), (3, nan), (inf, inf), (-1.0, inf), (1.0, -inf), (5.0, inf), (-0.0, 3.0), (0.0, -3.0), (7, -2.5)]:
    print(a, b, divmod(a, b), a // b, a % b)
for v in [inf, 1e307, -1e308, nan, 1.5, 0.1234, -0.0, 1e-7]:
    print(format(v, '%'), format(v, '.1%'), f'{v:>12.0%}')
for a, b in [(7, 2), (-7, 2), (7, -2), (True, 2), (2**70, 3), (5, 0.5)]:
    print(divmod(a, b), pow(a, 2, 5) if isinstance(a, int) and isinstance(b, int) else pow(a, b))
for args in [(1, 0), (1.0, 0), ('a', 1)]:
    try:
        divmod(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print((-1) ** -(2**65), (-1.0) ** 1e300, (-1) ** (2**53 + 1), (-1.0) ** 9007199254740991.0, 2 ** -(2**65))
