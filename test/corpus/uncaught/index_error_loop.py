data = [3, 1, 4, 1, 5]
i = 0
while True:
    print(i, data[i] * 2)
    i += 2
