stack = [1, 2]
print(len(stack), stack[-1])
while True:
    top = stack.pop()
    print('popped', top, 'remaining', stack)
