# call: f(['3', 'x', '0'])
def f(items):
    results = []
    for s in items:
        try:
            v = 12 // int(s)
        except ValueError as e:
            results.append(('bad', str(e)))
        except ZeroDivisionError:
            results.append('zero')
        else:
            results.append(v)
        finally:
            results.append('.')
    return results
