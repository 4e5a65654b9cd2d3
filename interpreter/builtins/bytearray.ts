// bytearray: a mutable sequence of bytes. Construction reuses bytes(); the methods are the list-like ones
// programs use (append/extend/pop/insert/remove/reverse/clear) plus decode/hex/find/count/index.

import { bytesFormat } from '../objects/arithmetic.ts';
import { bytesType, NotImplemented, objectType, typeOf } from '../objects/builtin-types.ts';
import { IndexError, TypeError, ValueError, pyError } from '../objects/exceptions.ts';
import { installIteratorMethods, toArray } from '../objects/iteration.ts';
import { callValue } from '../objects/runtime.ts';
import { bytesRepr } from '../objects/str-repr.ts';
import { normalizeSlice, requireIndex } from '../objects/subscript.ts';
import { PyType } from '../objects/type.ts';
import { PyBytes, PyIterator, PyList, PyObject, PySlice, type PyValue } from '../objects/values.ts';
import { defineMethods, nativeFunction } from './define.ts';
import { decode } from './constructors.ts';
import { hexWithSeparator } from './str/bytes.ts';

export const bytearrayType = new PyType('bytearray', [objectType]);
const bytearrayIteratorType = new PyType('bytearray_iterator', [objectType]);
installIteratorMethods(bytearrayIteratorType);

export class PyByteArray extends PyObject {
  constructor(public data: number[]) {
    super();
  }
  pyType(): PyType {
    return bytearrayType;
  }
}

function self(args: PyValue[]): PyByteArray {
  return args[0] as PyByteArray;
}

function byteValue(v: PyValue): number {
  const i = requireIndex(v);
  if (i < 0n || i > 255n) throw pyError(ValueError, 'byte must be in range(0, 256)');
  return Number(i);
}

/** The bytes of any bytes-like value (bytes, bytearray) or undefined. */
export function bytesOf(v: PyValue): number[] | undefined {
  if (v instanceof PyByteArray) return v.data;
  if (v instanceof PyBytes) return Array.from(v.data);
  return undefined;
}

function position(d: number[], key: PyValue): number {
  let i = requireIndex(key);
  if (i < 0n) i += BigInt(d.length);
  if (i < 0n || i >= BigInt(d.length)) throw pyError(IndexError, 'bytearray index out of range');
  return Number(i);
}

function find(d: number[], needle: PyValue): number {
  const sub = bytesOf(needle) ?? [byteValue(needle)];
  outer: for (let s = 0; s + sub.length <= d.length; s++) {
    for (let k = 0; k < sub.length; k++) if (d[s + k] !== sub[k]) continue outer;
    return s;
  }
  return -1;
}

