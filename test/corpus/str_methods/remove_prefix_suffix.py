print('unhappy'.removeprefix('un'), 'unhappy'.removeprefix('x'), 'test_case'.removeprefix('test_'))
print('file.tar.gz'.removesuffix('.gz'), 'file.tar.gz'.removesuffix('.zip'), 'abc'.removesuffix(''))
print('aaa'.removeprefix('a'), ''.removeprefix('a'), 'prefix'.removeprefix('prefix'))
names = ['get_name', 'get_age', 'set_name', 'size']
print([n.removeprefix('get_') for n in names])
