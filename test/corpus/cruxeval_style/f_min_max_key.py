def f(words):
    return min(words, key=len), max(words, key=len), max(words), min(words, key=lambda w: (w[-1], w))
print(f(['pear', 'fig', 'banana', 'kiwi', 'apple']))
print(f(['b', 'a', 'c']))
print(f(['aa', 'bb', 'cc']))
print(f(['z', 'yy', 'xxx', 'ww']))
