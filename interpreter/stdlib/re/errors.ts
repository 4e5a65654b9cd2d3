// re.error: an Exception subclass that lives in the `re` module, carrying msg, pattern, pos, lineno and
// colno as CPython's does.

import { Exception, pyError } from '../../objects/exceptions.ts';
import { PyType } from '../../objects/type.ts';

export function exceptionTypeNamed(name: string, module: string): PyType {
  return new PyType(name, [Exception], new Map(), module);
}

export function raiseRegexError(type: PyType, msg: string, pattern: string, pos: number | null): never {
  let text = msg;
  let lineno: bigint | null = null;
  let colno: bigint | null = null;
  if (pos !== null) {
    const before = pattern.slice(0, pos);
    // Python counts the position in code points.
    const cpPos = Array.from(before).length;
    text = `${msg} at position ${cpPos}`;
    lineno = BigInt(before.split('\n').length);
    colno = BigInt(cpPos - Array.from(before.slice(0, before.lastIndexOf('\n') + 1)).length + 1);
    if (pattern.includes('\n')) text += ` (line ${lineno}, column ${colno})`;
  }
  const err = pyError(type, text);
  const dict = err.exc.dict;
  dict.set('msg', msg);
  dict.set('pattern', pattern);
  dict.set('pos', pos === null ? null : BigInt(Array.from(pattern.slice(0, pos)).length));
  dict.set('lineno', lineno);
  dict.set('colno', colno);
  throw err;
}
