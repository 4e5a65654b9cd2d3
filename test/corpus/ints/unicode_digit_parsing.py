# int() and float() read any Unicode decimal digits and whitespace, as CPython does.
print(int(' \u3000١٢٣\u2003'), float('١٢٣.٥'), int('𝟏𝟐', 10), float('𝟏e𝟐'), int('٣_٤'), int('٣', 16))
print(int('۷۸۹'), int('०१२'), float('-٣.٥e٢'), int('１２３'), int('+𝟗'))
for s in ['²', '٣.٥', '½', 'Ⅷ', '١٢٣x']:
    try:
        print(int(s))
    except ValueError as e:
        print('ValueError:', e)
for v in [2**63, 2**63 - 1, -1, 0x110000, -(2**63) - 1, 65]:
    try:
        print(format(v, 'c'))
    except OverflowError as e:
        print('OverflowError:', e)
