# eval inside a nested function sees the enclosing variables only when the function itself uses them.
def closure_reader():
    base = 5

    def inner(k):
        # eval sees only names the function itself uses: `base` must appear in inner's code.
        return eval('k + base') if base else None

    return [inner(k) for k in range(3)]


print(closure_reader())


def hidden():
    secret = 1

    def inner():
        return eval('secret')

    try:
        return inner()
    except NameError as e:
        return str(e)


print(hidden())
