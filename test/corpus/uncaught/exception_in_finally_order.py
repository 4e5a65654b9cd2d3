def work():
    try:
        print('working')
        return 1 / 0
    finally:
        print('cleanup runs first')
print('start')
work()
