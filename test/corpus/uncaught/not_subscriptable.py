data = {'items': [1, 2, 3], 'count': 3}
print(data)
print(data['items'][0])
print(data['count'])
print(data['count'][0])
