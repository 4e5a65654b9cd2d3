queue = ['a', 'b', 'c']
queue.remove('b')
print(queue)
queue.append('b')
print(queue, queue.index('b'))
queue.remove('z')
