# Match positions count code points, also after astral characters (emoji).
import re

s = 'héllo 😀 wörld 🐍🐍 end'
m = re.search(r'w\w+', s)
print(m, m.start(), m.end(), m.span(), s[m.start():m.end()])
print([m.span() for m in re.finditer(r'\S+', s)])
print(re.sub(r'\w+', lambda m: f'{m.group()}@{m.start()}', s))
print(re.split(r'(🐍)', s), re.split(' ', s, maxsplit=2))

p = re.compile('[a-z]+')
print(p.search(s, 8), p.match(s, 8), p.findall(s, 7, 13), p.fullmatch(s, 9, 14))
m = p.search(s, 15)
print(m.pos, m.endpos, m.span(), m.string[m.start():])
print(re.findall('.', '😀x🐍'), re.fullmatch('.', '😀'), re.fullmatch('..', '😀'))
print(re.findall('[😀-🙏]', 'a😀b🙏c🐍'), re.findall('[^😀]', '😀a😀'))
print(re.subn('', '|', '🐍a'), [m.start() for m in re.finditer('', '😀😀')])
print(re.search('$', '😀x😀y'[:2]), re.compile('$').search('😀x😀y', 0, 2))
print(re.match('(?P<e>😀+)(?P<t>.*)', '😀😀tail').groupdict(), re.match('(😀+)', '😀😀x').regs)
