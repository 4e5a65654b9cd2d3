s = "hello WORLD, it's a 2nd-try o'neil"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print('Straße'.casefold(), 'Straße'.lower(), 'Straße'.upper())
print('ÉCOLE'.lower(), 'ǆ'.upper(), 'ß'.title())
print('aBc'.upper().lower() == 'abc', '123abc'.capitalize(), ''.title())
