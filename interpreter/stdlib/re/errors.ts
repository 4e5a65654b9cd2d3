// re.error: an Exception subclass that lives in the `re` module.

import { Exception } from '../../objects/exceptions.ts';
import { PyType } from '../../objects/type.ts';

export function exceptionTypeNamed(name: string, module: string): PyType {
  return new PyType(name, [Exception], new Map(), module);
}
