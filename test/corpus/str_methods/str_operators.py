a, b = 'abc', 'abd'
print(a + b, a * 3, 3 * 'xy', 0 * a, -1 * a == '')
print(a < b, a < 'ab', 'Z' < 'a', 'apple' > 'Apple', '10' < '9')
print('b' in a, 'bc' in a, '' in a, 'x' not in a)
print(len(a * 100), a == 'abc', a is not b)
s = 'x'
s += 'y'
s *= 2
print(s, max('hello'), sorted('hello'))
print(str(12) + str(3.5) + str(None) + str([1, 'a']))
