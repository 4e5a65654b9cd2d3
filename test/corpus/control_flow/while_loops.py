n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
lo, hi = 0, 100
target = 37
guesses = []
while lo <= hi:
    mid = (lo + hi) // 2
    guesses.append(mid)
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print(guesses)
x = 1.0
while abs(x * x - 2) > 1e-12:
    x = (x + 2 / x) / 2
print(x)
