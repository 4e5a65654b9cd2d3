# eval/locals inside comprehensions and class bodies see those scopes, as in CPython 3.11.
x = 10
print([eval('x * y') for y in range(3)])
class A:
    z = 5
    print(sorted(k for k in locals() if not k.startswith('__')), eval('z + 1'))
print({k: locals().get('k') for k in 'ab'})
def g():
    q = 3
    # CPython also lists the comprehension's hidden '.0' argument, which this interpreter does not keep.
    print([sorted(k for k in locals() if k != '.0') for _ in range(1)], [eval('q') for _ in range(1) if q])
    return {v: eval('v + q') for v in (1, 2)}
print(g())
