class Box:
    pass
box = Box()
box.value = 10
box.items = [1, 2, 3]
box.items[0] = 'first'
box.value += 5
print(box.value, box.items)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 7
grid[0][-1] += 4
print(grid)
d = {'a': {'b': [0, 1]}}
d['a']['b'][1] *= 10
d['a']['c'] = d['a'].get('c', 0) + 1
print(d)
nums = [5, 6, 7, 8, 9]
nums[1:3] = [0]
nums[-1] //= 2
print(nums)
box.items[1:], box.value = ('x', 'y'), 'v'
print(box.items, box.value)
