# call: f()
class Card:
    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return 'Card(' + str(self.rank) + ')'

def f():
    cards = [Card(3), Card(1), Card(2)]
    return sorted(cards), max(cards)
