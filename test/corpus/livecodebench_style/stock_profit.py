def max_profit(prices):
    lo, best = float('inf'), 0
    for p in prices:
        lo = min(lo, p)
        best = max(best, p - lo)
    return best
def max_profit_many(prices):
    return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
for prices in [[7, 1, 5, 3, 6, 4], [7, 6, 4, 3, 1], [1, 2, 3, 4, 5], [], [3]]:
    print(prices, max_profit(prices), max_profit_many(prices))
