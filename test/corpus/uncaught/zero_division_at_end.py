def average(values):
    return sum(values) / len(values)
print(average([1, 2, 3]))
print(average([10]))
batches = [[4, 4], [], [1]]
for b in batches:
    print('batch', b)
    print(average(b))
