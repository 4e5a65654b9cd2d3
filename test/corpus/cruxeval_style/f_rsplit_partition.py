def f(path):
    head, _, tail = path.rpartition('/')
    name, dot, ext = tail.partition('.')
    parts = head.rsplit('/', 1)
    return name, ext or None, parts
print(f('/usr/local/lib/file.tar.gz'))
print(f('file'))
print(f('dir/sub/'))
