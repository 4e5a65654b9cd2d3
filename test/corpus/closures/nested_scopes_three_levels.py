def outer():
    x = 'outer'
    def middle():
        y = 'middle'
        def inner():
            nonlocal x
            x = x + '+inner'
            return x, y
        return inner
    fn = middle()
    print(fn())
    print(fn())
    return x
print(outer())
level = 'global'
def a():
    level = 'a'
    def b():
        def c():
            return level
        return c()
    return b()
print(a(), level)
def counter_factory():
    counts = {'n': 0}
    def hit():
        counts['n'] += 1
        return counts['n']
    return hit
h = counter_factory()
print(h(), h(), h())
