def f(text):
    t = text.title()
    return t, t.istitle(), text.istitle(), t == text
for s in ["hello world", "Hello World", "they're bill's friends", "HELLO", "3rd place"]:
    print(f(s))
