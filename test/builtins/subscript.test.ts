// Subscripts, slices (read, assign, delete), membership and len() on builtin values, checked against
// tables python3.11 printed for the same operations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../interpreter/builtins/namespace.ts';
import { PyError } from '../../interpreter/objects/exceptions.ts';
import { contains, delItem, getItem, pyLen, setItem } from '../../interpreter/objects/subscript.ts';
import {
  PyBytes,
  PyDict,
  PyList,
  PyRange,
  PySlice,
  PyTuple,
  type PyValue,
} from '../../interpreter/objects/values.ts';

const BOUNDS: (bigint | null)[] = [null, -12n, -3n, -1n, 0n, 1n, 3n, 9n, 12n];
const STEPS: (bigint | null)[] = [null, -3n, -1n, 1n, 2n];

function* slices(): Generator<PySlice> {
  for (const a of BOUNDS) for (const b of BOUNDS) for (const c of STEPS) yield new PySlice(a, b, c);
}

/** `[x[a:b:c] for a, b, c in ...]` from python3.11: list(range(10)), 'abcdefghij' and range(0, 20, 2). */
const LIST_SLICES =
  '0123456789 9630 9876543210 0123456789 02468 - 9630 9876543210 - - 0123456 9 98 0123456 0246 012345678 - - 012345678 02468 - 963 987654321 - - 0 963 98765432 0 0 012 96 987654 012 02 012345678 - - 012345678 02468 0123456789 - - 0123456789 02468 0123456789 - - 0123456789 02468 - - - - - 0123456 - - 0123456 0246 012345678 - - 012345678 02468 - - - - - 0 - - 0 0 012 - - 012 02 012345678 - - 012345678 02468 0123456789 - - 0123456789 02468 789 741 76543210 789 79 - 741 76543210 - - - - - - - 78 - - 78 7 - 741 7654321 - - - 74 765432 - - - 74 7654 - - 78 - - 78 7 789 - - 789 79 9 9630 9876543210 9 9 - 9630 9876543210 - - - 9 98 - - - - - - - - 963 987654321 - - - 963 98765432 - - - 96 987654 - - - - - - - 9 - - 9 9 0123456789 0 0 0123456789 02468 - 0 0 - - 0123456 - - 0123456 0246 012345678 - - 012345678 02468 - - - - - 0 - - 0 0 012 - - 012 02 012345678 - - 012345678 02468 0123456789 - - 0123456789 02468 123456789 1 10 123456789 13579 - 1 10 - - 123456 - - 123456 135 12345678 - - 12345678 1357 - 1 1 - - - - - - - 12 - - 12 1 12345678 - - 12345678 1357 123456789 - - 123456789 13579 3456789 30 3210 3456789 3579 - 30 3210 - - 3456 - - 3456 35 345678 - - 345678 357 - 3 321 - - - 3 32 - - - - - - - 345678 - - 345678 357 3456789 - - 3456789 3579 9 9630 9876543210 9 9 - 9630 9876543210 - - - 9 98 - - - - - - - - 963 987654321 - - - 963 98765432 - - - 96 987654 - - - - - - - 9 - - 9 9 - 9630 9876543210 - - - 9630 9876543210 - - - 9 98 - - - - - - - - 963 987654321 - - - 963 98765432 - - - 96 987654 - - - - - - - - - - - -'.split(
    ' ',
  );
