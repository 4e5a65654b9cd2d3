// The parser adapter: loads tree-sitter-python (wasm) once, then parses synchronously into our AST with
// scopes resolved. Failures are PySyntaxError or UnsupportedError, never host errors from tree-sitter.

import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';
import type { Expr, Module } from './ast.ts';
import { brackets } from './brackets.ts';
import { convertModule } from './convert.ts';
import { PySyntaxError } from './errors.ts';
import { resolveScopes } from './scope.ts';

let parser: Parser | null = null;
let loading: Promise<void> | null = null;

/** Loads the wasm grammar; safe to call many times. */
export function initParser(): Promise<void> {
  loading ??= (async () => {
    await Parser.init();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-python/tree-sitter-python.wasm');
    const language = await Language.load(wasm);
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
  })();
  return loading;
}

/** CPython's tokenizer refuses more than 200 nested brackets (MAXLEVEL). */
const MAX_NESTING = 200;

/** Finds the first bracket nested deeper than MAX_NESTING, skipping strings and comments. */
function checkNesting(code: string): void {
  let opens = 0;
  for (let i = 0; i < code.length; i++) if (code[i] === '(' || code[i] === '[' || code[i] === '{') opens++;
  if (opens <= MAX_NESTING) return;
  let depth = 0;
  for (const b of brackets(code)) {
    if (b.c === ')' || b.c === ']' || b.c === '}') depth--;
    else if (++depth > MAX_NESTING) throw new PySyntaxError('too many nested parentheses', b.line, b.column);
  }
}

function tree(code: string): Module {
  if (parser === null) throw new Error('parser not initialised: await initParser() first');
  checkNesting(code);
  let t = parser.parse(code);
  if (t === null) throw new PySyntaxError('invalid syntax', 1, 1);
  if (t.rootNode.hasError) {
    // tree-sitter-python reads `f'{x:=^9}'` as a walrus; Python reads a format spec starting with '='.
    // Parenthesizing the name removes the ambiguity without changing the meaning.
    const fixed = code.replace(/\{(\s*)([A-Za-z_]\w*)(\s*):=/g, '{$1($2)$3:=');
    const retry = fixed === code ? null : parser.parse(fixed);
    if (retry !== null && !retry.rootNode.hasError) {
      t.delete();
      t = retry;
    } else retry?.delete();
  }
  try {
    return convertModule(t.rootNode);
  } finally {
    t.delete();
  }
}

// ASTs are immutable once resolved (apart from the evaluator's lookup caches, which check their own
// validity), so repeated runs of one program (benchmark verification, tracing,
// comparisons of many predictions against one output) reuse them. Failures are not cached.
const CACHE_LIMIT = 1024;
const moduleCache = new Map<string, Module>();
const expressionCache = new Map<string, Expr>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/** Parses a module and resolves its scopes. */
export function parseModule(code: string): Module {
  const cached = moduleCache.get(code);
  if (cached !== undefined) return cached;
  const mod = tree(code);
  resolveScopes(mod);
  return remember(moduleCache, code, mod);
}

/**
 * Parses text that must be exactly one expression (a call, or a value to compare), resolved as module-level
 * code. Statements, several expressions or an empty text are syntax errors.
 */
export function parseExpression(code: string): Expr {
  const cached = expressionCache.get(code);
  if (cached !== undefined) return cached;
  const mod = tree(code);
  const only = mod.body[0];
  if (mod.body.length !== 1 || only === undefined || only.kind !== 'ExprStmt') {
    const at = mod.body[1] ?? mod.body[0];
    throw new PySyntaxError('invalid syntax', at?.line ?? 1, at?.col ?? 1);
  }
  resolveScopes(mod);
  return remember(expressionCache, code, only.value);
}

const dynamicCache = new Map<string, Module>();

/**
 * Parses source given to exec (`mode` 'exec': a module) or eval ('eval': exactly one expression, returned
 * as the module's only ExprStmt), with top-level names resolved against the globals or against a separate
 * locals mapping (see resolveScopes). eval ignores leading spaces and tabs, as CPython does.
 */
export function parseDynamic(code: string, mode: 'exec' | 'eval', names: 'global' | 'mapping'): Module {
  const key = `${mode} ${names} ${code}`;
  const cached = dynamicCache.get(key);
  if (cached !== undefined) return cached;
  const mod = tree(mode === 'eval' ? code.replace(/^[ \t]+/, '') : code);
  if (mode === 'eval' && (mod.body.length !== 1 || mod.body[0]!.kind !== 'ExprStmt')) {
    const at = mod.body[1] ?? mod.body[0];
    throw new PySyntaxError('invalid syntax', at?.line ?? 0, at?.col ?? 0);
  }
  resolveScopes(mod, names);
  return remember(dynamicCache, key, mod);
}
