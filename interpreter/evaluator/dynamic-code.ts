// eval, exec, globals and locals: builtins that act on their caller's scope (S.frame) or on dicts the program
// passes. Dynamic code is parsed by our parser and runs in our evaluator, under the run's step and depth
// limits and with the sandbox's imports, in a frame of its own:
//   - globals: the caller's module namespace, or the namespace behind a dict (namespace-dict.ts);
//   - locals: when they are the globals, top-level names are globals (as module code); otherwise they live
//     in a separate Map and resolve as class-body names (the Map, then globals, then builtins), which is
//     CPython's LOAD_NAME order.
// A function's locals are a Map kept per frame and refreshed from its fast locals and cells on each use,
// like CPython 3.11's f_locals: exec writes go there, never into the function's variables.

import { nativeFunction } from '../builtins/define.ts';
import { typeOf } from '../objects/builtin-types.ts';
import {
  makeException,
  PyError,
  PyExceptionObject,
  SyntaxError,
  TypeError,
  pyError,
} from '../objects/exceptions.ts';
import { repr, str } from '../objects/repr.ts';
import { PyBytes, PyDict, PyModule, PyTuple, type Kwargs, type PyValue } from '../objects/values.ts';
import { NameScope, type Expr, type Module, type Stmt } from '../parser/ast.ts';
import { PySyntaxError } from '../parser/errors.ts';
import { parseDynamic } from '../parser/index.ts';
import { getAttrOrUndefined } from './attributes.ts';
import { enterCall } from './calls.ts';
import { compileExpr, type Ev } from './compile-expr.ts';
import { compileBlock } from './compile-stmt.ts';
import { Frame, S } from './frame.ts';
import { dictNamespace, namespaceDict } from './namespace-dict.ts';
import { findBracketError } from '../parser/bracket-errors.ts';

type Namespace = Map<string, PyValue>;

/** The frame whose scope eval/exec/globals/locals/dir act on. */
function callerFrame(): Frame {
  // Outside any frame (a call expression evaluated by compare()) there is a module scope of its own.
  return S.frame ?? (S.frame = new Frame(null, new Map([['__name__', '__main__']]), [], null, null));
}

const functionLocals = new WeakMap<Frame, Namespace>();

/** The caller's locals as a namespace: the module's globals, exec's locals Map, or a function's f_locals. */
export function frameLocals(f: Frame): Namespace {
  if (f.ns !== null) return f.ns;
  if (f.code === null) return f.globals;
  let ns = functionLocals.get(f);
  if (ns === undefined) {
    ns = new Map();
    functionLocals.set(f, ns);
  }
  fastToLocals(f, ns);
  return ns;
}

/** Copies a function's variables into its locals Map in CPython's order: parameters, locals, cells, free. */
function fastToLocals(f: Frame, ns: Namespace): void {
  const code = f.code!;
  const put = (name: string, v: PyValue | undefined): void => {
    if (v === undefined) ns.delete(name);
    else ns.set(name, v);
  };
  const params = [...code.argNames, ...code.kwonlyNames];
  if (code.varargName !== null) params.push(code.varargName);
  if (code.kwargName !== null) params.push(code.kwargName);
  const isParam = new Set(params);
  code.paramSlots.forEach((slot, i) => {
    put(params[i]!, slot.scope === NameScope.Fast ? f.fast[slot.index] : f.cells[slot.index]!.value);
  });
  code.fastNames.forEach((name, i) => {
    if (!isParam.has(name)) put(name, f.fast[i]);
  });
  code.cellNames.forEach((name, i) => {
    if (!isParam.has(name)) put(name, f.cells[i]!.value);
  });
}

/** The dict for a namespace; a function's locals dict is a snapshot, as in CPython 3.11. */
export function localsDict(): PyDict {
  return namespaceDict(frameLocals(callerFrame()));
}

export function globalsDict(): PyDict {
  return namespaceDict(callerFrame().globals);
}

/** Source text of eval/exec's first argument. */
function sourceText(fname: string, v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(v.data);
    } catch {
      throw syntaxError("(unicode error) 'utf-8' codec can't decode bytes", 1, 0, '');
    }
  }
  throw pyError(TypeError, `${fname}() arg 1 must be a string, bytes or code object`);
}

function isMappingLike(v: PyValue): boolean {
  return v instanceof PyDict || getAttrOrUndefined(v, '__getitem__') !== undefined;
}