const STR_SLICES =
  'abcdefghij jgda jihgfedcba abcdefghij acegi - jgda jihgfedcba - - abcdefg j ji abcdefg aceg abcdefghi - - abcdefghi acegi - jgd jihgfedcb - - a jgd jihgfedc a a abc jg jihgfe abc ac abcdefghi - - abcdefghi acegi abcdefghij - - abcdefghij acegi abcdefghij - - abcdefghij acegi - - - - - abcdefg - - abcdefg aceg abcdefghi - - abcdefghi acegi - - - - - a - - a a abc - - abc ac abcdefghi - - abcdefghi acegi abcdefghij - - abcdefghij acegi hij heb hgfedcba hij hj - heb hgfedcba - - - - - - - hi - - hi h - heb hgfedcb - - - he hgfedc - - - he hgfe - - hi - - hi h hij - - hij hj j jgda jihgfedcba j j - jgda jihgfedcba - - - j ji - - - - - - - - jgd jihgfedcb - - - jgd jihgfedc - - - jg jihgfe - - - - - - - j - - j j abcdefghij a a abcdefghij acegi - a a - - abcdefg - - abcdefg aceg abcdefghi - - abcdefghi acegi - - - - - a - - a a abc - - abc ac abcdefghi - - abcdefghi acegi abcdefghij - - abcdefghij acegi bcdefghij b ba bcdefghij bdfhj - b ba - - bcdefg - - bcdefg bdf bcdefghi - - bcdefghi bdfh - b b - - - - - - - bc - - bc b bcdefghi - - bcdefghi bdfh bcdefghij - - bcdefghij bdfhj defghij da dcba defghij dfhj - da dcba - - defg - - defg df defghi - - defghi dfh - d dcb - - - d dc - - - - - - - defghi - - defghi dfh defghij - - defghij dfhj j jgda jihgfedcba j j - jgda jihgfedcba - - - j ji - - - - - - - - jgd jihgfedcb - - - jgd jihgfedc - - - jg jihgfe - - - - - - - j - - j j - jgda jihgfedcba - - - jgda jihgfedcba - - - j ji - - - - - - - - jgd jihgfedcb - - - jgd jihgfedc - - - jg jihgfe - - - - - - - - - - - -'.split(
    ' ',
  );
