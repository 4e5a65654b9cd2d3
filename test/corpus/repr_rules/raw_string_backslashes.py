# Raw strings made only of backslashes keep them (tree-sitter puts them in the closing token).
x = 1
values = [r'\\', r"\\", r'\\\\', r'a\\', '\\', rf'\\', rf'{x}\\', fr'\\{x}', rb'\\', r'''\\''', r"""\\"""]
for v in values:
    print(repr(v), len(v))
print(r'\\'.join(['a', 'b']), 'a\\b'.split(r'\\'))
import re
print(re.sub(r'\\', '/', 'C:\\dir\\file'), re.findall(r'\\.', r'a\.b\\c'))
