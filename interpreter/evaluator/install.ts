// Wires the interpreter together before any program runs: the evaluator's services into the object model
// (objects/runtime.ts: the call protocol and attribute access that builtins and protocol code reach through
// rt()/callValue), and the modules that install themselves on load (the HashTable's hash hooks, the str and
// bytes methods).

import { installRuntime } from '../objects/runtime.ts';
import { getAttr, getAttrOrUndefined, setAttr } from './attributes.ts';
import { callValue } from './calls.ts';
import './exceptions.ts';
import { PyGenerator } from './generators.ts';
import './builtins-core.ts';
import '../objects/hash.ts';
import '../builtins/str/index.ts';

installRuntime({
  call: (fn, args, kwargs) => callValue(fn, args, kwargs ?? null),
  getAttr,
  getAttrOrUndefined,
  setAttr,
  generator: (body, name) => new PyGenerator(body, name, name, null),
});