const RANGE_SLICES =
  '0,20,2 18,-2,-6 18,-2,-2 0,20,2 0,20,4 0,0,2 18,-2,-6 18,-2,-2 0,0,2 0,0,4 0,14,2 18,14,-6 18,14,-2 0,14,2 0,14,4 0,18,2 18,18,-6 18,18,-2 0,18,2 0,18,4 0,0,2 18,0,-6 18,0,-2 0,0,2 0,0,4 0,2,2 18,2,-6 18,2,-2 0,2,2 0,2,4 0,6,2 18,6,-6 18,6,-2 0,6,2 0,6,4 0,18,2 18,18,-6 18,18,-2 0,18,2 0,18,4 0,20,2 18,18,-6 18,18,-2 0,20,2 0,20,4 0,20,2 -2,-2,-6 -2,-2,-2 0,20,2 0,20,4 0,0,2 -2,-2,-6 -2,-2,-2 0,0,2 0,0,4 0,14,2 -2,14,-6 -2,14,-2 0,14,2 0,14,4 0,18,2 -2,18,-6 -2,18,-2 0,18,2 0,18,4 0,0,2 -2,0,-6 -2,0,-2 0,0,2 0,0,4 0,2,2 -2,2,-6 -2,2,-2 0,2,2 0,2,4 0,6,2 -2,6,-6 -2,6,-2 0,6,2 0,6,4 0,18,2 -2,18,-6 -2,18,-2 0,18,2 0,18,4 0,20,2 -2,18,-6 -2,18,-2 0,20,2 0,20,4 14,20,2 14,-2,-6 14,-2,-2 14,20,2 14,20,4 14,0,2 14,-2,-6 14,-2,-2 14,0,2 14,0,4 14,14,2 14,14,-6 14,14,-2 14,14,2 14,14,4 14,18,2 14,18,-6 14,18,-2 14,18,2 14,18,4 14,0,2 14,0,-6 14,0,-2 14,0,2 14,0,4 14,2,2 14,2,-6 14,2,-2 14,2,2 14,2,4 14,6,2 14,6,-6 14,6,-2 14,6,2 14,6,4 14,18,2 14,18,-6 14,18,-2 14,18,2 14,18,4 14,20,2 14,18,-6 14,18,-2 14,20,2 14,20,4 18,20,2 18,-2,-6 18,-2,-2 18,20,2 18,20,4 18,0,2 18,-2,-6 18,-2,-2 18,0,2 18,0,4 18,14,2 18,14,-6 18,14,-2 18,14,2 18,14,4 18,18,2 18,18,-6 18,18,-2 18,18,2 18,18,4 18,0,2 18,0,-6 18,0,-2 18,0,2 18,0,4 18,2,2 18,2,-6 18,2,-2 18,2,2 18,2,4 18,6,2 18,6,-6 18,6,-2 18,6,2 18,6,4 18,18,2 18,18,-6 18,18,-2 18,18,2 18,18,4 18,20,2 18,18,-6 18,18,-2 18,20,2 18,20,4 0,20,2 0,-2,-6 0,-2,-2 0,20,2 0,20,4 0,0,2 0,-2,-6 0,-2,-2 0,0,2 0,0,4 0,14,2 0,14,-6 0,14,-2 0,14,2 0,14,4 0,18,2 0,18,-6 0,18,-2 0,18,2 0,18,4 0,0,2 0,0,-6 0,0,-2 0,0,2 0,0,4 0,2,2 0,2,-6 0,2,-2 0,2,2 0,2,4 0,6,2 0,6,-6 0,6,-2 0,6,2 0,6,4 0,18,2 0,18,-6 0,18,-2 0,18,2 0,18,4 0,20,2 0,18,-6 0,18,-2 0,20,2 0,20,4 2,20,2 2,-2,-6 2,-2,-2 2,20,2 2,20,4 2,0,2 2,-2,-6 2,-2,-2 2,0,2 2,0,4 2,14,2 2,14,-6 2,14,-2 2,14,2 2,14,4 2,18,2 2,18,-6 2,18,-2 2,18,2 2,18,4 2,0,2 2,0,-6 2,0,-2 2,0,2 2,0,4 2,2,2 2,2,-6 2,2,-2 2,2,2 2,2,4 2,6,2 2,6,-6 2,6,-2 2,6,2 2,6,4 2,18,2 2,18,-6 2,18,-2 2,18,2 2,18,4 2,20,2 2,18,-6 2,18,-2 2,20,2 2,20,4 6,20,2 6,-2,-6 6,-2,-2 6,20,2 6,20,4 6,0,2 6,-2,-6 6,-2,-2 6,0,2 6,0,4 6,14,2 6,14,-6 6,14,-2 6,14,2 6,14,4 6,18,2 6,18,-6 6,18,-2 6,18,2 6,18,4 6,0,2 6,0,-6 6,0,-2 6,0,2 6,0,4 6,2,2 6,2,-6 6,2,-2 6,2,2 6,2,4 6,6,2 6,6,-6 6,6,-2 6,6,2 6,6,4 6,18,2 6,18,-6 6,18,-2 6,18,2 6,18,4 6,20,2 6,18,-6 6,18,-2 6,20,2 6,20,4 18,20,2 18,-2,-6 18,-2,-2 18,20,2 18,20,4 18,0,2 18,-2,-6 18,-2,-2 18,0,2 18,0,4 18,14,2 18,14,-6 18,14,-2 18,14,2 18,14,4 18,18,2 18,18,-6 18,18,-2 18,18,2 18,18,4 18,0,2 18,0,-6 18,0,-2 18,0,2 18,0,4 18,2,2 18,2,-6 18,2,-2 18,2,2 18,2,4 18,6,2 18,6,-6 18,6,-2 18,6,2 18,6,4 18,18,2 18,18,-6 18,18,-2 18,18,2 18,18,4 18,20,2 18,18,-6 18,18,-2 18,20,2 18,20,4 20,20,2 18,-2,-6 18,-2,-2 20,20,2 20,20,4 20,0,2 18,-2,-6 18,-2,-2 20,0,2 20,0,4 20,14,2 18,14,-6 18,14,-2 20,14,2 20,14,4 20,18,2 18,18,-6 18,18,-2 20,18,2 20,18,4 20,0,2 18,0,-6 18,0,-2 20,0,2 20,0,4 20,2,2 18,2,-6 18,2,-2 20,2,2 20,2,4 20,6,2 18,6,-6 18,6,-2 20,6,2 20,6,4 20,18,2 18,18,-6 18,18,-2 20,18,2 20,18,4 20,20,2 18,18,-6 18,18,-2 20,20,2 20,20,4'.split(
    ' ',
  );
