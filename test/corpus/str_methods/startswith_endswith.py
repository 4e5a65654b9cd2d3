url = 'https://example.com/index.html'
print(url.startswith('https'), url.startswith(('http:', 'https:')), url.startswith('example', 8))
print(url.endswith('.html'), url.endswith(('.htm', '.php')), url.endswith('com', 0, 19))
print(url.startswith(''), ''.endswith(''), 'abc'.startswith('abcd'))
print('Hello'.startswith('hello'), 'Hello'.lower().startswith('hello'))
files = ['a.py', 'b.txt', 'c.PY', 'd.pyc', 'e.md']
print([f for f in files if f.lower().endswith(('.py', '.md'))])
