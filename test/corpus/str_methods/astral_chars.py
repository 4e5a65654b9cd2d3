# Characters outside the Basic Multilingual Plane count as one character each, as in CPython.
word = 'snake🐍 and smile😀!'
print(len(word), word[5], word[-2], repr(word[5:7]), word[::-1])
print(list('a🐍b'), [i for i, c in enumerate(word) if not c.isascii()])
print(word.find('and'), word.index('😀'), word.rfind('s', 0, 11), word.count('', 15))
print(word.startswith('🐍', 5), word.endswith('😀', 0, 17), sorted(set('😀🐍a😀')))
print(repr('🐍'.center(5, '*')), '🐍'.zfill(3), repr(f'{"🐍":>4}|{"🐍😀x":.2}|'), repr('%-3s|' % '🐍'))
print(ord('🐍'), chr(128512), ascii('🐍'), repr('\U000e0001'), '\U000e0001'.isprintable())
print('\uffff' < '🐍', max('\uffff🐍\ue000'), sorted(['🐍', '\uffff', 'z']))
print(repr('🐍\tx'.expandtabs(4)), '🐍🐎'.strip('🐍'), ''.join(reversed('ab🐍')))


def counts(s):
    freq = {}
    for ch in s:
        freq[ch] = freq.get(ch, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))


print(counts('🐍a🐍😀a🐍'))
try:
    ord('🐍🐍')
except TypeError as e:
    print('TypeError:', e)
print(word[100:], word[-100:1], word[20])
