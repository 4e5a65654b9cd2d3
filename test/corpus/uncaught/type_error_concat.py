name = 'count'
n = 3
print(name + ': ' + str(n))
message = 'total: '
for k in range(3):
    print(k)
print(message + n)
