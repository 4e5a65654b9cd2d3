def find(items, target):
    for item in items:
        if item['id'] == target:
            return item
records = [{'id': 1, 'name': 'a'}, {'id': 2, 'name': 'b'}]
print(find(records, 2)['name'].upper())
result = find(records, 3)
print(result)
print(result.get('name'))
