def countdown(n):
    print('start')
    while n > 0:
        yield n
        n -= 1
    print('end')
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(list(g))
print(list(g))
def squares(limit):
    for i in range(limit):
        yield i * i
print(sum(squares(10)), list(squares(5)), max(squares(4)))
def empty():
    return
    yield
print(list(empty()))
