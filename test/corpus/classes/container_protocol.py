class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, card):
        print('contains called')
        return card in self.cards
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
d = Deck('ABCDE')
print(len(d), d[0], d[-1], d[1:3], 'C' in d, 'Z' in d)
d[0] = 'a'
del d[1]
print(d.cards, list(d), [c for c in d if c > 'B'], bool(d))
print(sorted(d, reverse=True), list(reversed(d)), 'x' not in d)
