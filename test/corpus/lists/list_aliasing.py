a = [1, [2, 3]]
b = a[:]
c = list(a)
b[0] = 100
b[1].append(4)
print(a, b, c)
def mutate(lst):
    lst.append('m')
    lst = ['new']
    lst.append('n')
    return lst
orig = [0]
print(mutate(orig), orig)
x = y = []
x.append(1)
print(x, y, x is y)
