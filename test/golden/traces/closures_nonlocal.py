# call: f(3)
def make_counter(start):
    count = start

    def bump(by):
        nonlocal count
        count += by
        return count

    return bump

def f(n):
    counter = make_counter(n)
    counter(1)
    counter(2)
    return counter(0)
