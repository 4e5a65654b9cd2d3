s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0))
print(s.replace('', '-'), 'abc'.replace('', '|', 2))
print('aaaa'.replace('aa', 'b'), 'aaa'.replace('a', 'aa'))
print(s.replace('three', '3'), s.replace(' ', ''), 'x'.replace('x', ''))
print('banana'.replace('a', 'o', -1), 'banana'.replace('na', 'NA', 1))
