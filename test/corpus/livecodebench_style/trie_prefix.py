class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node['$'] = True
    def search(self, word, prefix=False):
        node = self.root
        for ch in word:
            if ch not in node:
                return False
            node = node[ch]
        return prefix or '$' in node
t = Trie()
for w in ['apple', 'app', 'apt', 'bat']:
    t.insert(w)
print(t.search('app'), t.search('ap'), t.search('ap', prefix=True), t.search('bath'), t.search('bat'))
print(sorted(t.root), sorted(t.root['a']['p']))
