people = [('ann', 30), ('bob', 25), ('cat', 30), ('dan', 25), ('eve', 35), ('fay', 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name_desc = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(by_name_desc, key=lambda p: p[1]))
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
data.sort(key=lambda t: t[0])
print(data)
print(sorted([1, 1.0, True], key=lambda x: 0), sorted([True, 1, 1.0]))
