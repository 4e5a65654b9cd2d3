def f(text, ch):
    idx = text.rfind(ch)
    out = []
    while idx != -1:
        out.append(idx)
        idx = text.rfind(ch, 0, idx)
    return out, text.rsplit(ch, 2)
print(f('a-b-c-d', '-'))
print(f('xxxx', 'x'))
print(f('none', '#'))
