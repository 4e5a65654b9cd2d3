samples = [
    '123', '12.5', '', 'abc', 'Abc', 'ABC', 'abc123', ' \t\n',
    'Hello World', 'hello World', '²', '½', '_var1', '1var', 'tab\t', 'é',
]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace())
    print('   ', s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable())
