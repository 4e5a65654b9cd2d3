import string
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable), string.capwords('hello   big  world'))
alpha = {c: i for i, c in enumerate(string.ascii_lowercase, 1)}
print(sum(alpha[c] for c in 'python'), [string.ascii_uppercase[i] for i in (0, 25)])
