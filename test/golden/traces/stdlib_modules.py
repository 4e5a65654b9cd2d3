# call: f('mississippi')
from collections import Counter, defaultdict
import math

def f(s):
    c = Counter(s)
    groups = defaultdict(list)
    for ch in 'abc':
        groups[len(ch)].append(ch)
    return c.most_common(2), dict(groups), math.sqrt(16), math.floor(-2.5)
