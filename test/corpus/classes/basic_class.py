class Dog:
    species = 'canis'
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return f'{self.name} ({self.age}) knows {len(self.tricks)} tricks'
d = Dog('Rex', 3)
d.add_trick('sit').add_trick('roll')
e = Dog('Fido', 5)
print(d.describe(), '|', e.describe())
print(d.species, Dog.species, d.tricks, e.tricks)
Dog.species = 'wolf'
e.species = 'own'
print(d.species, e.species, Dog.species)
print(type(d).__name__, isinstance(d, Dog), d.name.upper())
