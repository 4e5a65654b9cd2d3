text = 'It was the best of times, it was the worst of times; it was the age of wisdom.'
words = [w.strip(',.;').lower() for w in text.split()]
print(len(text), len(words), len(set(words)))
longest = max(words, key=len)
print(longest, len(longest), words.index('times'))
vowels = sum(1 for ch in text.lower() if ch in 'aeiou')
print(vowels, round(vowels / len(text), 3))
caps = ''.join(w[0].upper() for w in words)
print(caps)
print(text.replace('was', 'is').replace('times', 'days')[:40])
print(sorted(set(words), key=lambda w: (-words.count(w), w))[:4])
