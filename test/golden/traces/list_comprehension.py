# call: f([3, 8, 1, 6])
def f(nums):
    evens = [n * 10 for n in nums if n % 2 == 0]
    pairs = [(a, b) for a in range(2) for b in 'xy']
    nested = [[i * j for j in range(3)] for i in range(1, 3)]
    return evens, pairs, nested