/** A SyntaxError as CPython raises it for `<string>` sources (args, msg, lineno, offset, text). */
function syntaxError(msg: string, line: number, col: number, text: string): PyError {
  const details = new PyTuple(['<string>', BigInt(line), BigInt(col), text, BigInt(line), BigInt(col)]);
  const exc = makeException(SyntaxError, [msg, details]);
  const attrs: [string, PyValue][] = [
    ['msg', msg],
    ['filename', '<string>'],
    ['lineno', BigInt(line)],
    ['offset', BigInt(col)],
    ['text', text],
    ['end_lineno', BigInt(line)],
    ['end_offset', BigInt(col)],
    ['print_file_and_line', null],
  ];
  for (const [k, v] of attrs) exc.dict.set(k, v);
  return new PyError(exc);
}

// CPython's SyntaxError prints its location: `invalid syntax (<string>, line 1)`.
SyntaxError.dict.set(
  '__str__',
  nativeFunction('__str__', (args) => {
    const exc = args[0];
    if (!(exc instanceof PyExceptionObject)) return '';
    // SyntaxError(msg, (filename, lineno, offset, text, ...)) as a program may build one.
    const details = exc.args[1] instanceof PyTuple ? exc.args[1].items : [];
    const msg = exc.dict.get('msg') ?? exc.args[0] ?? null;
    const file = exc.dict.get('filename') ?? details[0];
    const line = exc.dict.get('lineno') ?? details[1];
    if (typeof file === 'string' && typeof line === 'bigint') return `${str(msg)} (${file}, line ${line})`;
    if (typeof line === 'bigint') return `${str(msg)} (line ${line})`;
    // CPython prints the msg slot, None when no argument set it.
    return exc.args.length <= 1 ? str(exc.args[0] ?? null) : repr(new PyTuple(exc.args));
  }),
);

