def risky():
    return {}['missing']
try:
    risky()
except KeyError as e:
    print('handling', repr(e))
    raise RuntimeError('handler failed')
