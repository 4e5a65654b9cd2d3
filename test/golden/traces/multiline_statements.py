# call: f([1, 2, 3])
def f(xs):
    table = {  # a comment inside brackets
        'a': xs[0],
        'b': [x * 2
              for x in xs],
    }
    total = xs[0] + \
        xs[1]  # trailing comment
    if (total > 2 and
            len(table) == 2):
        text = """two
lines"""
    return table, total, text
