data = ['1', '2', 'x', '4']
try:
    nums = [int(d) for d in data]
except ValueError as e:
    print('ValueError:', e)
def to_int(s):
    try:
        return int(s)
    except ValueError:
        return None
print([to_int(d) for d in data])
print({d: to_int(d) for d in data if to_int(d) is not None})
try:
    {k: 1 / k for k in [2, 1, 0]}
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    sorted(['a', 'b', 3], key=lambda v: v.upper())
except AttributeError as e:
    print('AttributeError:', e)
