def compress(s):
    if not s:
        return ''
    out = []
    count = 1
    for prev, cur in zip(s, s[1:]):
        if cur == prev:
            count += 1
        else:
            out.append(prev + (str(count) if count > 1 else ''))
            count = 1
    out.append(s[-1] + (str(count) if count > 1 else ''))
    return ''.join(out)
for s in ['aabcccccaaa', 'abc', '', 'zzzzzzzzzzzz', 'aabb']:
    print(repr(s), '->', repr(compress(s)))
