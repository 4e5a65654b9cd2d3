def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(200)
print(len(primes), primes[:10], primes[-3:])
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(max(gaps), gaps.count(2), sum(primes))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins[:6], len(twins))
