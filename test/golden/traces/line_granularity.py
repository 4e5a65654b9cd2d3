# call: f('abcabc')
# options: granularity=line
def f(s):
    seen = set()
    out = []
    for ch in s:
        if ch in seen:
            continue
        seen.add(ch)
        out.append(ch.upper())
    return ''.join(out)
