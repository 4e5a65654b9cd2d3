try:
    raise ValueError('temp')
except ValueError as err:
    saved = err
print(repr(saved))
try:
    print(err)
except NameError as e:
    print('NameError:', e)
err = 'reassigned'
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    print(err)
except NameError as e:
    print('after handler:', e)
