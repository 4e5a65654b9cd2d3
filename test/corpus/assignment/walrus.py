data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print('long list', n)
print([y for x in data if (y := x * 2) > 20])
print(y)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print('popped', top)
chunks = iter(['ab', 'cd', ''])
while (chunk := next(chunks)):
    print(chunk)
print([(x, sq) for x in range(5) if (sq := x * x) % 2 == 0], sq)
