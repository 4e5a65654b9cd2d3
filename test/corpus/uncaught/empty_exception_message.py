class Done(Exception):
    pass
for i in range(3):
    print('step', i)
raise Done
