// Python exceptions are ordinary Python objects (instances of the BaseException tree, user subclasses
// included). Host code raises one by throwing a PyError that carries the exception object.

import { objectType, typeOf } from './builtin-types.ts';
import { PyType } from './type.ts';
import { PyInstance, type PyValue } from './values.ts';

/** An instance of BaseException or a subclass. `args` is a slot, as in CPython, not part of `__dict__`. */
export class PyExceptionObject extends PyInstance {
  args: PyValue[] = [];
  /** `raise X from Y` sets both; an implicit context is kept for completeness of `__context__`. */
  cause: PyValue = null;
  context: PyValue = null;
  suppressContext = false;
  /** Line where it was raised, for error reports (1-based; 0 when unknown). */
  line = 0;
  column = 0;
}

/** The host-side carrier of a raised Python exception. */
export class PyError extends Error {
  constructor(public readonly exc: PyExceptionObject) {
    super(exc.cls.name);
  }
}

const exceptionTypes = new Map<string, PyType>();
function exc(name: string, base: PyType | null): PyType {
  const t = new PyType(name, [base ?? objectType]);
  exceptionTypes.set(name, t);
  return t;
}

export const BaseException = exc('BaseException', null);
export const SystemExit = exc('SystemExit', BaseException);
export const KeyboardInterrupt = exc('KeyboardInterrupt', BaseException);
export const GeneratorExit = exc('GeneratorExit', BaseException);
export const Exception = exc('Exception', BaseException);
export const StopIteration = exc('StopIteration', Exception);
export const ArithmeticError = exc('ArithmeticError', Exception);
export const FloatingPointError = exc('FloatingPointError', ArithmeticError);
export const OverflowError = exc('OverflowError', ArithmeticError);
export const ZeroDivisionError = exc('ZeroDivisionError', ArithmeticError);
export const AssertionError = exc('AssertionError', Exception);
export const AttributeError = exc('AttributeError', Exception);
export const BufferError = exc('BufferError', Exception);
export const EOFError = exc('EOFError', Exception);
export const ImportError = exc('ImportError', Exception);
export const ModuleNotFoundError = exc('ModuleNotFoundError', ImportError);
export const LookupError = exc('LookupError', Exception);
export const IndexError = exc('IndexError', LookupError);
export const KeyError = exc('KeyError', LookupError);
export const MemoryError = exc('MemoryError', Exception);
export const NameError = exc('NameError', Exception);
export const UnboundLocalError = exc('UnboundLocalError', NameError);
export const OSError = exc('OSError', Exception);
export const ReferenceError = exc('ReferenceError', Exception);
export const RuntimeError = exc('RuntimeError', Exception);
export const NotImplementedError = exc('NotImplementedError', RuntimeError);
export const RecursionError = exc('RecursionError', RuntimeError);
export const SyntaxError = exc('SyntaxError', Exception);
export const IndentationError = exc('IndentationError', SyntaxError);
export const SystemError = exc('SystemError', Exception);
export const TypeError = exc('TypeError', Exception);
export const ValueError = exc('ValueError', Exception);
export const UnicodeError = exc('UnicodeError', ValueError);
export const UnicodeDecodeError = exc('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = exc('UnicodeEncodeError', UnicodeError);
export const Warning = exc('Warning', Exception);

/** Every builtin exception type by name, for the builtins namespace. */
export function builtinExceptionTypes(): ReadonlyMap<string, PyType> {
  return exceptionTypes;
}

export function isExceptionType(t: PyType): boolean {
  return t.isSubtypeOf(BaseException);
}

/** Creates an exception object without running Python code (for host-raised errors). */
export function makeException(type: PyType, args: PyValue[]): PyExceptionObject {
  const e = new PyExceptionObject(type);
  e.args = args;
  return e;
}

/** `throw pyError(ValueError, 'message')`: raises a builtin exception from host code. */
export function pyError(type: PyType, message?: string | PyValue): PyError {
  return new PyError(makeException(type, message === undefined ? [] : [message]));
}

/** True when `v` is an exception object of type `t` (or a subclass). */
export function exceptionMatches(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}
