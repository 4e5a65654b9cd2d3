def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge([[1, 3], [2, 6], [8, 10], [15, 18]]))
print(merge([[1, 4], [4, 5]]), merge([]), merge([[5, 6], [1, 2], [2, 3]]))
def insert(intervals, new):
    return merge(intervals + [new])
print(insert([[1, 2], [3, 5], [6, 7], [8, 10]], [4, 8]))