export function installByteArray(): void {
  bytearrayType.dict.set(
    '__new__',
    nativeFunction(
      '__new__',
      (args, kwargs) => {
        if (args.length === 1) return new PyByteArray([]);
        const src = args[1]!;
        if (src instanceof PyByteArray) return new PyByteArray(src.data.slice());
        const b = callValue(bytesType, args.slice(1), kwargs) as PyBytes;
        return new PyByteArray(Array.from(b.data));
      },
      bytearrayType,
    ),
  );
  bytearrayType.dict.set('__hash__', null);
  defineMethods(bytearrayType, {
    __repr__: (args) => `bytearray(${bytesRepr(Uint8Array.from(self(args).data), 'b', true)})`,
    __len__: (args) => BigInt(self(args).data.length),
    __iter__: (args) => {
      const d = self(args);
      let i = 0;
      return new PyIterator(bytearrayIteratorType, () =>
        i < d.data.length ? BigInt(d.data[i++]!) : undefined,
      );
    },
    __getitem__: (args) => {
      const d = self(args).data;
      const key = args[1]!;
      if (key instanceof PySlice) {
        const { start, step, count } = normalizeSlice(key, d.length);
        const out: number[] = [];
        for (let i = 0, j = start; i < count; i++, j += step) out.push(d[j]!);
        return new PyByteArray(out);
      }
      return BigInt(d[position(d, key)]!);
    },
    __setitem__: (args) => {
      const d = self(args).data;
      const key = args[1]!;
      if (key instanceof PySlice) {
        const { start, stop, step, count } = normalizeSlice(key, d.length);
        const src = bytesOf(args[2]!) ?? toArray(args[2]!).map(byteValue);
        if (step === 1) d.splice(start, Math.max(0, stop - start), ...src);
        else {
          if (src.length !== count) {
            throw pyError(
              ValueError,
              `attempt to assign bytes of size ${src.length} to extended slice of size ${count}`,
            );
          }
          for (let i = 0, j = start; i < count; i++, j += step) d[j] = src[i]!;
        }
        return null;
      }
      d[position(d, key)] = byteValue(args[2]!);
      return null;
    },
    __delitem__: (args) => {
      const ba = self(args);
      const key = args[1]!;
      if (key instanceof PySlice) {
        const { start, step, count } = normalizeSlice(key, ba.data.length);
        const drop = new Set<number>();
        for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
        ba.data = ba.data.filter((_, i) => !drop.has(i));
        return null;
      }
      ba.data.splice(position(ba.data, key), 1);
      return null;
    },
    __contains__: (args) => find(self(args).data, args[1]!) >= 0,
    __eq__: (args) => {
      const other = bytesOf(args[1]!);
      if (other === undefined) return NotImplemented;
      const d = self(args).data;
      return d.length === other.length && d.every((b, i) => b === other[i]);
    },
    __add__: (args) => {
      const other = bytesOf(args[1]!);
      if (other === undefined) throw pyError(TypeError, `can't concat ${typeOf(args[1]!).name} to bytearray`);
      return new PyByteArray([...self(args).data, ...other]);
    },
    __iadd__: (args) => {
      const other = bytesOf(args[1]!);
      if (other === undefined) throw pyError(TypeError, `can't concat ${typeOf(args[1]!).name} to bytearray`);
      self(args).data.push(...other);
      return args[0]!;
    },
    __mod__: (args) => new PyByteArray(Array.from(bytesFormat(self(args).data, args[1]!).data)),
    __mul__: (args) => {
      const n = Number(requireIndex(args[1]!));
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push(...self(args).data);
      return new PyByteArray(out);
    },
    append: (args) => {
      self(args).data.push(byteValue(args[1]!));
      return null;
    },
    extend: (args) => {
      const src = bytesOf(args[1]!) ?? toArray(args[1]!).map(byteValue);
      self(args).data.push(...src);
      return null;
    },
    insert: (args) => {
      const d = self(args).data;
      let i = Number(requireIndex(args[1]!));
      if (i < 0) i = Math.max(0, i + d.length);
      d.splice(Math.min(i, d.length), 0, byteValue(args[2]!));
      return null;
    },
    pop: (args) => {
      const d = self(args).data;
      if (d.length === 0) throw pyError(IndexError, 'pop from empty bytearray');
      if (args.length === 1) return BigInt(d.pop()!);
      let i = requireIndex(args[1]!);
      if (i < 0n) i += BigInt(d.length);
      if (i < 0n || i >= BigInt(d.length)) throw pyError(IndexError, 'pop index out of range');
      return BigInt(d.splice(Number(i), 1)[0]!);
    },
    remove: (args) => {
      const d = self(args).data;
      const i = d.indexOf(byteValue(args[1]!));
      if (i < 0) throw pyError(ValueError, 'value not found in bytearray');
      d.splice(i, 1);
      return null;
    },
    reverse: (args) => {
      self(args).data.reverse();
      return null;
    },
    clear: (args) => {
      self(args).data = [];
      return null;
    },
    copy: (args) => new PyByteArray(self(args).data.slice()),
    decode: (args) =>
      decode(
        Uint8Array.from(self(args).data),
        typeof args[1] === 'string' ? args[1] : 'utf-8',
        typeof args[2] === 'string' ? args[2] : 'strict',
      ),
    hex: (args, kwargs) => hexWithSeparator(self(args).data, args.slice(1), kwargs),
    find: (args) => BigInt(find(self(args).data, args[1]!)),
    index: (args) => {
      const i = find(self(args).data, args[1]!);
      if (i < 0) throw pyError(ValueError, 'subsection not found');
      return BigInt(i);
    },
    count: (args) => {
      const d = self(args).data;
      const sub = bytesOf(args[1]!) ?? [byteValue(args[1]!)];
      let n = 0n;
      for (let s = 0; s + sub.length <= d.length;) {
        if (sub.every((b, k) => d[s + k] === b)) {
          n++;
          s += Math.max(sub.length, 1);
        } else s++;
      }
      return n;
    },
    tolist: (args) => new PyList(self(args).data.map(BigInt)),
  });
}
