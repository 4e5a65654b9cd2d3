# call: f([2, 4, 5, 6, 7])
def f(nums):
    odd = None
    skipped = 0
    for n in nums:
        if n == 4:
            skipped += 1
            continue
        if n % 2 == 1:
            odd = n
            break
    else:
        odd = -1
    for m in []:
        pass
    else:
        skipped += 10
    return odd, skipped
