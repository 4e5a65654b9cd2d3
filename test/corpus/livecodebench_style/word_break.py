def word_break(s, words):
    words = set(words)
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in words for j in range(i))
    return ok[-1]
print(word_break('leetcode', ['leet', 'code']), word_break('applepenapple', ['apple', 'pen']))
print(word_break('catsandog', ['cats', 'dog', 'sand', 'and', 'cat']), word_break('', ['a']))
def segment(s, words, memo=None):
    memo = {} if memo is None else memo
    if s in memo:
        return memo[s]
    if not s:
        return [[]]
    res = [[w] + rest for w in words if s.startswith(w) for rest in segment(s[len(w):], words, memo)]
    memo[s] = res
    return res
print(segment('catsanddog', ['cat', 'cats', 'and', 'sand', 'dog']))
