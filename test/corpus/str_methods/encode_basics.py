s = 'héllo'
b = s.encode()
print(b, len(s), len(b), b.decode())
print('abc'.encode('ascii'), 'é'.encode('utf-8'), 'é'.encode('latin-1'))
print(list('hi'.encode()), bytes([104, 105]).decode())
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__)
print('€'.encode(), len('€'.encode()), ord('€'), chr(8364))
