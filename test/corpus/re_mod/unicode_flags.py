# Unicode \d \w \s \b, re.ASCII, IGNORECASE folding, MULTILINE/DOTALL and Python's `$`.
import re

print(re.findall(r'\d+', 'abc ٣٤٥ 12 ७'), re.findall(r'\d', '²½٣'), re.findall(r'\d', '٣4', re.A))
print(re.findall(r'\w+', 'naïve café ŝ 日本語 x_1'), re.findall(r'\w+', 'héllo', re.ASCII))
print(re.findall(r'\s', 'a\u00a0b\u3000c\td\x1ce'), re.findall(r'[\s]', '\u00a0 ', re.A))
print(re.findall(r'\bé\w*', 'été où'), re.findall(r'\b\w', 'é a', re.A), re.findall(r'[^\W\d]+', 'ab12cd_3'))
print(re.findall('(?i)i', 'iIİı'), re.findall('(?i)k', 'kK\u212a'), re.findall('(?ai)k', 'kK\u212a'))
print(re.findall('(?i)ß', 'ßẞ'), re.findall('(?i)σ', 'Σσς'), re.findall('(?i)[à-ÿ]+', 'ÀÉÿ'), re.findall('(?ai)é', 'É'))
print(re.findall('(?i:a)b', 'ab Ab aB'), re.findall('a(?-i:b)', 'ab AB aB', re.I), re.findall('(?s:.)x', '\nx'))
print(re.search('a$', 'a\n'), re.search(r'a\Z', 'a\n'), re.search('a$', 'a\n\n'))
print(re.findall('^x', 'x\nx'), re.findall('^x', 'x\nx', re.M), re.findall('x$', 'x\nx\n', re.M))
print(re.sub('$', '!', 'ab\n'), re.sub('(?m)$', '!', 'a\nb\n'), re.sub('(?m)^', '> ', 'a\nb'))
print(re.match('.*', 'ab\ncd').group(), re.match('.*', 'ab\ncd', re.S).group(), re.findall('.', 'a\rb'))
print(re.compile('x', re.I).flags, re.compile('(?ms)x').flags, re.compile('x', re.A).flags)
try:
    re.compile('x', re.A | re.U)
except ValueError as e:
    print('ValueError', e)
