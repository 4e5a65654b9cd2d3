# call: f('a1b22c333')
def f(s):
    i = 0
    digits = ''
    while True:
        if i >= len(s):
            break
        ch = s[i]
        i += 1
        if not ch.isdigit():
            continue
        digits += ch
    return int(digits)
