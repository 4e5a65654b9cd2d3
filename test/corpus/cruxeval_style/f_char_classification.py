def f(s):
    out = {'upper': 0, 'lower': 0, 'digit': 0, 'space': 0, 'other': 0}
    for ch in s:
        if ch.isupper():
            out['upper'] += 1
        elif ch.islower():
            out['lower'] += 1
        elif ch.isdigit():
            out['digit'] += 1
        elif ch.isspace():
            out['space'] += 1
        else:
            out['other'] += 1
    return out
print(f('Hello World 123!'))
print(f(''))
print(f('ÀÉ ñ\t#9'))
