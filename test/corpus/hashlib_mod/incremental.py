# Feeding a hash in pieces, copying it midway, and the errors for text input.
import hashlib

whole = hashlib.sha256(b'abcdefghij').hexdigest()
h = hashlib.sha256()
for i in range(0, 10, 3):
    h.update(b'abcdefghij'[i : i + 3])
print(h.hexdigest() == whole, whole[:16])

m = hashlib.md5(b'prefix-')
branches = {}
for suffix in ['one', 'two']:
    c = m.copy()
    c.update(suffix.encode())
    branches[suffix] = c.hexdigest()
print(branches, m.hexdigest())

chain = b''
for _ in range(3):
    chain = hashlib.sha1(chain).digest()
print(chain.hex(), len(chain))

for bad in ['text', 12]:
    try:
        hashlib.md5(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    hashlib.new('whirlpool-x')
except ValueError as e:
    print('ValueError:', e)

nonce = 0
while not hashlib.md5(f'block{nonce}'.encode()).hexdigest().startswith('0'):
    nonce += 1
print(nonce)
