# Groups in repeated groups keep their last capture; atomic groups, possessive quantifiers, lookarounds.
import re

print(re.match(r'((\w)(\d)?)+', 'a1b').groups())
print(re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(?:(a)|(b))*', 'ab').groups())
print(re.match(r'((?:(x)|y)+,)+', 'xy,yy,').groups(), re.search('(a|(b))+', 'ba').groups())
print([m.groups() for m in re.finditer(r'(?:(\w)=(\d)|;)+', 'a=1;;b=2;')])
print(re.sub(r'(?:(\d)|x)+', r'[\1]', '1x2xx'), re.findall(r'(?:(a)|b)+', 'ab bb ba'))
print(re.match('(?>a+)b', 'aaab'), re.match('(?>a+)a', 'aaa'), re.match('a++a', 'aaa'), re.match('a*+b', 'aab'))
print(re.findall(r'(?<=\$)\d+', '$10 20 $30'), re.findall(r'(?<!-)\b\d+', '-1 2 -3 4'), re.findall(r'\w+(?=!)', 'hi! yo'))
print(re.sub(r'\B(?=(\d{3})+(?!\d))', ',', '1234567'), re.split(r'(?<=[.!?])\s+', 'Hi. You? Yes!'))
print(re.findall(r'(\w)\1', 'aabbcd'), re.sub(r'(.)\1+', r'\1', 'aaabbbcdd'), re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi"').group())
print(re.findall('a|ab', 'ab'), re.match('a+?', 'aaa').group(), re.match('a{2,3}?', 'aaaa').group(), re.findall('x*', 'axb'))
print(re.sub('x*', '-', 'abxd'), re.split(r'\b', 'a b'), re.findall(r'(?=(\w\w))', 'abc'))
try:
    re.compile('(?<=a|bc)x')
except re.error as e:
    print('error', e)
