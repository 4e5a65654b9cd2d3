// Converts tree-sitter-python's concrete syntax tree into our AST (ast.ts). Children are read by field
// name (node-types.json); the few constructs tree-sitter leaves unnamed (conditional expressions, `case _`,
// `{x=}`, minus in pattern literals) are read from their token sequence.

import type { Node } from 'web-tree-sitter';
import type * as A from './ast.ts';
import { classDef, expr, functionDef, target, tryStmt } from './convert-expr.ts';
import { matchStmt } from './convert-match.ts';
import { field, loc, named, newName, syntax, unsupported } from './node-util.ts';

export { expr };

/** Finds the first ERROR or MISSING node, for a located `invalid syntax`. */
function findError(n: Node): Node | null {
  if (n.isError || n.isMissing) return n;
  if (!n.hasError) return null;
  for (const c of n.children) {
    if (c === null) continue;
    const e = findError(c);
    if (e !== null) return e;
  }
  return n;
}

export function convertModule(root: Node): A.Module {
  if (root.hasError) {
    const e = findError(root) ?? root;
    syntax('invalid syntax', e);
  }
  return { body: block(named(root)), compiled: null };
}

function block(nodes: Node[]): A.Stmt[] {
  const out: A.Stmt[] = [];
  for (const n of nodes) stmt(n, out);
  return out;
}

export function body(n: Node): A.Stmt[] {
  return block(named(n));
}

function stmt(n: Node, out: A.Stmt[]): void {
  const l = loc(n);
  switch (n.type) {
    case 'expression_statement': {
      const kids = named(n);
      if (kids.length === 1) {
        const k = kids[0]!;
        if (k.type === 'assignment') return void out.push(assignment(k));
        if (k.type === 'augmented_assignment') {
          const op = field(k, 'operator').type.slice(0, -1) as A.BinOpName;
          return void out.push({
            kind: 'AugAssign',
            target: target(field(k, 'left')),
            op,
            value: rhs(field(k, 'right')),
            ...l,
          });
        }
        return void out.push({ kind: 'ExprStmt', value: expr(k), ...l });
      }
      // `a, b` as a statement is a tuple expression.
      return void out.push({ kind: 'ExprStmt', value: { kind: 'Tuple', elts: kids.map(expr), ...l }, ...l });
    }
    case 'return_statement': {
      const kids = named(n);
      return void out.push({ kind: 'Return', value: kids.length ? rhs(kids[0]!) : null, ...l });
    }
    case 'pass_statement':
      return void out.push({ kind: 'Pass', ...l });
    case 'break_statement':
      return void out.push({ kind: 'Break', ...l });
    case 'continue_statement':
      return void out.push({ kind: 'Continue', ...l });
    case 'if_statement': {
      const alts = n.childrenForFieldName('alternative');
      let orelse: A.Stmt[] = [];
      for (let i = alts.length - 1; i >= 0; i--) {
        const a = alts[i]!;
        if (a.type === 'else_clause') orelse = body(field(a, 'body'));
        else
          orelse = [
            {
              kind: 'If',
              test: expr(field(a, 'condition')),
              body: body(field(a, 'consequence')),
              orelse,
              isElif: true,
              ...loc(a),
            },
          ];
      }
      return void out.push({
        kind: 'If',
        test: expr(field(n, 'condition')),
        body: body(field(n, 'consequence')),
        orelse,
        isElif: false,
        ...l,
      });
    }
    case 'while_statement': {
      const alt = n.childForFieldName('alternative');
      return void out.push({
        kind: 'While',
        test: expr(field(n, 'condition')),
        body: body(field(n, 'body')),
        orelse: alt ? body(field(alt, 'body')) : [],
        ...l,
      });
    }
    case 'for_statement': {
      if (n.child(0)?.type === 'async') unsupported('async for', n);
      const alt = n.childForFieldName('alternative');
      return void out.push({
        kind: 'For',
        target: target(field(n, 'left')),
        iter: rhs(field(n, 'right')),
        body: body(field(n, 'body')),
        orelse: alt ? body(field(alt, 'body')) : [],
        ...l,
      });
    }
    case 'function_definition':
      return void out.push(functionDef(n, []));
    case 'class_definition':
      return void out.push(classDef(n, []));
    case 'decorated_definition': {
      const decorators = named(n)
        .filter((c) => c.type === 'decorator')
        .map((d) => expr(named(d)[0]!));
      const def = field(n, 'definition');
      return void out.push(
        def.type === 'class_definition' ? classDef(def, decorators) : functionDef(def, decorators),
      );
    }
    case 'try_statement':
      return void out.push(tryStmt(n));
    case 'raise_statement': {
      const kids = named(n);
      const cause = n.childForFieldName('cause');
      const exc = kids.find((k) => cause === null || k.id !== cause.id);
      return void out.push({
        kind: 'Raise',
        exc: exc ? expr(exc) : null,
        cause: cause ? expr(cause) : null,
        ...l,
      });
    }
    case 'assert_statement': {
      const kids = named(n);
      return void out.push({
        kind: 'Assert',
        test: expr(kids[0]!),
        msg: kids[1] ? expr(kids[1]) : null,
        ...l,
      });
    }
    case 'delete_statement': {
      const k = named(n)[0]!;
      const targets = k.type === 'expression_list' ? named(k).map(target) : [target(k)];
      return void out.push({ kind: 'Delete', targets, ...l });
    }
    case 'global_statement':
    case 'nonlocal_statement':
      return void out.push({
        kind: n.type === 'global_statement' ? 'Global' : 'Nonlocal',
        names: named(n).map((c) => c.text),
        ...l,
      });
    case 'import_statement':
      return void out.push({ kind: 'Import', names: n.childrenForFieldName('name').map(importAlias), ...l });
    case 'import_from_statement': {
      const mod = field(n, 'module_name');
      if (mod.type === 'relative_import') unsupported('a relative import', mod);
      const star = named(n).some((c) => c.type === 'wildcard_import');
      return void out.push({
        kind: 'ImportFrom',
        module: mod.text,
        names: n.childrenForFieldName('name').map(importAlias),
        star,
        ...l,
      });
    }
    case 'with_statement': {
      if (n.child(0)?.type === 'async') unsupported('async with', n);
      const clause = named(n).find((c) => c.type === 'with_clause')!;
      const items: A.WithItem[] = named(clause).map((item) => {
        const v = field(item, 'value');
        if (v.type === 'as_pattern') {
          const alias = field(v, 'alias');
          return { context: expr(named(v)[0]!), target: target(named(alias)[0] ?? alias) };
        }
        return { context: expr(v), target: null };
      });
      return void out.push({ kind: 'With', items, body: body(field(n, 'body')), ...l });
    }
    case 'match_statement':
      return void out.push(matchStmt(n));
    case 'future_import_statement':
      return;
    case 'exec_statement':
    case 'print_statement':
      return syntax('invalid syntax', n);
    case 'type_alias_statement':
      return unsupported('a type alias statement', n);
    default:
      unsupported(`statement ${n.type}`, n);
  }
}

