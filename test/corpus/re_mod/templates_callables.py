# re.sub/subn replacement templates and callables, count, and template errors.
import re

date = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)')
text = 'from 2024-03-15 to 2024-12-01'
print(date.sub(r'\g<d>/\g<m>/\g<y>', text), date.sub(r'\3.\2.\1', text, count=1))
print(date.subn(r'[\g<0>]', text), re.sub('(a)(b)?', r'<\1|\2>', 'ab a'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub('x', lambda m: None, 'axbxc'), re.sub('a', 'b', 'aaa', count=-1), re.split('a', 'bab', maxsplit=-1))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub('a', r'\t\n\\', 'a') == '\t\n\\')
print(re.sub('(?P<w>o)', r'\g<w>\g<1>', 'foo'), re.sub('b', r'\101\0', 'abc') == 'aA\x00c')
m = date.search(text)
print(m.expand(r'\g<y>/\2'), m.expand('\\1!'))
for bad in [r'\2', r'\g<4>', r'\g<x>', r'\g<1', r'\g', r'\q', '\\', r'\g<>', r'\g<-1>']:
    try:
        re.sub('(a)', bad, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for repl in [5, b'x', lambda m: 7]:
    try:
        re.sub('a', repl, 'xay')
    except TypeError as e:
        print('TypeError', e)
