def tracked(name, n):
    try:
        for i in range(n):
            yield f'{name}{i}'
    finally:
        print(f'{name} finished')
for item in tracked('a', 2):
    print(item)
g = tracked('b', 5)
print(next(g), next(g))
g.close()
print('closed')
gen_c = tracked('c', 5)
for item in gen_c:
    if item == 'c1':
        break
print('after break', next(gen_c))
gen_c.close()
gen_d = tracked('d', 3)
print(list(zip(gen_d, 'xy')))
print(list(gen_d))
