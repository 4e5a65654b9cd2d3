// Helpers the CST-to-AST converter shares: locations, located errors, reading children by field name.

import type { Node } from 'web-tree-sitter';
import type * as A from './ast.ts';
import { NameScope } from './ast.ts';
import { PySyntaxError, UnsupportedError } from './errors.ts';

export type Loc = A.Loc;

export function loc(n: Node): Loc {
  return { line: n.startPosition.row + 1, col: n.startPosition.column + 1 };
}

export function unsupported(what: string, n: Node): never {
  const l = loc(n);
  throw new UnsupportedError(what, l.line, l.col);
}

export function syntax(message: string, n: Node): never {
  const l = loc(n);
  throw new PySyntaxError(message, l.line, l.col);
}

export function field(n: Node, name: string): Node {
  const c = n.childForFieldName(name);
  if (c === null) syntax('invalid syntax', n);
  return c;
}

/** Named children that are not comments. */
export function named(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
}

export function newName(id: string, l: Loc): A.Name {
  return {
    kind: 'Name',
    id,
    scope: NameScope.Global,
    index: -1,
    line: l.line,
    col: l.col,
    cacheGlobals: null,
    cacheVersion: -1,
    cacheValue: null,
  };
}

export function newAttribute(value: A.Expr, attr: string, l: Loc): A.Attribute {
  return { kind: 'Attribute', value, attr, line: l.line, col: l.col, cacheType: null, cacheMethod: null };
}

export function newCall(
  func: A.Expr,
  args: A.Expr[],
  keywords: A.Keyword[],
  simple: boolean,
  l: Loc,
): A.Call {
  return {
    kind: 'Call',
    func,
    args,
    keywords,
    simple,
    line: l.line,
    col: l.col,
    cacheType: null,
    cacheNew: null,
  };
}

export function newCode(name: string, body: A.Stmt[], line: number): A.FunctionCode {
  return {
    name,
    qualname: name,
    posonlyCount: 0,
    argNames: [],
    kwonlyNames: [],
    varargName: null,
    kwargName: null,
    paramSlots: [],
    paramsFast: false,
    simpleSignature: false,
    body,
    isLambda: false,
    isGenerator: false,
    fastCount: 0,
    fastNames: [],
    cellNames: [],
    ownCellCount: 0,
    freeSources: [],
    line,
    compiled: null,
  };
}

/** Finds the first ERROR or MISSING node, for a located `invalid syntax`. */
