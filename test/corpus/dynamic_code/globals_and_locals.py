# globals() is the live module namespace; locals() at module level is the same dict.
namespace = globals()
print(namespace is globals(), locals() is namespace)

for i, name in enumerate(['alpha', 'beta', 'gamma']):
    namespace[name] = i * 10
print(alpha, beta, gamma)

del namespace['beta']
try:
    beta
except NameError as e:
    print('NameError:', e)

late = 'assigned after the call'
print(namespace['late'], namespace.get('missing', '-'))


def read_global(name):
    return globals()[name]


print(read_global('gamma'), read_global('read_global').__name__)


def describe(a, b=2, *rest, **opts):
    c = a + b
    return list(locals().items())


print(describe(1, rest_is_empty=True))
print(describe(1, 5, 6, 7))
