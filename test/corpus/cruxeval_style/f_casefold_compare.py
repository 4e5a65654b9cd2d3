def f(a, b):
    return a.casefold() == b.casefold(), a.lower() == b.lower(), a.upper() == b.upper()
print(f('Straße', 'STRASSE'))
print(f('Hello', 'hELLO'))
print(f('ǅ', 'ǆ'))
print(f('', ''))
