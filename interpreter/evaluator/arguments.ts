// Binding call arguments to a user function's parameters, with CPython 3.11's TypeError messages.

import { TypeError, pyError } from '../objects/exceptions.ts';
import { PyDict, PyTuple, type Kwargs, type PyValue } from '../objects/values.ts';
import { NameScope } from '../parser/ast.ts';
import type { Frame, PyFunction } from './frame.ts';

export function bindArguments(fn: PyFunction, frame: Frame, args: PyValue[], kwargs: Kwargs | null): void {
  const code = fn.code;
  const nargs = code.argNames.length;
  const n = args.length;
  if (code.simpleSignature && code.paramsFast && (kwargs === null || kwargs.size === 0)) {
    const fast = frame.fast;
    if (n === nargs) {
      for (let i = 0; i < n; i++) fast[i] = args[i];
      return;
    }
    const defaults = fn.defaults;
    const firstDefault = nargs - defaults.length;
    if (n < nargs && n >= firstDefault) {
      for (let i = 0; i < n; i++) fast[i] = args[i];
      for (let i = n; i < nargs; i++) fast[i] = defaults[i - firstDefault];
      return;
    }
  }
  bindGeneral(fn, frame, args, kwargs);
}

function setParam(frame: Frame, fn: PyFunction, i: number, v: PyValue): void {
  const slot = fn.code.paramSlots[i]!;
  if (slot.scope === NameScope.Fast) frame.fast[slot.index] = v;
  else frame.cells[slot.index]!.value = v;
}

function quoteList(names: string[]): string {
  const q = names.map((x) => `'${x}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function bindGeneral(fn: PyFunction, frame: Frame, args: PyValue[], kwargs: Kwargs | null): void {
  const code = fn.code;
  const name = fn.qualname;
  const nargs = code.argNames.length;
  const nkwonly = code.kwonlyNames.length;
  const values: (PyValue | undefined)[] = new Array(nargs + nkwonly);
  const npos = Math.min(args.length, nargs);
  for (let i = 0; i < npos; i++) values[i] = args[i];
  let paramIndex = nargs + nkwonly;
  if (code.varargName !== null) {
    setParam(frame, fn, paramIndex++, new PyTuple(args.slice(nargs)));
  } else if (args.length > nargs) {
    const ndef = fn.defaults.length;
    const kwGiven =
      kwargs === null ? 0 : [...kwargs.keys()].filter((k) => code.kwonlyNames.includes(k)).length;
    const takes =
      ndef > 0
        ? `from ${nargs - ndef} to ${nargs} positional arguments`
        : `${nargs} positional argument${nargs === 1 ? '' : 's'}`;
    const given =
      kwGiven > 0
        ? `${args.length} positional argument${args.length === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were given`
        : `${args.length} ${args.length === 1 ? 'was' : 'were'} given`;
    throw pyError(TypeError, `${name}() takes ${takes} but ${given}`);
  }
  let extra: PyDict | null = null;
  if (code.kwargName !== null) extra = new PyDict();
  if (kwargs !== null) {
    const posonlyPassed: string[] = [];
    for (const [k, v] of kwargs) {
      let idx = code.argNames.indexOf(k);
      if (idx >= 0 && idx < code.posonlyCount) {
        if (extra !== null) {
          extra.table.set(k, v);
          continue;
        }
        posonlyPassed.push(k);
        continue;
      }
      if (idx < 0) {
        const j = code.kwonlyNames.indexOf(k);
        if (j >= 0) idx = nargs + j;
      }
      if (idx < 0) {
        if (extra !== null) {
          extra.table.set(k, v);
          continue;
        }
        throw pyError(TypeError, `${name}() got an unexpected keyword argument '${k}'`);
      }
      if (values[idx] !== undefined)
        throw pyError(TypeError, `${name}() got multiple values for argument '${k}'`);
      values[idx] = v;
    }
    if (posonlyPassed.length > 0) {
      throw pyError(
        TypeError,
        `${name}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(', ')}'`,
      );
    }
  }
  const firstDefault = nargs - fn.defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < nargs; i++) {
    if (values[i] !== undefined) continue;
    if (i >= firstDefault) values[i] = fn.defaults[i - firstDefault];
    else missing.push(code.argNames[i]!);
  }
  if (missing.length > 0) {
    throw pyError(
      TypeError,
      `${name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quoteList(missing)}`,
    );
  }
  for (let j = 0; j < nkwonly; j++) {
    if (values[nargs + j] !== undefined) continue;
    const d = fn.kwDefaults[j];
    if (d !== undefined) values[nargs + j] = d;
    else missing.push(code.kwonlyNames[j]!);
  }
  if (missing.length > 0) {
    throw pyError(
      TypeError,
      `${name}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${quoteList(missing)}`,
    );
  }
  for (let i = 0; i < nargs + nkwonly; i++) setParam(frame, fn, i, values[i]!);
  if (extra !== null) setParam(frame, fn, paramIndex, extra);
}
