// collections.namedtuple: builds a tuple subclass whose instances are PyTupleOf, with a property per field,
// _fields/_field_defaults, _make/_asdict/_replace and the `Point(x=1, y=2)` repr.

import { tupleType } from '../../objects/builtin-types.ts';
import { TypeError, ValueError, pyError } from '../../objects/exceptions.ts';
import { toArray } from '../../objects/iteration.ts';
import { repr, str } from '../../objects/repr.ts';
import { truthy } from '../../objects/truth.ts';
import { PyType } from '../../objects/type.ts';
import {
  PyClassMethod,
  PyDict,
  PyList,
  PyProperty,
  PyTuple,
  type Kwargs,
  type PyValue,
} from '../../objects/values.ts';
import { keywordOnly } from '../../builtins/args.ts';
import { defineMethods, nativeFunction } from '../../builtins/define.ts';
import { PyTupleOf } from '../../builtins/list.ts';

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);
const IDENTIFIER = /^[A-Za-z_\u00c0-\uffff][A-Za-z0-9_\u00c0-\uffff]*$/;

function fieldNames(spec: PyValue): string[] {
  if (typeof spec === 'string')
    return spec
      .replace(/,/g, ' ')
      .split(/\s+/)
      .filter((s) => s !== '');
  return toArray(spec).map((v) => str(v));
}

function checkNames(typename: string, names: string[], rename: boolean): string[] {
  if (rename) {
    const seen = new Set<string>();
    names = names.map((n, i) => {
      const bad = !IDENTIFIER.test(n) || KEYWORDS.has(n) || n.startsWith('_') || seen.has(n);
      seen.add(n);
      return bad ? `_${i}` : n;
    });
  }
  for (const n of [typename, ...names]) {
    if (!IDENTIFIER.test(n)) {
      throw pyError(ValueError, `Type names and field names must be valid identifiers: ${repr(n)}`);
    }
    if (KEYWORDS.has(n))
      throw pyError(ValueError, `Type names and field names cannot be a keyword: ${repr(n)}`);
  }
  const seen = new Set<string>();
  for (const n of names) {
    if (n.startsWith('_') && !rename) {
      throw pyError(ValueError, `Field names cannot start with an underscore: ${repr(n)}`);
    }
    if (seen.has(n)) throw pyError(ValueError, `Encountered duplicate field name: ${repr(n)}`);
    seen.add(n);
  }
  return names;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Binds __new__'s arguments to the fields like a Python signature `(cls, x, y=default, ...)` would. */
function bindFields(
  cls: PyType,
  fields: string[],
  defaults: Map<string, PyValue>,
  args: PyValue[],
  kwargs: Kwargs | null,
): PyValue[] {
  const name = `${cls.name}.__new__()`;
  if (args.length > fields.length) {
    throw pyError(
      TypeError,
      `${name} takes ${plural(fields.length + 1, 'positional argument')} but ${args.length + 1} were given`,
    );
  }
  const values: (PyValue | undefined)[] = fields.map((_, i) => args[i]);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = fields.indexOf(k);
      if (i < 0) throw pyError(TypeError, `${name} got an unexpected keyword argument '${k}'`);
      if (values[i] !== undefined)
        throw pyError(TypeError, `${name} got multiple values for argument '${k}'`);
      values[i] = v;
    }
  }
  const missing: string[] = [];
  fields.forEach((f, i) => {
    if (values[i] === undefined) {
      const d = defaults.get(f);
      if (d !== undefined) values[i] = d;
      else missing.push(f);
    }
  });
  if (missing.length > 0) {
    const quoted = missing.map((m) => `'${m}'`);
    const list =
      quoted.length === 1
        ? quoted[0]
        : quoted.length === 2
          ? `${quoted[0]} and ${quoted[1]}`
          : `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
    throw pyError(
      TypeError,
      `${name} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`,
    );
  }
  return values as PyValue[];
}

export function namedtuple(args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (args.length !== 2)
    throw pyError(TypeError, `namedtuple() takes 2 positional arguments but ${args.length} were given`);
  const opts = keywordOnly('namedtuple', kwargs, ['rename', 'defaults', 'module']);
  const typename = str(args[0]!);
  const fields = checkNames(typename, fieldNames(args[1]!), truthy(opts.get('rename') ?? false));
  const defaultValues = opts.get('defaults');
  const defaults = new Map<string, PyValue>();
  if (defaultValues !== undefined && defaultValues !== null) {
    const dv = toArray(defaultValues);
    if (dv.length > fields.length) throw pyError(TypeError, 'Got more default values than field names');
    dv.forEach((v, i) => defaults.set(fields[fields.length - dv.length + i]!, v));
  }
  const module = opts.get('module');
  const cls = new PyType(typename, [tupleType], new Map(), typeof module === 'string' ? module : '__main__');
  const make = (c: PyType, items: PyValue[]): PyTupleOf => new PyTupleOf(c, items);
  cls.dict.set(
    '__new__',
    nativeFunction(
      '__new__',
      (a, kw) => make(a[0] as PyType, bindFields(a[0] as PyType, fields, defaults, a.slice(1), kw)),
      cls,
    ),
  );
  cls.dict.set('_fields', new PyTuple(fields));
  const fd = new PyDict();
  for (const [k, v] of defaults) fd.table.set(k, v);
  cls.dict.set('_field_defaults', fd);
  cls.dict.set('__slots__', new PyTuple([]));
  fields.forEach((f, i) => {
    cls.dict.set(f, new PyProperty(nativeFunction(f, (a) => (a[0] as PyTuple).items[i]!)));
  });
  cls.dict.set(
    '_make',
    new PyClassMethod(
      nativeFunction('_make', (a) => {
        const items = toArray(a[1]!);
        if (items.length !== fields.length) {
          throw pyError(TypeError, `Expected ${fields.length} arguments, got ${items.length}`);
        }
        return make(a[0] as PyType, items);
      }),
    ),
  );
  defineMethods(cls, {
    __repr__: (a) => {
      const t = a[0] as PyTuple;
      return `${t.pyType().name}(${fields.map((f, i) => `${f}=${repr(t.items[i]!)}`).join(', ')})`;
    },
    _asdict: (a) => {
      const d = new PyDict();
      fields.forEach((f, i) => d.table.set(f, (a[0] as PyTuple).items[i]!));
      return d;
    },
    _replace: (a, kw) => {
      const t = a[0] as PyTuple;
      const items = t.items.slice();
      const unknown: string[] = [];
      for (const [k, v] of kw ?? new Map<string, PyValue>()) {
        const i = fields.indexOf(k);
        if (i < 0) unknown.push(k);
        else items[i] = v;
      }
      if (unknown.length > 0)
        throw pyError(ValueError, `Got unexpected field names: ${repr(new PyList(unknown))}`);
      return make(t.pyType(), items);
    },
    __getnewargs__: (a) => new PyTuple((a[0] as PyTuple).items.slice()),
  });
  return cls;
}
