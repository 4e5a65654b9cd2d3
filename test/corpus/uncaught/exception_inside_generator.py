def parse_all(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split('=')
        yield key.strip(), int(value)
config = ['a = 1', 'b = 2', 'broken line', 'c = 3']
for key, value in parse_all(config):
    print(key, value)
