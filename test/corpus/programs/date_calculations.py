DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def day_of_year(y, m, d):
    return sum(DAYS[:m - 1]) + d + (1 if leap(y) and m > 2 else 0)
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ['Sat', 'Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri'][h]
for date in [(2024, 1, 1), (2024, 3, 1), (2023, 12, 31), (2000, 2, 29), (1969, 7, 20)]:
    print(date, day_of_year(*date), weekday(*date))
print([y for y in range(1896, 1910) if leap(y)])
