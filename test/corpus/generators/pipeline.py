def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split('#', 1)[0].rstrip()
        if code:
            yield code
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f'{i:02d}: {line}'
src = """x = 1  # set x
# comment only

y = x + 2
print(y)  # show"""
for out in numbered(strip_comments(read_lines(src))):
    print(out)
print(list(strip_comments(['#', 'a#b', '  c  '])))
