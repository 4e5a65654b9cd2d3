# break, continue and return crossing try/except/finally inside loops.
log = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 3:
            raise KeyError(i)
        if i == 5:
            break
        log.append(('body', i))
    except KeyError as e:
        log.append(('caught', e.args[0]))
        continue
    else:
        log.append(('else', i))
    finally:
        log.append(('finally', i))
print(log)
def swallow():
    for k in range(3):
        try:
            return k / 0
        finally:
            if k < 3:
                continue
    return 'done'
print(swallow())
def count_errors(values):
    errors = total = n = 0
    while n < len(values):
        try:
            total += 10 // values[n]
        except ZeroDivisionError:
            errors += 1
        except TypeError:
            errors += 100
        n += 1
    return total, errors
print(count_errors([1, 0, 2, 'x', 5, 0]))