function importAlias(n: Node): A.ImportAlias {
  const l = loc(n);
  if (n.type === 'aliased_import') {
    const name = field(n, 'name').text;
    const asname = newName(field(n, 'alias').text, loc(field(n, 'alias')));
    return { name, asname, bind: asname };
  }
  const name = n.text.replace(/\s+/g, '');
  return { name, asname: null, bind: newName(name.split('.')[0]!, l) };
}

/** Right-hand sides may be bare tuples (`return a, b`) or `yield` expressions. */
export function rhs(n: Node): A.Expr {
  if (n.type === 'expression_list' || n.type === 'pattern_list') {
    return { kind: 'Tuple', elts: named(n).map(expr), ...loc(n) };
  }
  if (n.type === 'assignment' || n.type === 'augmented_assignment') syntax('invalid syntax', n);
  return expr(n);
}

function assignment(n: Node): A.Stmt {
  const l = loc(n);
  const typ = n.childForFieldName('type');
  const right = n.childForFieldName('right');
  if (typ !== null) {
    return { kind: 'AnnAssign', target: target(field(n, 'left')), value: right ? rhs(right) : null, ...l };
  }
  const targets: A.Expr[] = [target(field(n, 'left'))];
  let r = right!;
  while (r.type === 'assignment') {
    targets.push(target(field(r, 'left')));
    r = field(r, 'right');
  }
  return { kind: 'Assign', targets, value: rhs(r), ...l };
}