/** l = list(range(5)); l[a:b:c] = list(range(5, 5 + n)) (E<src>/<dst>: the extended-slice ValueError). */
const ASSIGNED =
  '- 5 56 567 E0/5 E1/5 E2/5 E3/5 E0/3 E1/3 E2/3 51637 4 54 564 5674 01234 E1/0 E2/0 E3/0 E0/2 E1/2 51634 E3/2 01234 501234 5601234 56701234 E0/4 E1/4 E2/4 E3/4 01234 E1/0 E2/0 E3/0 234 5234 56234 567234 E0/2 E1/2 01265 E3/2 E0/1 51234 E2/1 E3/1 4 54 564 5674 01234 E1/0 E2/0 E3/0 E0/2 E1/2 51634 E3/2 012 0125 01256 012567 E0/4 E1/4 E2/4 E3/4 E0/1 01254 E2/1 E3/1 0124 01254 012564 0125674 01234 E1/0 E2/0 E3/0 E0/1 01254 E2/1 E3/1 01234 012534 0125634 01256734 E0/3 E1/3 E2/3 07654 01234 E1/0 E2/0 E3/0 01234 012534 0125634 01256734 E0/1 01254 E2/1 E3/1 01234 E1/0 E2/0 E3/0 0124 01254 012564 0125674 01234 E1/0 E2/0 E3/0 E0/1 01254 E2/1 E3/1 - 5 56 567 E0/1 51234 E2/1 E3/1 E0/3 E1/3 E2/3 51637 4 54 564 5674 01234 E1/0 E2/0 E3/0 E0/2 E1/2 51634 E3/2 01234 501234 5601234 56701234 01234 E1/0 E2/0 E3/0 01234 E1/0 E2/0 E3/0 234 5234 56234 567234 01234 E1/0 E2/0 E3/0 E0/1 51234 E2/1 E3/1 4 54 564 5674 01234 E1/0 E2/0 E3/0 E0/2 E1/2 51634 E3/2 0 05 056 0567 E0/2 E1/2 65234 E3/2 E0/2 E1/2 05264 E3/2 04 054 0564 05674 01234 E1/0 E2/0 E3/0 E0/2 E1/2 05264 E3/2 01234 051234 0561234 05671234 E0/1 05234 E2/1 E3/1 01234 E1/0 E2/0 E3/0 0234 05234 056234 0567234 01234 E1/0 E2/0 E3/0 E0/1 05234 E2/1 E3/1 04 054 0564 05674 01234 E1/0 E2/0 E3/0 E0/2 E1/2 05264 E3/2 012 0125 01256 012567 E0/4 E1/4 E2/4 E3/4 E0/1 01254 E2/1 E3/1 0124 01254 012564 0125674 01234 E1/0 E2/0 E3/0 E0/1 01254 E2/1 E3/1 01234 012534 0125634 01256734 E0/3 E1/3 E2/3 07654 01234 E1/0 E2/0 E3/0 01234 012534 0125634 01256734 E0/1 01254 E2/1 E3/1 01234 E1/0 E2/0 E3/0 0124 01254 012564 0125674 01234 E1/0 E2/0 E3/0 E0/1 01254 E2/1 E3/1 01234 012345 0123456 01234567 E0/5 E1/5 E2/5 E3/5 01234 E1/0 E2/0 E3/0 01234 012345 0123456 01234567 01234 E1/0 E2/0 E3/0 01234 E1/0 E2/0 E3/0 01234 012345 0123456 01234567 E0/4 E1/4 E2/4 E3/4 01234 E1/0 E2/0 E3/0 01234 012345 0123456 01234567 E0/2 E1/2 01265 E3/2 01234 E1/0 E2/0 E3/0 01234 012345 0123456 01234567 01234 E1/0 E2/0 E3/0 01234 E1/0 E2/0 E3/0'.split(
    ' ',
  );
