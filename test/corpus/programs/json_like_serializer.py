def dump(obj, indent=0):
    pad = '  ' * indent
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        inner = [f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in obj.items()]
        return '{\n' + ',\n'.join(inner) + '\n' + pad + '}'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(dump(v, indent) for v in obj) + ']'
    if isinstance(obj, bool):
        return 'true' if obj else 'false'
    if obj is None:
        return 'null'
    if isinstance(obj, str):
        return '"' + obj.replace('"', '\\"') + '"'
    return repr(obj)
print(dump({'name': 'Widget "X"', 'tags': ['a', 'b'], 'dims': {'w': 2.5, 'h': 10}, 'ok': True, 'none': None, 'e': {}}))
print(dump([1, (2, 3), False]))
