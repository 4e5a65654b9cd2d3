word = 'hello'
print(word[-1], word[::2])
print(len(word))
for i in range(0, 10, 2):
    print(i, word[i])