/** l = list(range(5)); del l[a:b:c] */
const DELETED =
  '- - 13 13 4 01234 134 01234 01234 0 01234 013 234 012 1234 0123 4 01234 134 01234 012 4 0124 024 0124 01234 0124 01234 01234 04 01234 024 01234 0124 01234 0124 0124 01234 0124 01234 - 1234 13 1234 4 01234 134 01234 01234 01234 01234 01234 234 01234 1234 01234 4 01234 134 01234 0 234 024 0234 04 01234 024 01234 01234 0234 01234 0234 0234 01234 0234 01234 04 01234 024 01234 012 4 0124 024 0124 01234 0124 01234 01234 04 01234 024 01234 0124 01234 0124 0124 01234 0124 01234 01234 - 01234 13 01234 01234 01234 01234 01234 0 01234 013 01234 012 01234 0123 01234 01234 01234 01234'.split(
    ' ',
  );

function digits(v: PyValue): string {
  const items = (v as PyList).items;
  return items.length === 0 ? '-' : items.map(String).join('');
}

function pyErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof PyError) return `${e.exc.cls.name}: ${String(e.exc.args[0] ?? '')}`;
    throw e;
  }
  return 'no error';
}

const ints = (n: number): PyValue[] => Array.from({ length: n }, (_, i) => BigInt(i));

test('list, str and range slicing match CPython for every bound and step combination', () => {
  let k = 0;
  for (const s of slices()) {
    assert.equal(digits(getItem(new PyList(ints(10)), s)), LIST_SLICES[k], `list ${k}`);
    assert.equal(getItem('abcdefghij', s) || '-', STR_SLICES[k], `str ${k}`);
    const r = getItem(new PyRange(0n, 20n, 2n), s) as PyRange;
    assert.equal(`${r.start},${r.stop},${r.step}`, RANGE_SLICES[k], `range ${k}`);
    k++;
  }
  assert.equal(k, LIST_SLICES.length);
});

test('slice assignment and deletion, including extended slices', () => {
  let k = 0;
  for (const a of [null, -2n, 0n, 1n, 3n, 5n]) {
    for (const b of [null, -1n, 0n, 2n, 4n]) {
      for (const c of [null, -1n, 2n]) {
        for (let n = 0; n < 4; n++) {
          const l = new PyList(ints(5));
          const src = new PyList(ints(n).map((x) => (x as bigint) + 5n));
          const err = pyErrorOf(() => setItem(l, new PySlice(a, b, c), src));
          const m = /extended slice/.test(err)
            ? /size (\d+) to extended slice of size (\d+)/.exec(err)
            : null;
          assert.equal(m ? `E${m[1]}/${m[2]}` : digits(l), ASSIGNED[k], `assign case ${k}`);
          k++;
        }
      }
    }
  }
  k = 0;
  for (const a of [null, -2n, 0n, 1n, 3n, 5n]) {
    for (const b of [null, -1n, 0n, 2n, 4n]) {
      for (const c of [null, -1n, 2n, -2n]) {
        const l = new PyList(ints(5));
        delItem(l, new PySlice(a, b, c));
        assert.equal(digits(l), DELETED[k], `del case ${k}`);
        k++;
      }
    }
  }
});

