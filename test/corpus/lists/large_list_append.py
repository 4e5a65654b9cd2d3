# Appending to large lists (which grow in bigger steps) after deletions and sorts that replace the items.
out = []
for i in range(100000):
    out.append(i % 7)
print(len(out), sum(out), out[-3:], out[32767:32770])
del out[50000:]
for i in range(60000):
    out.append(i)
print(len(out), out[49999:50002], out[-1])
out.sort()
for i in range(40000):
    out.append(-i)
print(len(out), out[:3], out[-2:], min(out), max(out))
