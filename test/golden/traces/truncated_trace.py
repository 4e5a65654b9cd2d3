# call: f(1000)
# options: max-steps=25
def f(n):
    total = 0
    for i in range(n):
        total += i
    return total
