handlers = {'a': print, 'b': len, 'c': 'not a function'}
print(sorted(handlers))
print([callable(h) for h in handlers.values()])
handlers['a']('calling a')
print(handlers['b']('xyz'))
handlers['c']('boom')
