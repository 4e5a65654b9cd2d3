raw = """name,dept,salary
alice,eng,120000
bob,sales,80000
carol,eng,135000
dan,hr,70000
erin,sales,95000"""
lines = raw.splitlines()
header = lines[0].split(',')
rows = [dict(zip(header, line.split(','))) for line in lines[1:]]
print(rows[0])
by_dept = {}
for r in rows:
    by_dept.setdefault(r['dept'], []).append(int(r['salary']))
print(by_dept)
for dept, sals in sorted(by_dept.items()):
    print(f'{dept:6} n={len(sals)} avg={sum(sals) / len(sals):,.1f} max={max(sals)}')
print(sorted(rows, key=lambda r: -int(r['salary']))[0]['name'])
