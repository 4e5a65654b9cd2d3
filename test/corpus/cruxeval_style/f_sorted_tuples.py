def f(students):
    ranked = sorted(students, key=lambda s: (-s[1], s[0]))
    return [f'{i}. {name} ({score})' for i, (name, score) in enumerate(ranked, 1)]
for line in f([('zoe', 90), ('adam', 85), ('bob', 90), ('cy', 70)]):
    print(line)
print(f([]))
