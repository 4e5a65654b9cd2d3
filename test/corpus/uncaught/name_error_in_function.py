def report(items):
    for item in items:
        print(item, total)
total = 3
report(['a'])
del total
report(['b'])
