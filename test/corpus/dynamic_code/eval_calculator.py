# A small calculator: expressions are built as text and evaluated with a restricted namespace.
import math

ops = ['+', '-', '*', '//', '%', '**']
results = []
for i, op in enumerate(ops):
    expr = f'{i + 7} {op} {i + 2}'
    results.append((expr, eval(expr)))
print(results)

env = {'__builtins__': {}, 'sqrt': math.sqrt, 'pi': math.pi}
print(eval('sqrt(16) + pi', env), sorted(env))
for bad in ['open("f")', '__import__("os")']:
    try:
        eval(bad, env)
    except NameError as e:
        print('NameError:', e)


def apply(template, **values):
    return eval(template, {}, values)


print(apply('a * b + c', a=2, b=3, c=4), apply('[x] * n', x='ab', n=3))
print(eval('  (1, 2) + (3,)'), eval(b'"bytes source"'), repr(eval('None')))
table = {name: eval(f'lambda v: v {op} 2') for name, op in [('add', '+'), ('mul', '*'), ('pow', '**')]}
print({name: f(5) for name, f in table.items()})
