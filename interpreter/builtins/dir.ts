// dir(): the sorted attribute names CPython 3.11 lists. For builtin types the names come from a table taken
// from CPython (our type objects hold only the methods we implement); for classes a program defines, from
// their namespaces along the MRO plus the entries CPython's class creation adds.

import { typeOf } from '../objects/builtin-types.ts';
import { TypeError, pyError } from '../objects/exceptions.ts';
import { getIterator } from '../objects/iteration.ts';
import { callValue } from '../objects/runtime.ts';
import { PyType } from '../objects/type.ts';
import { PyList, PyModule, PyObject, type Kwargs, type PyValue } from '../objects/values.ts';
import { callerLocals } from '../evaluator/dynamic-code.ts';
import { nativeFunction } from './define.ts';
import { ownDirNames } from './dir-names.ts';

const tableNames = new Map<string, readonly string[]>();
for (const [type, names] of Object.entries(ownDirNames)) tableNames.set(type, names.split(' '));

/** Attributes every module has in CPython, whether or not our module objects store them. */
const moduleNames = ['__doc__', '__loader__', '__name__', '__package__', '__spec__'];

function isProgramClass(t: PyType): boolean {
  return t.module === '__main__';
}

/** Names one class contributes to dir() of itself, its subclasses and its instances. */
function ownNames(t: PyType): Iterable<string> {
  if (!isProgramClass(t)) return tableNames.get(t.name) ?? t.dict.keys();
  const names = new Set(t.dict.keys());
  // CPython keeps __qualname__ in the type, not its __dict__; it adds __doc__, and __dict__/__weakref__
  // slots unless the class declares __slots__.
  names.delete('__qualname__');
  names.add('__doc__');
  names.add('__module__');
  if (!t.dict.has('__slots__')) {
    names.add('__dict__');
    names.add('__weakref__');
  }
  return names;
}

function typeNames(t: PyType, into: Set<string>): void {
  for (const m of t.mro) for (const n of ownNames(m)) into.add(n);
  // Every MRO ends in object, whose names the table holds.
  for (const n of tableNames.get('object')!) into.add(n);
}

function sortedList(names: Iterable<string>): PyList {
  return new PyList([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** dir(obj) for one object. */
export function dirOf(obj: PyValue): PyList {
  const names = new Set<string>();
  if (obj instanceof PyModule) {
    for (const k of obj.dict.keys()) names.add(k);
    for (const k of moduleNames) names.add(k);
    return sortedList(names);
  }
  if (obj instanceof PyType) {
    typeNames(obj, names);
    return sortedList(names);
  }
  const t = typeOf(obj);
  const custom = isProgramClass(t) ? t.lookup('__dir__') : undefined;
  if (custom !== undefined) {
    const it = getIterator(callValue(custom, [obj]));
    const out: string[] = [];
    for (let v = it.next(); v !== undefined; v = it.next()) {
      if (typeof v !== 'string') throw pyError(TypeError, "'<' not supported between instances of str");
      out.push(v);
    }
    return sortedList(out);
  }
  // Instances of program classes (and of builtin subclasses, and functions) keep attributes in `dict`.
  const own = obj instanceof PyObject ? (obj as { dict?: unknown }).dict : undefined;
  if (own instanceof Map) for (const k of own.keys()) if (typeof k === 'string') names.add(k);
  typeNames(t, names);
  return sortedList(names);
}

function dirBuiltin(args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (kwargs !== null && kwargs.size > 0) throw pyError(TypeError, 'dir() takes no keyword arguments');
  if (args.length > 1) throw pyError(TypeError, `dir expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return sortedList(callerLocals().keys());
  return dirOf(args[0]!);
}

export function dirBuiltins(): Map<string, PyValue> {
  return new Map([['dir', nativeFunction('dir', dirBuiltin)]]);
}
