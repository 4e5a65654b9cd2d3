s = '  \t padded \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixyx'.strip('x'), 'xxhixyx'.strip('xy'), 'www.example.com'.strip('cmowz.'))
print('000123000'.lstrip('0'), '000123000'.rstrip('0'), '###'.strip('#') == '')
print('abcba'.strip('ab'), '  a  '.strip(' a'), repr(''.strip()))
print('hello'.strip(''), 'mississippi'.rstrip('ips'))
