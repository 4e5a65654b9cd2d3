letters = ['a', 'b']
it = iter(letters)
print(len(letters), letters)
print(next(it))
print(next(it))
print(next(it))
