# call: f(2)
class Account:
    rate = 10

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        self.balance += amount
        self.log.append(amount)
        return self.balance

    @classmethod
    def bonus(cls):
        return cls.rate * 2

    @staticmethod
    def fee(x):
        return x - 1

    @property
    def summary(self):
        return f'{self.owner}:{self.balance}'

def f(n):
    acc = Account('zoe', n)
    acc.deposit(5)
    acc.deposit(Account.bonus())
    return acc.summary, Account.fee(acc.balance), acc.log
