speeds = [(100.0, 2.0), (55.5, 1.5), (0.0, 0.0)]
total = 0.0
for distance, hours in speeds:
    total += distance
    print(total)
    print(distance / hours)
