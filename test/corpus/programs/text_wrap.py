def wrap(text, width):
    lines, cur = [], ''
    for word in text.split():
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += ' ' + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines
text = 'The quick brown fox jumps over the lazy dog and keeps running far away'
for w in (10, 20, 35):
    out = wrap(text, w)
    print(w, len(out))
    for line in out:
        print('|' + line.ljust(w) + '|')
print(wrap('', 5), wrap('supercalifragilistic', 5))
