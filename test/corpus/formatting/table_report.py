rows = [('Widget', 3, 2.5), ('Gadget', 12, 10.0), ('Thingamajig', 1, 199.99)]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>10}"
print(header)
print('-' * len(header))
grand = 0.0
for item, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{item:<12}{qty:>5}{price:>10.2f}{total:>10.2f}')
print('-' * len(header))
print(f"{'Grand total':<27}{grand:>10.2f}")
print(f'{grand:,.2f} {grand:.3e} {int(grand):,}')
