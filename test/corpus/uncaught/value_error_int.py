lines = ['10', '20', ' 30 ', 'forty', '50']
total = 0
for line in lines:
    total += int(line)
    print('running total', total)
