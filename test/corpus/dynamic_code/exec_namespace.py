# exec against a dict: the dict and the functions the code defines share one namespace.
source = '''
count = 0
history = []

def bump(by=1):
    global count
    count += by
    history.append(count)
    return count

class Box:
    size = 3
    def area(self):
        return self.size * self.size
'''
ns = {}
exec(source, ns)
print(sorted(k for k in ns if not k.startswith('__')), '__builtins__' in ns)
ns['bump']()
ns['bump'](5)
print(ns['count'], ns['history'])
ns['count'] = 100
print(ns['bump'](), ns['history'])
exec('count *= 2\nlast = bump(0)', ns)
print(ns['count'], ns['last'], ns['Box']().area())
local = {}
exec('total = sum(range(n))', {'n': 5}, local)
print(local)
print(exec('pass'), len(ns) == len(list(ns)))
