line = 'name=ann;age=30;city'
fields = {}
for part in line.split(';'):
    key, value = part.split('=')
    fields[key] = value
    print(fields)
