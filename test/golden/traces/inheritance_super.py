# call: f()
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + ' makes a sound'

class Dog(Animal):
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

    def speak(self):
        base = super().speak()
        return base + ' and barks'

def f():
    d = Dog('rex', ['sit'])
    return d.speak(), isinstance(d, Animal), d.tricks
