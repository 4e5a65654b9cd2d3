class Machine:
    PRICES = {'cola': 125, 'chips': 75, 'candy': 60}
    def __init__(self):
        self.credit = 0
        self.sales = []
    def insert(self, cents):
        if cents not in (5, 10, 25, 100):
            return f'rejected {cents}'
        self.credit += cents
        return f'credit {self.credit}'
    def buy(self, item):
        price = self.PRICES.get(item)
        if price is None:
            return f'unknown {item}'
        if self.credit < price:
            return f'need {price - self.credit} more'
        change, self.credit = self.credit - price, 0
        self.sales.append(item)
        coins = []
        for c in (25, 10, 5):
            n, change = divmod(change, c)
            coins += [c] * n
        return f'{item} + change {coins}'
m = Machine()
for action in [('insert', 100), ('insert', 3), ('buy', 'cola'), ('insert', 25), ('buy', 'cola'),
               ('insert', 100), ('buy', 'candy'), ('buy', 'gum')]:
    print(action, '->', getattr(m, action[0])(action[1]))
print(m.sales, m.credit)