test('indexing: negative and bool indices, and CPython error messages', () => {
  const l = new PyList(['a', 'b', 'c']);
  assert.equal(getItem(l, -1n), 'c');
  assert.equal(getItem(l, true), 'b');
  assert.equal(getItem(new PyTuple([1n, 2n]), -2n), 1n);
  assert.equal(getItem('xyz', -3n), 'x');
  assert.equal(getItem(new PyRange(10n, 0n, -3n), 2n), 4n);
  assert.equal(getItem(new PyBytes(Uint8Array.from([104, 105])), 1n), 105n);
  const cases: [() => unknown, string][] = [
    [() => getItem(l, 3n), 'IndexError: list index out of range'],
    [() => getItem(l, 'x'), 'TypeError: list indices must be integers or slices, not str'],
    [() => getItem(l, 1.0), 'TypeError: list indices must be integers or slices, not float'],
    [() => getItem(new PyTuple([]), 0n), 'IndexError: tuple index out of range'],
    [() => getItem('a', 5n), 'IndexError: string index out of range'],
    [() => getItem('a', 'x'), "TypeError: string indices must be integers, not 'str'"],
    [() => getItem(new PyRange(0n, 3n, 1n), 5n), 'IndexError: range object index out of range'],
    [() => getItem(new PyBytes(new Uint8Array(1)), 5n), 'IndexError: index out of range'],
    [() => getItem(5n, 0n), "TypeError: 'int' object is not subscriptable"],
    [() => getItem(l, new PySlice(null, null, 0n)), 'ValueError: slice step cannot be zero'],
    [
      () => getItem(l, new PySlice('a', null, null)),
      'TypeError: slice indices must be integers or None or have an __index__ method',
    ],
    [() => setItem(l, 5n, null), 'IndexError: list assignment index out of range'],
    [() => setItem(new PyTuple([]), 0n, null), "TypeError: 'tuple' object does not support item assignment"],
    [() => setItem('s', 0n, null), "TypeError: 'str' object does not support item assignment"],
    [() => setItem(l, new PySlice(null, null, null), 5n), 'TypeError: can only assign an iterable'],
    [() => setItem(l, new PySlice(null, null, 2n), 5n), 'TypeError: must assign iterable to extended slice'],
    [() => delItem(l, 7n), 'IndexError: list assignment index out of range'],
    [() => delItem(new PyTuple([]), 0n), "TypeError: 'tuple' object doesn't support item deletion"],
    [() => delItem(new PyDict(), 'k'), 'KeyError: k'],
    [() => getItem(new PyDict(), 'k'), 'KeyError: k'],
  ];
  for (const [fn, expected] of cases) assert.equal(pyErrorOf(fn), expected);
});

test('membership for every container kind', () => {
  const d = new PyDict();
  d.table.set(1n, 'one');
  assert.equal(contains('hello', 'ell'), true);
  assert.equal(contains(new PyList([1n, 2n]), 2.0), true);
  assert.equal(contains(new PyTuple([1n]), true), true);
  assert.equal(contains(d, 1.0), true);
  assert.equal(contains(new PyRange(0n, 10n, 3n), 9n), true);
  assert.equal(contains(new PyRange(0n, 10n, 3n), 10n), false);
  assert.equal(contains(new PyRange(0n, 10n, 3n), 6.0), true);
  assert.equal(contains(new PyBytes(Uint8Array.from([1, 2, 3])), new PyBytes(Uint8Array.from([2, 3]))), true);
  assert.equal(
    pyErrorOf(() => contains('abc', 1n)),
    "TypeError: 'in <string>' requires string as left operand, not int",
  );
  assert.equal(
    pyErrorOf(() => contains(5n, 1n)),
    "TypeError: argument of type 'int' is not iterable",
  );
  assert.equal(
    pyErrorOf(() => contains(new PyBytes(new Uint8Array(1)), 300n)),
    'ValueError: byte must be in range(0, 256)',
  );
});

test('len of builtin values', () => {
  assert.equal(pyLen('abc'), 3);
  assert.equal(pyLen(new PyRange(0n, 10n, 3n)), 4);
  assert.equal(pyLen(new PyRange(10n, 0n, 1n)), 0);
  assert.equal(
    pyErrorOf(() => pyLen(5n)),
    "TypeError: object of type 'int' has no len()",
  );
  assert.equal(
    pyErrorOf(() => pyLen(new PyRange(0n, 10n ** 20n, 1n))),
    'OverflowError: Python int too large to convert to C ssize_t',
  );
});
