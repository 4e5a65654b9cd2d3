# Digests of the hashlib algorithms the sandbox provides.
import hashlib

words = ['', 'a', 'hello world', 'The quick brown fox jumps over the lazy dog']
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    print(name, [ctor(w.encode()).hexdigest()[:12] for w in words])

h = hashlib.sha256(b'ET-CoT')
print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(h.digest()[:8], list(hashlib.md5(b'x').digest()[:4]))


def fingerprint(record):
    text = '|'.join(f'{k}={record[k]}' for k in sorted(record))
    return hashlib.sha1(text.encode('utf-8')).hexdigest()


print(fingerprint({'id': 7, 'name': 'Ada'}), fingerprint({'name': 'Ada', 'id': 7}) == fingerprint({'id': 7, 'name': 'Ada'}))
print(hashlib.md5('naïve café'.encode('utf-8')).hexdigest())
