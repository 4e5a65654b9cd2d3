def shift(text, k):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return ''.join(out)
msg = 'Hello, World! xyz'
enc = shift(msg, 3)
print(enc)
print(shift(enc, -3))
print(shift(msg, 29) == enc, shift(msg, -1))
