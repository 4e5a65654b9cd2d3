def risky(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print('logging and re-raising')
        raise
try:
    wrapper(-5)
except ValueError as e:
    print('caught again:', e)
try:
    try:
        [][0]
    except IndexError as e:
        raise e
except LookupError as e:
    print(type(e).__name__, e)
print(wrapper(3))
