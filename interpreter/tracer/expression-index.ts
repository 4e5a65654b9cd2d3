// Which displayed expression an evaluated node belongs to. Events name only the node that finished; the
// tracer needs its *root*: the whole expression being reduced on `eval` lines (a statement's value, an
// `if` test, a comprehension's element, a lambda's body), whether it is a store target (written on `set`
// lines, never reduced) and which statement owns it (to repeat a loop header's `L` line each iteration).
// Statements are indexed once, the first time they run.

import type * as A from '../parser/ast.ts';

/**
 * display: reduced on `eval` lines; target: a store target's subexpressions (index values for `set`);
 * silent: evaluated but not shown (default values, decorators, class bases, match patterns).
 */
export type RootRole = 'display' | 'target' | 'silent';

export interface NodeInfo {
  root: A.Expr;
  role: RootRole;
  owner: A.Stmt;
}

const infoByNode = new WeakMap<A.Expr, NodeInfo>();
const indexed = new WeakSet<A.Stmt>();
const augmentedRoots = new WeakMap<A.AugAssign, A.BinOp>();
/** Operands of `yield` expressions: their value is what a generator hands out when it suspends. */
const yieldOperands = new WeakSet<A.Expr>();

export function isYieldOperand(node: A.Expr): boolean {
  return yieldOperands.has(node);
}

export function nodeInfo(node: A.Expr): NodeInfo | undefined {
  return infoByNode.get(node);
}

export function isIndexed(stmt: A.Stmt): boolean {
  return indexed.has(stmt);
}

/** `t op= v` is displayed as the binary operation `t op v`; this is that node, made once per statement. */
export function augmentedRoot(stmt: A.AugAssign): A.BinOp {
  let root = augmentedRoots.get(stmt);
  if (root === undefined) {
    root = {
      kind: 'BinOp',
      op: stmt.op,
      left: stmt.target,
      right: stmt.value,
      line: stmt.line,
      col: stmt.col,
    };
    augmentedRoots.set(stmt, root);
  }
  return root;
}

export function indexStatement(stmt: A.Stmt): void {
  if (indexed.has(stmt)) return;
  indexed.add(stmt);
  const add = (node: A.Expr | null | undefined, role: RootRole): void => {
    if (node !== null && node !== undefined) walk(node, { root: node, role, owner: stmt });
  };
  switch (stmt.kind) {
    case 'ExprStmt':
    case 'Return':
      add(stmt.value, 'display');
      break;
    case 'Assign':
      add(stmt.value, 'display');
      stmt.targets.forEach((t) => add(t, 'target'));
      break;
    case 'AugAssign':
      walk(augmentedRoot(stmt), { root: augmentedRoot(stmt), role: 'display', owner: stmt });
      break;
    case 'AnnAssign':
      add(stmt.value, 'display');
      add(stmt.target, 'target');
      break;
    case 'If': {
      add(stmt.test, 'display');
      // An `elif` runs without a statement event of its own; its test announces it.
      const next = stmt.orelse[0];
      if (stmt.orelse.length === 1 && next !== undefined && next.kind === 'If' && next.isElif)
        indexStatement(next);
      break;
    }
    case 'While':
      add(stmt.test, 'display');
      break;
    case 'For':
      add(stmt.iter, 'display');
      add(stmt.target, 'target');
      break;
    case 'Raise':
      add(stmt.exc, 'display');
      add(stmt.cause, 'display');
      break;
    case 'Assert':
      add(stmt.test, 'display');
      add(stmt.msg, 'display');
      break;
    case 'Delete':
      stmt.targets.forEach((t) => add(t, 'target'));
      break;
    case 'With':
      for (const item of stmt.items) {
        add(item.context, 'display');
        add(item.target, 'target');
      }
      break;
    case 'Match':
      add(stmt.subject, 'display');
      for (const c of stmt.cases) {
        add(c.guard, 'display');
        patternExprs(c.pattern).forEach((e) => add(e, 'silent'));
      }
      break;
    case 'FunctionDef':
      [...stmt.decorators, ...stmt.defaults].forEach((e) => add(e, 'silent'));
      stmt.kwDefaults.forEach((e) => add(e, 'silent'));
      break;
    case 'ClassDef':
      [...stmt.decorators, ...stmt.bases].forEach((e) => add(e, 'silent'));
      stmt.keywords.forEach((k) => add(k.value, 'silent'));
      break;
    default:
      break;
  }
}

