// Installs the evaluator's services into the object model (objects/runtime.ts): the call protocol and
// attribute access that builtins and protocol code reach through rt()/callValue.

import { installRuntime } from '../objects/runtime.ts';
import { getAttr, getAttrOrUndefined, setAttr } from './attributes.ts';
import { callValue } from './calls.ts';
import './exceptions.ts';
import './generators.ts';
import './builtins-core.ts';

installRuntime({
  call: (fn, args, kwargs) => callValue(fn, args, kwargs ?? null),
  getAttr,
  getAttrOrUndefined,
  setAttr,
});
