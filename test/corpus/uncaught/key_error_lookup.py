prices = {'apple': 1.25, 'pear': 0.8}
order = ['apple', 'pear', 'apple', 'kiwi']
total = 0
for item in order:
    total += prices[item]
    print(item, round(total, 2))
print('never')
