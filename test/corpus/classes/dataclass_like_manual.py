class Item:
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f'Item(name={self.name!r}, price={self.price!r}, qty={self.qty!r})'
    def __eq__(self, other):
        return (self.name, self.price, self.qty) == (other.name, other.price, other.qty)
cart = [Item('pen', 1.5, 4), Item('book', 12.0), Item('bag', 30.25, 2)]
print(cart)
print(sum(i.total() for i in cart), max(cart, key=Item.total).name)
print(Item('pen', 1.5, 4) == cart[0], cart.index(Item('book', 12.0)))
cart.sort(key=lambda i: i.name)
print([i.name for i in cart])
