results = []
for token in ['10', 'x', '0', '5', '-']:
    try:
        results.append(100 // int(token))
    except ValueError:
        results.append('NaN')
        continue
    except ZeroDivisionError:
        results.append('inf')
        break
    finally:
        results.append('|')
print(results)
errors = 0
i = 0
while i < 5:
    i += 1
    try:
        if i % 2:
            raise RuntimeError(i)
    except RuntimeError as e:
        errors += e.args[0]
print(errors)
