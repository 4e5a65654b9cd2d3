def coin_change(coins, amount):
    INF = float('inf')
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != INF else -1
print(coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1], 0), coin_change([186, 419, 83, 408], 6249))
def ways(coins, amount):
    dp = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            dp[a] += dp[a - c]
    return dp[amount]
print(ways([1, 2, 5], 5), ways([2], 3), ways([1, 5, 10, 25, 50], 100))
