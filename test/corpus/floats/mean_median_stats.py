data = [2.5, 3.1, 4.7, 1.2, 9.9, 3.3, 7.0]
mean = sum(data) / len(data)
print(mean, round(mean, 3))
s = sorted(data)
mid = len(s) // 2
print(s, s[mid])
var = sum((x - mean) ** 2 for x in data) / (len(data) - 1)
print(var, var ** 0.5)
print(max(data) - min(data), sum(data))
evens = [4.0, 1.0, 3.0, 2.0]
e = sorted(evens)
print((e[1] + e[2]) / 2)
print(f'{mean:.4f} {var:.4g}')
