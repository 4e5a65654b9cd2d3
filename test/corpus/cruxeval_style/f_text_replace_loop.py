def f(text, chars):
    result = list(text)
    for ch in chars:
        while ch in result:
            result.remove(ch)
    return ''.join(result)
print(repr(f('mississippi', 'is')))
print(repr(f('hello world', 'lo ')))
print(repr(f('', 'abc')), repr(f('abc', '')))
