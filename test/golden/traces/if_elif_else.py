# call: f([7, 15, -2, 0])
def classify(n):
    if n > 10:
        return 'big'
    elif n > 0:
        return 'small'
    elif n == 0:
        return 'zero'
    else:
        return 'negative'

def f(nums):
    out = []
    for n in nums:
        out.append(classify(n))
    if not out:
        out = None
    return out
