def run(commands):
    stack = []
    for line in commands:
        match line.split():
            case ['push', value]:
                stack.append(int(value))
            case ['pop']:
                stack.pop()
            case ['add']:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ['mul']:
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case ['dup']:
                stack.append(stack[-1])
            case [op, *args]:
                print('unknown op', op, args)
            case []:
                print('blank line')
        print(line.ljust(8), stack)
    return stack
print(run(['push 3', 'push 4', 'add', 'dup', 'mul', '', 'jump 5 6', 'push 1']))
