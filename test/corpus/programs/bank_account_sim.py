class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance, self.history = owner, balance, []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('dep', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f'{self.owner} has {self.balance}, needs {amount}')
        self.balance -= amount
        self.history.append(('wd', amount))
acct = Account('ann', 100)
for op, amt in [('deposit', 50), ('withdraw', 30), ('withdraw', 500), ('deposit', -5), ('withdraw', 120)]:
    try:
        getattr(acct, op)(amt)
        print(op, amt, '->', acct.balance)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(acct.history, acct.balance)
