import re
text = 'Order 66 shipped on 2024-03-15, order 7 on 2023-12-01.'
m = re.search(r'(\d{4})-(\d{2})-(\d{2})', text)
print(m.group(), m.group(1), m.groups(), m.start(), m.end(), m.span())
print(re.match(r'Order', text) is not None, re.match(r'order', text), re.fullmatch(r'\w+', 'abc_1'))
print(re.findall(r'\d+', text))
print(re.findall(r'(\d{4})-(\d{2})', text))
print(re.findall(r'[oO]rder (\d+)', text))
m2 = re.match(r'(?P<word>\w+) (?P<num>\d+)', text)
print(m2.group('word'), m2['num'], m2.groupdict())
print([m.group() for m in re.finditer(r'\b\w{5,}\b', text)])
