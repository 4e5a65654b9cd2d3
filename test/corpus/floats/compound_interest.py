balance = 1000.0
rate = 0.05
for year in range(1, 6):
    balance *= 1 + rate
    print(year, balance, round(balance, 2), f'{balance:.2f}')
monthly = 250.0
months = 0
saved = 0.0
while saved < 3000:
    saved = saved * 1.01 + monthly
    months += 1
print(months, saved)
