for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [(5.0, 0.0), (5, 0.0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print('//', e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print('%', e)
try:
    divmod(3.0, 0.0)
except ZeroDivisionError as e:
    print('divmod', e)
print(1.0 / 3)
