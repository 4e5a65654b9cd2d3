# Empty matches next to astral characters: the search must step over whole characters and finish.
import re

text = '\U0001F40Da\U0001F40D'
print(re.split('', text))
print(re.findall('x*', text + 'x'))
print(re.sub('', '-', 'a\U0001F40D'))
print(re.subn('b*', '+', '\U0001F40Db\U0001F40D'))
print([m.group() for m in re.finditer(r'\w*', 'é\U0001F40Dz')])
