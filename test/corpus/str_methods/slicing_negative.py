s = 'abcdefghij'
print(s[::-1], s[::2], s[1::2], s[-3:], s[:-3], s[-1], s[-10])
print(s[8:2:-1], s[8:2:-2], s[-1:-4:-1], s[2:8:-1], s[::-3])
print(s[100:], s[-100:3], s[3:3], s[5:2], s[::1][:0])
print(s[None:None:-2], s[slice(1, 5)], s[slice(None, None, -4)])
word = 'racecar'
print(word == word[::-1], 'python'[::-1].upper())
try:
    s[-11]
except IndexError as e:
    print('IndexError:', e)
