# call: f({'bob': 3, 'al': 5, 'cy': 3})
def f(scores):
    by_score = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    names = sorted(scores, key=len, reverse=True)
    return by_score, names
