def todo():
    pass
class Empty:
    pass
print(todo(), Empty.__name__)
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    print('no')
def only_doc():
    """Docstring only."""
print(only_doc(), only_doc.__doc__)
x = ...
print(x, type(x).__name__, ... is Ellipsis)
while False:
    pass
print('done')
