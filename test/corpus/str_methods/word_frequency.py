text = """the quick brown fox jumps over the lazy dog
The dog barks; the fox runs. THE END"""
words = [w.strip('.;,').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
top = sorted(freq.items(), key=lambda x: (-x[1], x[0]))[:3]
print(top)
print(len(words), len(freq), max(words, key=len))
print(text.count('the'), text.lower().count('the'))
print(text.splitlines()[1].upper())
