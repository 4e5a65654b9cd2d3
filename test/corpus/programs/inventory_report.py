inventory = [
    {'sku': 'A1', 'name': 'bolt', 'qty': 120, 'price': 0.05},
    {'sku': 'B7', 'name': 'nut', 'qty': 0, 'price': 0.03},
    {'sku': 'C3', 'name': 'washer', 'qty': 45, 'price': 0.02},
    {'sku': 'D9', 'name': 'gear', 'qty': 3, 'price': 12.5},
]
in_stock = [i for i in inventory if i['qty'] > 0]
print([i['sku'] for i in in_stock])
value = {i['name']: round(i['qty'] * i['price'], 2) for i in inventory}
print(value)
print(max(value, key=value.get), sum(value.values()))
low = sorted((i for i in inventory if i['qty'] < 50), key=lambda i: i['qty'])
for item in low:
    print(f"{item['sku']:<4}{item['name']:>8}{item['qty']:>5}")
