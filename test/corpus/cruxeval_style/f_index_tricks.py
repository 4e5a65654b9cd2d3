def f(arr):
    return [arr[i] - arr[i - 1] for i in range(len(arr))]
print(f([1, 4, 9, 16]), f([5]), f([]))
def g(arr, k):
    k %= len(arr)
    return arr[-k:] + arr[:-k]
print(g([1, 2, 3, 4, 5], 2), g([1, 2, 3], 3), g([1, 2, 3], 0), g([9], 7))
