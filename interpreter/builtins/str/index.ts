// Registers every str and bytes method on the builtin types. Importing this module installs them once.

import { bytesType, strType } from '../../objects/builtin-types.ts';
import { PyStaticMethod } from '../../objects/values.ts';
import { defineMethods, nativeFunction } from '../define.ts';
import { bytesMethods } from './bytes.ts';
import { caseMethods } from './case.ts';
import { padMethods } from './pad.ts';
import { searchMethods } from './search.ts';
import { splitMethods } from './split.ts';
import { maketransImpl, transformMethods } from './transform.ts';

let installed = false;

export function installStrMethods(): void {
  if (installed) return;
  installed = true;
  defineMethods(strType, {
    ...searchMethods,
    ...splitMethods,
    ...caseMethods,
    ...padMethods,
    ...transformMethods,
  });
  strType.dict.set('maketrans', new PyStaticMethod(nativeFunction('maketrans', maketransImpl, strType)));
  defineMethods(bytesType, bytesMethods);
}

installStrMethods();
