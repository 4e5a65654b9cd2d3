# call: f('hello', 2)
def f(text, shift):
    out = ''
    for ch in text:
        code = ord(ch) - ord('a')
        out += chr((code + shift) % 26 + ord('a'))
    return out[::-1]
