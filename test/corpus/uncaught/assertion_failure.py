def safe_div(a, b):
    assert b != 0, f'cannot divide {a} by zero'
    return a / b
print(safe_div(10, 4))
print(safe_div(-3, 2))
print(safe_div(1, 0))
