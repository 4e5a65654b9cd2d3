data = [3, 7, 2, 7, 5, 3, 7, 1, 2, 2, 9, 5]
freq = {}
for x in data:
    freq[x] = freq.get(x, 0) + 1
for value in sorted(freq):
    print(f'{value:>2} | {"*" * freq[value]:<5} ({freq[value]})')
mode = max(sorted(freq), key=freq.get)
print('mode', mode, 'unique', len(freq))
buckets = [0] * 5
for x in data:
    buckets[min(x // 2, 4)] += 1
print(buckets, sum(buckets) == len(data))