/** A `return` outside any function (our parser accepts one at module level; CPython does not). */
function strayReturn(body: Stmt[]): Stmt | null {
  for (const s of body) {
    let inner: Stmt[][] = [];
    switch (s.kind) {
      case 'Return':
        return s;
      case 'If':
      case 'While':
      case 'For':
        inner = [s.body, s.orelse];
        break;
      case 'Try':
        inner = [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
        break;
      case 'With':
      case 'ClassDef':
        inner = [s.body];
        break;
      case 'Match':
        inner = s.cases.map((c) => c.body);
        break;
    }
    for (const b of inner) {
      const r = strayReturn(b);
      if (r !== null) return r;
    }
  }
  return null;
}

function parse(text: string, mode: 'exec' | 'eval', names: 'global' | 'mapping'): Module {
  try {
    const mod = parseDynamic(text, mode, names);
    const ret = strayReturn(mod.body);
    if (ret !== null) throw new PySyntaxError("'return' outside function", ret.line, ret.col);
    return mod;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const bracket = e.message === 'invalid syntax' ? findBracketError(text) : null;
    const { message, line, column } = bracket ?? e;
    const lineText = line > 0 ? (text.split('\n')[line - 1] ?? '') : '';
    throw syntaxError(message, line, column, lineText);
  }
}

const compiledExprs = new WeakMap<Expr, Ev>();

/** Per run (keyed by the run's module table): a program may assign to the module's attributes. */
const builtinsModules = new WeakMap<Map<string, PyValue>, PyModule>();

/**
 * The `builtins` module exec/eval put in a globals dict. Its namespace adds the module's own `__name__`,
 * which code run against a fresh dict sees (`eval('__name__', {})` is 'builtins').
 */
function builtinsModule(): PyModule {
  let m = builtinsModules.get(S.modules);
  if (m === undefined) {
    m = new PyModule('builtins', new Map([...S.builtins, ['__name__', 'builtins']]));
    builtinsModules.set(S.modules, m);
  }
  return m;
}

/** The builtins dynamic code sees: those named by its globals' `__builtins__`, else the run's own. */
function builtinsFor(globals: Namespace): Namespace {
  const b = globals.get('__builtins__');
  if (b instanceof PyDict) return dictNamespace(b);
  if (b instanceof PyModule) return b.dict;
  return S.builtins;
}

interface Scopes {
  globals: Namespace;
  locals: Namespace;
}

/** Resolves eval/exec's globals and locals arguments (None or absent: the caller's). */
function scopes(globalsArg: PyValue | undefined, localsArg: PyValue | undefined): Scopes {
  const locals = localsArg === undefined || localsArg === null ? null : dictNamespace(localsArg as PyDict);
  if (globalsArg === undefined || globalsArg === null) {
    const caller = callerFrame();
    return { globals: caller.globals, locals: locals ?? frameLocals(caller) };
  }
  const globals = dictNamespace(globalsArg as PyDict);
  // CPython gives a globals dict without `__builtins__` a reference to the builtins.
  if (!globals.has('__builtins__')) {
    (globalsArg as PyDict).table.set('__builtins__', builtinsModule());
  }
  return { globals, locals: locals ?? globals };
}

function run(text: string, mode: 'exec' | 'eval', { globals, locals }: Scopes): PyValue {
  const shared = locals === globals;
  const mod = parse(text, mode, shared ? 'global' : 'mapping');
  const frame = new Frame(null, globals, [], shared ? null : locals, null);
  enterCall();
  const saved = { frame: S.frame, sink: S.sink, builtins: S.builtins, line: S.line };
  S.frame = frame;
  // Dynamic code is opaque to traces (like a builtin call): its lines belong to another text.
  S.sink = null;
  S.builtins = builtinsFor(globals);
  try {
    if (mode === 'eval') {
      const expr = (mod.body[0] as { value: Expr }).value;
      let ev = compiledExprs.get(expr);
      if (ev === undefined) {
        ev = compileExpr(expr);
        compiledExprs.set(expr, ev);
      }
      return ev(frame);
    }
    (mod.compiled ??= compileBlock(mod.body))(frame);
    return null;
  } finally {
    S.depth--;
    S.frame = saved.frame;
    S.sink = saved.sink;
    S.builtins = saved.builtins;
    S.line = saved.line;
  }
}

function evalBuiltin(args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (kwargs !== null && kwargs.size > 0) throw pyError(TypeError, 'eval() takes no keyword arguments');
  if (args.length < 1) throw pyError(TypeError, 'eval expected at least 1 argument, got 0');
  if (args.length > 3) throw pyError(TypeError, `eval expected at most 3 arguments, got ${args.length}`);
  const [source, g, l] = args;
  if (l !== undefined && l !== null && !(l instanceof PyDict)) {
    throw pyError(TypeError, 'locals must be a mapping');
  }
  if (g !== undefined && g !== null && !(g instanceof PyDict)) {
    const hint = isMappingLike(g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : null;
    throw pyError(TypeError, hint ?? 'globals must be a dict');
  }
  const text = sourceText('eval', source!);
  return run(text, 'eval', scopes(g, l));
}

function execBuiltin(args: PyValue[], kwargs: Kwargs | null): PyValue {
  if (kwargs !== null) {
    for (const k of kwargs.keys()) {
      throw pyError(TypeError, `'${k}' is an invalid keyword argument for exec()`);
    }
  }
  if (args.length < 1) throw pyError(TypeError, 'exec() takes at least 1 positional argument (0 given)');
  if (args.length > 3) {
    throw pyError(TypeError, `exec() takes at most 3 positional arguments (${args.length} given)`);
  }
  const [source, g, l] = args;
  if (g !== undefined && g !== null && !(g instanceof PyDict)) {
    throw pyError(TypeError, `exec() globals must be a dict, not ${typeOf(g).name}`);
  }
  if (l !== undefined && l !== null && !(l instanceof PyDict)) {
    throw pyError(TypeError, `locals must be a mapping or None, not ${typeOf(l).name}`);
  }
  const text = sourceText('exec', source!);
  run(text, 'exec', scopes(g, l));
  return null;
}

function noArgs(name: string, args: PyValue[], kwargs: Kwargs | null): void {
  if (kwargs !== null && kwargs.size > 0) throw pyError(TypeError, `${name}() takes no keyword arguments`);
  if (args.length > 0) throw pyError(TypeError, `${name}() takes no arguments (${args.length} given)`);
}

/** eval, exec, globals and locals, for the builtins namespace. */
export function dynamicCodeBuiltins(): Map<string, PyValue> {
  return new Map<string, PyValue>([
    ['eval', nativeFunction('eval', evalBuiltin)],
    ['exec', nativeFunction('exec', execBuiltin)],
    [
      'globals',
      nativeFunction('globals', (args, kwargs) => {
        noArgs('globals', args, kwargs);
        return globalsDict();
      }),
    ],
    [
      'locals',
      nativeFunction('locals', (args, kwargs) => {
        noArgs('locals', args, kwargs);
        return localsDict();
      }),
    ],
  ]);
}

/** The caller's local names, for dir() without arguments. */
export function callerLocals(): Namespace {
  return frameLocals(callerFrame());
}
