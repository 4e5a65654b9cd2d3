// The protocols on user classes, run through the whole interpreter: reflected and in-place operators,
// NotImplemented, subclass priority, rich comparison fallbacks, __hash__/__eq__ rules, __bool__/__len__,
// __format__, __str__/__repr__ and exception reprs (expected output produced by python3).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadInterpreter } from '../../interpreter/index.ts';

const PROGRAM = `class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'V({self.x!r})'
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o)) if isinstance(o, (V, int)) else NotImplemented
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += 100; return self
    def __mul__(self, o): return NotImplemented
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __lt__(self, o): return self.x < o.x
    def __neg__(self): return V(-self.x)
    def __format__(self, spec): return f'<{self.x:{spec}}>'
class Sub(V):
    def __radd__(self, o): return 'Sub.__radd__ first'
class Plain: pass
class Truthy:
    def __init__(self, r): self.r = r
    def __bool__(self): return self.r
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class OnlyEq:
    def __eq__(self, o): return True
class Str:
    def __str__(self): return 'as str'
def attempt(f):
    try: return f()
    except Exception as e: return f'{type(e).__name__}: {e}'
v = V(1)
print(v + 2, 3 + v, v + V(5), V(1) + Sub(2), sum([V(1), V(2)], V(0)), -v)
w = v; w += 1; print(w, w is v)
print(attempt(lambda: v * 2), attempt(lambda: 2 * v), attempt(lambda: v - 1), attempt(lambda: 'a' + v), attempt(lambda: [1] * v))
print(v == V(1), v != V(1), v == 1, 1 == v, V(1) in [V(0), V(1)], {V(1): 'a'}[V(1)], sorted([V(3), V(1), V(2)]), V(2) > V(1), max(V(1), V(3)))
print(attempt(lambda: V(1) <= V(2)), attempt(lambda: Plain() < Plain()), Plain() == Plain(), attempt(lambda: hash(OnlyEq())), attempt(lambda: {OnlyEq()}))
print(bool(Truthy(True)), attempt(lambda: bool(Truthy(1))), bool(Sized(0)), bool(Sized(3)), attempt(lambda: bool(Sized(-1))), bool(Plain()), 'yes' if Sized(2) else 'no')
print(f'{v:>4}', format(v, '03d'), '{:x}'.format(V(255)), attempt(lambda: format(Plain(), 'x')), format(Plain(), '')[:9])
print(str(Str()), repr(Str())[:15], '%s|%r' % (Str(), v), f'{Str()}', f'{Str()!r}'[:10], [Str()][0].__str__(), str([v]), str(Truthy(1))[:16])
e = ValueError('bad', 2)
print(repr(e), str(e), repr(KeyError('k')), str(KeyError('k')), repr(ValueError()), str(ValueError('x')))
`;

const EXPECTED = `V(3) V(4) V(6) Sub.__radd__ first V(3) V(-1)
V(101) True
TypeError: unsupported operand type(s) for *: 'V' and 'int' TypeError: unsupported operand type(s) for *: 'int' and 'V' TypeError: unsupported operand type(s) for -: 'V' and 'int' TypeError: can only concatenate str (not "int") to str TypeError: can't multiply sequence by non-int of type 'V'
False True False False True a [V(1), V(2), V(3)] True V(3)
TypeError: '<=' not supported between instances of 'V' and 'V' TypeError: '<' not supported between instances of 'Plain' and 'Plain' False TypeError: unhashable type: 'OnlyEq' TypeError: unhashable type: 'OnlyEq'
True TypeError: __bool__ should return bool, returned int False True ValueError: __len__() should return >= 0 True yes
< 101> <101> <ff> TypeError: unsupported format string passed to Plain.__format__ <__main__
as str <__main__.Str o as str|V(101) as str <__main__. as str [V(101)] <__main__.Truthy
ValueError('bad', 2) ('bad', 2) KeyError('k') 'k' ValueError() x
`;

test('user-class protocols print what CPython prints', async () => {
  const interp = await loadInterpreter();
  let out = '';
  const r = interp.runModule(PROGRAM, { stdout: (t) => (out += t) });
  assert.deepEqual(r, { ok: true, repr: 'None' });
  assert.equal(out, EXPECTED);
});
