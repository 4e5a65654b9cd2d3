def tokenize(expr):
    tokens, num = [], ''
    for ch in expr:
        if ch.isdigit() or ch == '.':
            num += ch
            continue
        if num:
            tokens.append(float(num) if '.' in num else int(num))
            num = ''
        if ch in '+-*/()':
            tokens.append(ch)
    if num:
        tokens.append(float(num) if '.' in num else int(num))
    return tokens
PREC = {'+': 1, '-': 1, '*': 2, '/': 2}
def evaluate(tokens):
    nums, ops = [], []
    def apply():
        b, a, op = nums.pop(), nums.pop(), ops.pop()
        nums.append(a + b if op == '+' else a - b if op == '-' else a * b if op == '*' else a / b)
    for t in tokens:
        if isinstance(t, (int, float)):
            nums.append(t)
        elif t == '(':
            ops.append(t)
        elif t == ')':
            while ops[-1] != '(':
                apply()
            ops.pop()
        else:
            while ops and ops[-1] != '(' and PREC[ops[-1]] >= PREC[t]:
                apply()
            ops.append(t)
    while ops:
        apply()
    return nums[0]
for e in ['1 + 2 * 3', '(1 + 2) * 3', '10 / 4 - 1', '2 * (3 + 4) * 5', '7 - 2 - 1', '1.5 * 4']:
    print(e, '=', evaluate(tokenize(e)), tokenize(e))
