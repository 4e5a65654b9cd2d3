class BudgetExceeded(Exception):
    def __init__(self, spent, limit):
        super().__init__(spent, limit)
        self.spent, self.limit = spent, limit
    def __str__(self):
        return f'spent {self.spent} of {self.limit}'
spent = 0
for cost in [30, 45, 20, 10]:
    spent += cost
    print('spent', spent)
    if spent > 90:
        raise BudgetExceeded(spent, 90)
