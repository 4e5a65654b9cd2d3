// `operator`: the operators as functions, plus itemgetter, attrgetter and methodcaller objects.

import { binaryOp, inplaceOp, unaryOp, type BinaryOp } from '../objects/arithmetic.ts';
import { typeOf } from '../objects/builtin-types.ts';
import { richCompare, type CompareOp } from '../objects/compare.ts';
import { pyEq } from '../objects/equality.ts';
import { TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import { getIterator } from '../objects/iteration.ts';
import { repr } from '../objects/repr.ts';
import { callValue, rt } from '../objects/runtime.ts';
import { contains, delItem, getItem, requireIndex, setItem } from '../objects/subscript.ts';
import { truthy } from '../objects/truth.ts';
import type { PyType } from '../objects/type.ts';
import {
  PyNaN,
  PyObject,
  PyTuple,
  type Kwargs,
  type NativeImpl,
  type PyModule,
  type PyValue,
} from '../objects/values.ts';
import { nativeFunction } from '../builtins/define.ts';
import { functions, makeClass, makeModule } from './module.ts';

class PyGetter extends PyObject {
  constructor(
    readonly cls: PyType,
    readonly items: PyValue[],
    readonly kwargs: Kwargs | null = null,
  ) {
    super();
  }
  pyType(): PyType {
    return this.cls;
  }
}

function getterClass(
  name: string,
  call: (g: PyGetter, obj: PyValue[], kw: Kwargs | null) => PyValue,
  check?: (args: PyValue[]) => void,
): PyType {
  const cls: PyType = makeClass(name, 'operator', [], {
    __call__: (args, kwargs) => call(args[0] as PyGetter, args.slice(1), kwargs),
    __repr__: (args) => {
      const g = args[0] as PyGetter;
      const parts = g.items.map((x) => repr(x));
      if (g.kwargs) for (const [k, v] of g.kwargs) parts.push(`${k}=${repr(v)}`);
      return `operator.${name}(${parts.join(', ')})`;
    },
  });
  cls.dict.set(
    '__new__',
    nativeFunction('__new__', (args, kwargs) => {
      check?.(args.slice(1));
      return new PyGetter(cls, args.slice(1), kwargs);
    }),
  );
  return cls;
}

function oneObject(name: string, obj: PyValue[]): PyValue {
  if (obj.length !== 1) throw pyError(TypeError, `${name} expected 1 argument, got ${obj.length}`);
  return obj[0]!;
}

function dotted(obj: PyValue, path: PyValue): PyValue {
  let v = obj;
  for (const part of String(path).split('.')) v = rt().getAttr(v, part);
  return v;
}

const itemgetterType = getterClass(
  'itemgetter',
  (g, obj) => {
    const o = oneObject('itemgetter', obj);
    if (g.items.length === 1) return getItem(o, g.items[0]!);
    return new PyTuple(g.items.map((k) => getItem(o, k)));
  },
  (args) => {
    if (args.length === 0) throw pyError(TypeError, 'itemgetter expected 1 argument, got 0');
  },
);

const attrgetterType = getterClass(
  'attrgetter',
  (g, obj) => {
    const o = oneObject('attrgetter', obj);
    if (g.items.length === 1) return dotted(o, g.items[0]!);
    return new PyTuple(g.items.map((k) => dotted(o, k)));
  },
  (args) => {
    if (args.length === 0) throw pyError(TypeError, 'attrgetter expected 1 argument, got 0');
    for (const a of args)
      if (typeof a !== 'string') throw pyError(TypeError, 'attribute name must be a string');
  },
);

const methodcallerType = getterClass(
  'methodcaller',
  (g, obj) =>
    callValue(rt().getAttr(oneObject('methodcaller', obj), String(g.items[0])), g.items.slice(1), g.kwargs),
  (args) => {
    if (args.length === 0)
      throw pyError(TypeError, 'methodcaller needs at least one argument, the method name');
    if (typeof args[0] !== 'string') throw pyError(TypeError, 'method name must be a string');
  },
);

function binary(op: BinaryOp): NativeImpl {
  return (args) => binaryOp(op, args[0]!, args[1]!);
}

function inplace(op: BinaryOp): NativeImpl {
  return (args) => inplaceOp(op, args[0]!, args[1]!);
}

function compare(op: CompareOp): NativeImpl {
  return (args) => richCompare(op, args[0]!, args[1]!);
}

export function operatorModule(): PyModule {
  const impls: Record<string, NativeImpl> = {
    add: binary('+'),
    sub: binary('-'),
    mul: binary('*'),
    truediv: binary('/'),
    floordiv: binary('//'),
    mod: binary('%'),
    pow: binary('**'),
    lshift: binary('<<'),
    rshift: binary('>>'),
    and_: binary('&'),
    or_: binary('|'),
    xor: binary('^'),
    matmul: binary('@'),
    iadd: inplace('+'),
    isub: inplace('-'),
    imul: inplace('*'),
    itruediv: inplace('/'),
    ifloordiv: inplace('//'),
    imod: inplace('%'),
    ipow: inplace('**'),
    ilshift: inplace('<<'),
    irshift: inplace('>>'),
    iand: inplace('&'),
    ior: inplace('|'),
    ixor: inplace('^'),
    iconcat: inplace('+'),
    neg: (args) => unaryOp('-', args[0]!),
    pos: (args) => unaryOp('+', args[0]!),
    invert: (args) => unaryOp('~', args[0]!),
    inv: (args) => unaryOp('~', args[0]!),
    abs: (args) => callValue(rt().getAttr(args[0]!, '__abs__'), []),
    not_: (args) => !truthy(args[0]!),
    truth: (args) => truthy(args[0]!),
    is_: (args) => args[0] === args[1],
    is_not: (args) => !(args[0] === args[1]),
    eq: compare('=='),
    ne: compare('!='),
    lt: compare('<'),
    le: compare('<='),
    gt: compare('>'),
    ge: compare('>='),
    index: (args) => requireIndex(args[0]!),
    concat: (args) => {
      const [a, b] = args as [PyValue, PyValue];
      if (typeof a === 'bigint' || typeof a === 'number' || typeof a === 'boolean' || a instanceof PyNaN) {
        throw pyError(TypeError, `'${typeOf(a).name}' object can't be concatenated`);
      }
      return binaryOp('+', a, b);
    },
    contains: (args) => contains(args[0]!, args[1]!),
    countOf: (args) => {
      let n = 0n;
      const it = getIterator(args[0]!);
      for (let x = it.next(); x !== undefined; x = it.next()) if (x === args[1] || pyEq(x, args[1]!)) n++;
      return n;
    },
    indexOf: (args) => {
      let i = 0n;
      const it = getIterator(args[0]!);
      for (let x = it.next(); x !== undefined; x = it.next(), i++)
        if (x === args[1] || pyEq(x, args[1]!)) return i;
      throw pyError(ValueError, 'sequence.index(x): x not in sequence');
    },
    getitem: (args) => getItem(args[0]!, args[1]!),
    setitem: (args) => {
      setItem(args[0]!, args[1]!, args[2]!);
      return null;
    },
    delitem: (args) => {
      delItem(args[0]!, args[1]!);
      return null;
    },
  };
  return makeModule('operator', {
    ...functions(impls),
    itemgetter: itemgetterType,
    attrgetter: attrgetterType,
    methodcaller: methodcallerType,
  });
}
