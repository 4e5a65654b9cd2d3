# call: f(2)
def f(n):
    for i in range(n):
        print('i =', i, end='; ')
    print()
    print('sum', sum(range(n)), sep=':')
    return n
