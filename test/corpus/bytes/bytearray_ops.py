ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
print(ba, len(ba))
ba[0] = 65
print(ba, ba.pop(), ba)
print(bytearray(3), bytearray([1, 2]), bytes(ba))
ba.reverse()
print(ba, ba.decode())
del ba[1:3]
print(ba)
try:
    ba.append(256)
except ValueError as e:
    print('ValueError:', e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print('TypeError:', e)
print(repr(bytearray(b"it's")), bytearray(b"'\""), [bytearray(b"'")], str(bytearray(b'a"b')))