/** Records `info` for `node` and its subexpressions evaluated in the same scope. */
function walk(node: A.Expr, info: NodeInfo): void {
  infoByNode.set(node, info);
  const sub = (child: A.Expr | null | undefined): void => {
    if (child !== null && child !== undefined) walk(child, info);
  };
  const newRoot = (child: A.Expr | null | undefined, role: RootRole): void => {
    if (child !== null && child !== undefined) walk(child, { root: child, role, owner: info.owner });
  };
  switch (node.kind) {
    case 'Name':
    case 'Const':
      return;
    case 'JoinedStr':
      for (const part of node.parts) {
        if (typeof part === 'string') continue;
        sub(part.value);
        if (part.spec !== null) sub(part.spec);
      }
      return;
    case 'List':
    case 'Tuple':
    case 'Set':
      node.elts.forEach(sub);
      return;
    case 'Dict':
      node.keys.forEach(sub);
      node.values.forEach(sub);
      return;
    case 'Starred':
    case 'Attribute':
    case 'Not':
    case 'UnaryOp':
    case 'YieldFrom':
      sub('operand' in node ? node.operand : node.value);
      return;
    case 'Yield':
      if (node.value !== null) yieldOperands.add(node.value);
      sub(node.value);
      return;
    case 'Subscript':
      sub(node.value);
      sub(node.index);
      return;
    case 'Slice':
      sub(node.lower);
      sub(node.upper);
      sub(node.step);
      return;
    case 'Call':
      sub(node.func);
      node.args.forEach(sub);
      node.keywords.forEach((k) => sub(k.value));
      return;
    case 'BinOp':
    case 'BoolOp':
      sub(node.left);
      sub(node.right);
      return;
    case 'Compare':
      sub(node.left);
      node.comparators.forEach(sub);
      return;
    case 'IfExp':
      sub(node.test);
      sub(node.body);
      sub(node.orelse);
      return;
    case 'NamedExpr':
      sub(node.value);
      return;
    case 'Lambda': {
      node.defaults.forEach(sub);
      node.kwDefaults.forEach(sub);
      // The body runs later, in the lambda's own frame, as the value of a synthetic return statement.
      const body = node.code.body[0];
      if (body !== undefined && body.kind === 'Return' && body.value !== null) {
        walk(body.value, { root: body.value, role: 'display', owner: body });
      }
      return;
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      // The first iterable is evaluated in the enclosing scope; everything else once per iteration.
      node.generators.forEach((gen, i) => {
        if (i === 0) sub(gen.iter);
        else newRoot(gen.iter, 'display');
        newRoot(gen.target, 'target');
        gen.ifs.forEach((cond) => newRoot(cond, 'display'));
      });
      newRoot(node.elt, 'display');
      newRoot(node.value, 'display');
      return;
  }
}

function patternExprs(p: A.Pattern): A.Expr[] {
  switch (p.kind) {
    case 'MatchValue':
      return [p.value];
    case 'MatchSingleton':
    case 'MatchStar':
      return [];
    case 'MatchAs':
      return p.pattern === null ? [] : patternExprs(p.pattern);
    case 'MatchSequence':
    case 'MatchOr':
      return p.patterns.flatMap(patternExprs);
    case 'MatchMapping':
      return [...p.keys, ...p.patterns.flatMap(patternExprs)];
    case 'MatchClass':
      return [p.cls, ...p.patterns.flatMap(patternExprs), ...p.kwdPatterns.flatMap(patternExprs)];
  }
}
