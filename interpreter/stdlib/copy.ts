// `copy`: shallow and deep copies of builtin containers, stdlib containers and class instances, honouring
// __copy__/__deepcopy__ and keeping shared references shared (the memo) in deep copies.

import { PyExceptionObject } from '../objects/exceptions.ts';
import { callDunder } from '../objects/iteration.ts';
import { newSet } from '../builtins/set.ts';
import { PyDictOf } from '../builtins/dict.ts';
import { PyListOf, PyTupleOf } from '../builtins/list.ts';
import { PyDeque } from './collections/deque.ts';
import {
  PyDict,
  PyInstance,
  PyList,
  PyObject,
  PySet,
  PyTuple,
  type PyModule,
  type PyValue,
} from '../objects/values.ts';
import { functions, makeModule } from './module.ts';

function dunder(v: PyObject, name: string): PyValue | undefined {
  const fn = v.pyType().lookup(name);
  return fn === undefined || fn === null ? undefined : fn;
}

function copyInstance(v: PyInstance, item: (x: PyValue) => PyValue): PyInstance {
  const out = v instanceof PyExceptionObject ? new PyExceptionObject(v.cls) : new PyInstance(v.cls);
  if (v instanceof PyExceptionObject && out instanceof PyExceptionObject) out.args = v.args.map(item);
  for (const [k, x] of v.dict) out.dict.set(k, item(x));
  return out;
}

export function shallowCopy(v: PyValue): PyValue {
  if (!(v instanceof PyObject)) return v;
  const custom = dunder(v, '__copy__');
  if (custom !== undefined) return callDunder(custom, v);
  if (v instanceof PyListOf) return new PyListOf(v.cls, v.items.slice());
  if (v instanceof PyList) return new PyList(v.items.slice());
  if (v instanceof PyDictOf) {
    const copyFn = dunder(v, 'copy');
    if (copyFn !== undefined) return callDunder(copyFn, v);
  }
  if (v instanceof PyDict) {
    const d = new PyDict();
    for (const e of v.table) d.table.set(e.key, e.value);
    return d;
  }
  if (v instanceof PySet) return v.frozen ? v : newSet(false, v);
  if (v instanceof PyDeque) return callDunder(dunder(v, 'copy')!, v);
  if (v instanceof PyInstance) return copyInstance(v, (x) => x);
  return v;
}

export function deepCopy(v: PyValue, memo: Map<PyObject, PyValue>): PyValue {
  if (!(v instanceof PyObject)) return v;
  const seen = memo.get(v);
  if (seen !== undefined) return seen;
  const custom = dunder(v, '__deepcopy__');
  if (custom !== undefined) {
    const r = callDunder(custom, v, new PyDict());
    memo.set(v, r);
    return r;
  }
  const item = (x: PyValue): PyValue => deepCopy(x, memo);
  if (v instanceof PyList) {
    const out = v instanceof PyListOf ? new PyListOf(v.cls, []) : new PyList([]);
    memo.set(v, out);
    for (const x of v.items) out.items.push(item(x));
    return out;
  }
  if (v instanceof PyTuple) {
    const items = v.items.map(item);
    // An immutable tuple whose items all stayed the same objects is returned as is, like CPython.
    if (items.every((x, i) => x === v.items[i])) return v;
    const out = v instanceof PyTupleOf ? new PyTupleOf(v.cls, items) : new PyTuple(items);
    memo.set(v, out);
    return out;
  }
  if (v instanceof PyDict) {
    const out = v instanceof PyDictOf ? new PyDictOf(v.cls) : new PyDict();
    if (v instanceof PyDictOf && out instanceof PyDictOf) out.defaultFactory = v.defaultFactory;
    memo.set(v, out);
    for (const e of v.table) out.table.set(item(e.key), item(e.value));
    return out;
  }
  if (v instanceof PySet) {
    const out = newSet(v.frozen, new PyList([...v.table].map((e) => item(e.key))));
    memo.set(v, out);
    return out;
  }
  if (v instanceof PyDeque) {
    const out = new PyDeque(v.cls);
    out.maxlen = v.maxlen;
    memo.set(v, out);
    out.items = v.items.map(item);
    return out;
  }
  if (v instanceof PyInstance) {
    const out = v instanceof PyExceptionObject ? new PyExceptionObject(v.cls) : new PyInstance(v.cls);
    memo.set(v, out);
    if (v instanceof PyExceptionObject && out instanceof PyExceptionObject) out.args = v.args.map(item);
    for (const [k, x] of v.dict) out.dict.set(k, item(x));
    return out;
  }
  return v;
}

export function copyModule(): PyModule {
  return makeModule('copy', {
    ...functions({
      copy: (args) => shallowCopy(args[0]!),
      deepcopy: (args) => deepCopy(args[0]!, new Map()),
    }),
  });
}
