# Encoding names: aliases, refused non-text codecs, unknown names, errors handlers.
for name in ['utf-8', 'UTF8', 'latin_1', 'ascii', 'utf-16-le', 'rot13', 'ROT-13', 'hex', 'base64', 'nope']:
    try:
        print(name, 'héllo'.encode(name))
    except LookupError as e:
        print(name, 'LookupError:', e)
    except UnicodeEncodeError as e:
        print(name, 'UnicodeEncodeError:', e)
for name in ['utf-8', 'latin-1', 'rot_13', 'zlib', 'nope']:
    try:
        print(name, b'h\xc3\xa9llo'.decode(name))
    except LookupError as e:
        print(name, 'LookupError:', e)
print('héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'ignore'))
print(b'h\xe9llo'.decode('utf-8', 'replace'), b'h\xe9llo'.decode('utf-8', 'ignore'))
for name in ['UTF--', 'UTF-8-', 'utf_8_', ' utf 8 ', 'latin--1', '-ascii', 'u-t-f-8', 'U8', 'Latin_1']:
    try:
        print(repr(name), 'abc'.encode(name), b'abc'.decode(name))
    except LookupError as e:
        print(repr(name), 'LookupError:', e)
