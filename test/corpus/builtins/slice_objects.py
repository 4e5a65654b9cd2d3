s = slice(1, 8, 2)
data = list(range(10))
print(s, s.start, s.stop, s.step, data[s], 'abcdefghij'[s])
print(slice(3), slice(None), slice(-3, None).indices(10), s.indices(5))
first_three = slice(None, 3)
print(data[first_three], (9, 8, 7, 6)[first_three])
data[slice(0, 2)] = ['a', 'b']
print(data)
print(data[::slice(None, None, -1).step])
