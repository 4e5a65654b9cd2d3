memo = {(0, 0): 1}
memo[0, 1] = 2
print(memo)
print(memo[(0, 0)])
print(memo[0, 0])
print(memo[1, 2])
