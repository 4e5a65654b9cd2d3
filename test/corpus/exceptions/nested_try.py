def process(x):
    try:
        try:
            return 10 / x
        except ZeroDivisionError:
            print('inner caught zero')
            raise ValueError('converted')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
        return -1
    finally:
        print('outer finally')
print(process(2))
print(process(0))
try:
    try:
        raise TypeError('t')
    except ValueError:
        print('wrong handler')
except TypeError as e:
    print('propagated', e)
