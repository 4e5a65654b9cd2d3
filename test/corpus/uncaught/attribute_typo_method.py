words = ['alpha', 'beta']
print([w.upper() for w in words])
first = words[0]
print(first.capitalize())
print(first.uper())
