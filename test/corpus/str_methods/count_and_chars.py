s = 'Mississippi River'
print(s.count('ss'), s.count('i'), s.lower().count('r'))
counts = {}
for ch in s.lower():
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(ord('a'), ord('Z'), chr(97), chr(0x263A), [ord(c) - ord('a') for c in 'hey'])
print(min(s), max(s), sorted(set(s.lower()) - {' '}))
