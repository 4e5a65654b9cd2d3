inventory = {'fruit': {'apple': 3, 'pear': 1}, 'veg': {'kale': 2}}
inventory['fruit']['apple'] += 2
inventory.setdefault('dairy', {})['milk'] = 1
inventory['veg'].update(kale=0, leek=4)
print(inventory)
totals = {cat: sum(items.values()) for cat, items in inventory.items()}
print(totals)
print(max(totals, key=totals.get), min(totals.items(), key=lambda kv: kv[1]))
empty = [cat for cat, items in inventory.items() if not all(items.values())]
print(empty)
print(len(inventory), sum(len(v) for v in inventory.values()))
