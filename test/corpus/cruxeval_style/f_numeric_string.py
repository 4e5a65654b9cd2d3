def f(num):
    s = str(num)
    if '.' in s:
        whole, frac = s.split('.')
        return int(whole.lstrip('-')[::-1] or '0') + len(frac)
    return int(s[::-1]) if num >= 0 else -int(s[:0:-1])
print(f(123), f(-456), f(120), f(0), f(3.25), f(10.5), f(-1.5))
print([f(n) for n in range(95, 105)])
