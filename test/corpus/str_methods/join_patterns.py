words = ['alpha', 'beta', 'gamma']
print(', '.join(words), ''.join(words), '-'.join('abc'))
print(' '.join(str(n) for n in range(5)), '\n'.join(['x', 'y']))
print('|'.join([]), '+'.join(['only']))
print(''.join(reversed('stressed')), ','.join(sorted('banana')))
print('.'.join(map(str, [192, 168, 0, 1])))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
