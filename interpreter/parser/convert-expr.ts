// Converting expressions, assignment targets, and the definitions built from them: def (parameters), class
// (bases as an argument list), try (handlers), call arguments and comprehensions.

import type { Node } from 'web-tree-sitter';
import { Ellipsis } from '../objects/builtin-types.ts';
import type * as A from './ast.ts';
import { body, rhs } from './convert.ts';
import { strings } from './convert-strings.ts';
import { parseFloatLiteral, parseIntLiteral } from './literals.ts';
import {
  field,
  loc,
  named,
  newAttribute,
  newCall,
  newCode,
  newName,
  syntax,
  unsupported,
} from './node-util.ts';

export function target(n: Node): A.Expr {
  const l = loc(n);
  switch (n.type) {
    case 'identifier':
      return newName(n.text, l);
    case 'pattern_list':
    case 'tuple_pattern':
    case 'expression_list':
    case 'tuple':
      return { kind: 'Tuple', elts: named(n).map(target), ...l };
    case 'list_pattern':
    case 'list':
      return { kind: 'List', elts: named(n).map(target), ...l };
    case 'list_splat_pattern':
    case 'list_splat':
      return { kind: 'Starred', value: target(named(n)[0]!), ...l };
    case 'parenthesized_expression':
      return target(named(n)[0]!);
    case 'attribute':
    case 'subscript':
      return expr(n);
    default:
      return syntax('cannot assign to expression', n);
  }
}

export function params(
  n: Node | null,
  code: A.FunctionCode,
  defaults: A.Expr[],
  kwDefaults: (A.Expr | null)[],
): void {
  if (n === null) return;
  let kwonly = false;
  for (const p of named(n)) {
    switch (p.type) {
      case 'identifier':
        if (kwonly) {
          code.kwonlyNames.push(p.text);
          kwDefaults.push(null);
        } else code.argNames.push(p.text);
        break;
      case 'default_parameter':
      case 'typed_default_parameter': {
        const name = field(p, 'name').text;
        const value = expr(field(p, 'value'));
        if (kwonly) {
          code.kwonlyNames.push(name);
          kwDefaults.push(value);
        } else {
          code.argNames.push(name);
          defaults.push(value);
        }
        break;
      }
      case 'typed_parameter': {
        const inner = named(p)[0]!;
        if (inner.type === 'list_splat_pattern') {
          code.varargName = named(inner)[0]!.text;
          kwonly = true;
        } else if (inner.type === 'dictionary_splat_pattern') code.kwargName = named(inner)[0]!.text;
        else if (kwonly) {
          code.kwonlyNames.push(inner.text);
          kwDefaults.push(null);
        } else code.argNames.push(inner.text);
        break;
      }
      case 'list_splat_pattern':
        code.varargName = named(p)[0]!.text;
        kwonly = true;
        break;
      case 'dictionary_splat_pattern':
        code.kwargName = named(p)[0]!.text;
        break;
      case 'keyword_separator':
        kwonly = true;
        break;
      case 'positional_separator':
        code.posonlyCount = code.argNames.length;
        break;
      case 'tuple_pattern':
        unsupported('a tuple parameter', p);
        break;
      default:
        syntax('invalid syntax', p);
    }
  }
}

export function functionDef(n: Node, decorators: A.Expr[]): A.FunctionDef {
  if (n.child(0)?.type === 'async') unsupported('an async function', n);
  const nameNode = field(n, 'name');
  const code = newCode(nameNode.text, body(field(n, 'body')), loc(n).line);
  const defaults: A.Expr[] = [];
  const kwDefaults: (A.Expr | null)[] = [];
  params(n.childForFieldName('parameters'), code, defaults, kwDefaults);
  return {
    kind: 'FunctionDef',
    name: newName(nameNode.text, loc(nameNode)),
    code,
    defaults,
    kwDefaults,
    decorators,
    ...loc(n),
  };
}

export function classDef(n: Node, decorators: A.Expr[]): A.ClassDef {
  const nameNode = field(n, 'name');
  const sup = n.childForFieldName('superclasses');
  const { args, keywords } = sup ? argumentList(sup) : { args: [], keywords: [] };
  if (n.childForFieldName('type_parameters')) unsupported('a type parameter list', n);
  return {
    kind: 'ClassDef',
    name: newName(nameNode.text, loc(nameNode)),
    qualname: nameNode.text,
    bases: args,
    keywords,
    body: body(field(n, 'body')),
    decorators,
    cellNames: [],
    freeSources: [],
    ...loc(n),
  };
}

export function tryStmt(n: Node): A.Try {
  const handlers: A.ExceptHandler[] = [];
  let orelse: A.Stmt[] = [];
  let finalbody: A.Stmt[] = [];
  for (const c of named(n)) {
    if (c.type === 'except_clause') {
      const kids = named(c);
      const blk = kids[kids.length - 1]!;
      const v = c.childForFieldName('value');
      let type: A.Expr | null = null;
      let name: A.Name | null = null;
      if (v !== null) {
        if (v.type === 'as_pattern') {
          type = expr(named(v)[0]!);
          const alias = field(v, 'alias');
          const id = named(alias)[0] ?? alias;
          name = newName(id.text, loc(id));
        } else {
          type = expr(v);
          const alias = c.childForFieldName('alias');
          if (alias) name = newName(alias.text, loc(alias));
        }
      }
      handlers.push({ type, name, body: body(blk), ...loc(c) });
    } else if (c.type === 'except_group_clause') unsupported('except*', c);
    else if (c.type === 'else_clause') orelse = body(field(c, 'body'));
    else if (c.type === 'finally_clause') finalbody = body(named(c)[named(c).length - 1]!);
  }
  return { kind: 'Try', body: body(field(n, 'body')), handlers, orelse, finalbody, ...loc(n) };
}

export function argumentList(n: Node): { args: A.Expr[]; keywords: A.Keyword[] } {
  const args: A.Expr[] = [];
  const keywords: A.Keyword[] = [];
  for (const c of named(n)) {
    if (c.type === 'keyword_argument') {
      keywords.push({ name: field(c, 'name').text, value: expr(field(c, 'value')) });
    } else if (c.type === 'dictionary_splat') {
      keywords.push({ name: null, value: expr(named(c)[0]!) });
    } else {
      args.push(expr(c));
    }
  }
  return { args, keywords };
}

function comprehensionParts(n: Node): { gens: A.ComprehensionFor[] } {
  const gens: A.ComprehensionFor[] = [];
  for (const c of named(n).slice(1)) {
    if (c.type === 'for_in_clause') {
      if (c.child(0)?.type === 'async') unsupported('an async comprehension', c);
      gens.push({ target: target(field(c, 'left')), iter: expr(field(c, 'right')), ifs: [] });
    } else if (c.type === 'if_clause') {
      gens[gens.length - 1]!.ifs.push(expr(named(c)[0]!));
    }
  }
  return { gens };
}

const COMP_KIND = {
  list_comprehension: 'ListComp',
  set_comprehension: 'SetComp',
  dictionary_comprehension: 'DictComp',
  generator_expression: 'GeneratorExp',
} as const;
const COMP_NAME = {
  ListComp: '<listcomp>',
  SetComp: '<setcomp>',
  DictComp: '<dictcomp>',
  GeneratorExp: '<genexpr>',
} as const;

function comprehension(n: Node): A.Comprehension {
  const l = loc(n);
  const kind = COMP_KIND[n.type as keyof typeof COMP_KIND];
  const bodyNode = field(n, 'body');
  const { gens } = comprehensionParts(n);
  let elt: A.Expr;
  let value: A.Expr | null = null;
  if (kind === 'DictComp') {
    elt = expr(field(bodyNode, 'key'));
    value = expr(field(bodyNode, 'value'));
  } else elt = expr(bodyNode);
  const code = newCode(COMP_NAME[kind], [], l.line);
  code.argNames.push('.0');
  return { kind, elt, value, generators: gens, code, ...l };
}

const CMP_OPS = new Set(['<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is', 'is not', '<>']);

export function expr(n: Node): A.Expr {
  const l = loc(n);
  switch (n.type) {
    case 'identifier':
      return newName(n.text, l);
    case 'integer': {
      const t = n.text;
      if (/[jJ]$/.test(t)) unsupported('a complex number', n);
      return { kind: 'Const', value: parseIntLiteral(t), ...l };
    }
    case 'float': {
      const t = n.text;
      if (/[jJ]$/.test(t)) unsupported('a complex number', n);
      return { kind: 'Const', value: parseFloatLiteral(t), ...l };
    }
    case 'true':
      return { kind: 'Const', value: true, ...l };
    case 'false':
      return { kind: 'Const', value: false, ...l };
    case 'none':
      return { kind: 'Const', value: null, ...l };
    case 'ellipsis':
      return { kind: 'Const', value: Ellipsis, ...l };
    case 'string':
      return strings([n], l);
    case 'concatenated_string':
      return strings(named(n), l);
    case 'parenthesized_expression': {
      const inner = named(n)[0]!;
      if (inner.type === 'yield') return yieldExpr(inner);
      return expr(inner);
    }
    case 'list':
      return { kind: 'List', elts: named(n).map(expr), ...l };
    case 'tuple':
    case 'expression_list':
      return { kind: 'Tuple', elts: named(n).map(expr), ...l };
    case 'set':
      return { kind: 'Set', elts: named(n).map(expr), ...l };
    case 'dictionary': {
      const keys: (A.Expr | null)[] = [];
      const values: A.Expr[] = [];
      for (const c of named(n)) {
        if (c.type === 'pair') {
          keys.push(expr(field(c, 'key')));
          values.push(expr(field(c, 'value')));
        } else if (c.type === 'dictionary_splat') {
          keys.push(null);
          values.push(expr(named(c)[0]!));
        }
      }
      return { kind: 'Dict', keys, values, ...l };
    }
    case 'list_splat':
    case 'list_splat_pattern':
      return { kind: 'Starred', value: expr(named(n)[0]!), ...l };
    case 'attribute':
      return newAttribute(expr(field(n, 'object')), field(n, 'attribute').text, l);
    case 'subscript': {
      const subs = n.childrenForFieldName('subscript');
      const index: A.Expr =
        subs.length === 1 && !n.children.some((c) => c !== null && c.type === ',')
          ? expr(subs[0]!)
          : { kind: 'Tuple', elts: subs.map(expr), ...loc(subs[0] ?? n) };
      return { kind: 'Subscript', value: expr(field(n, 'value')), index, ...l };
    }
    case 'slice': {
      // Parts are separated by ':' tokens; an absent part is None.
      const parts: (A.Expr | null)[] = [null, null, null];
      let i = 0;
      for (const c of n.children) {
        if (c === null) continue;
        if (c.type === ':') i++;
        else if (c.type !== 'comment') parts[i] = expr(c);
      }
      return { kind: 'Slice', lower: parts[0]!, upper: parts[1]!, step: parts[2]!, ...l };
    }
    case 'call': {
      const func = expr(field(n, 'function'));
      const argsNode = field(n, 'arguments');
      if (argsNode.type === 'generator_expression') {
        return newCall(func, [comprehension(argsNode)], [], true, l);
      }
      const { args, keywords } = argumentList(argsNode);
      const simple = keywords.length === 0 && !args.some((a) => a.kind === 'Starred');
      return newCall(func, args, keywords, simple, l);
    }
    case 'binary_operator':
      return {
        kind: 'BinOp',
        op: field(n, 'operator').type as A.BinOpName,
        left: expr(field(n, 'left')),
        right: expr(field(n, 'right')),
        ...l,
      };
    case 'unary_operator':
      return {
        kind: 'UnaryOp',
        op: field(n, 'operator').type as '-' | '+' | '~',
        operand: expr(field(n, 'argument')),
        ...l,
      };
    case 'not_operator':
      return { kind: 'Not', operand: expr(field(n, 'argument')), ...l };
    case 'boolean_operator':
      return {
        kind: 'BoolOp',
        op: field(n, 'operator').type as 'and' | 'or',
        left: expr(field(n, 'left')),
        right: expr(field(n, 'right')),
        ...l,
      };
    case 'comparison_operator': {
      const operands: A.Expr[] = [];
      const ops: A.CmpOpName[] = [];
      for (let i = 0; i < n.childCount; i++) {
        const c = n.child(i)!;
        if (n.fieldNameForChild(i) === 'operators') {
          const op = c.children.length > 0 ? c.children.map((t) => t!.type).join(' ') : c.type;
          if (!CMP_OPS.has(op) || op === '<>') syntax('invalid syntax', c);
          ops.push(op as A.CmpOpName);
        } else if (c.isNamed && c.type !== 'comment') operands.push(expr(c));
      }
      return { kind: 'Compare', left: operands[0]!, ops, comparators: operands.slice(1), ...l };
    }
    case 'conditional_expression': {
      const kids = named(n);
      return { kind: 'IfExp', body: expr(kids[0]!), test: expr(kids[1]!), orelse: expr(kids[2]!), ...l };
    }
    case 'lambda': {
      const code = newCode('<lambda>', [], l.line);
      code.isLambda = true;
      const defaults: A.Expr[] = [];
      const kwDefaults: (A.Expr | null)[] = [];
      params(n.childForFieldName('parameters'), code, defaults, kwDefaults);
      const bodyExpr = expr(field(n, 'body'));
      code.body = [{ kind: 'Return', value: bodyExpr, line: bodyExpr.line, col: bodyExpr.col }];
      return { kind: 'Lambda', code, defaults, kwDefaults, ...l };
    }
    case 'named_expression':
      return {
        kind: 'NamedExpr',
        target: newName(field(n, 'name').text, loc(field(n, 'name'))),
        value: expr(field(n, 'value')),
        ...l,
      };
    case 'list_comprehension':
    case 'set_comprehension':
    case 'dictionary_comprehension':
    case 'generator_expression':
      return comprehension(n);
    case 'yield':
      return yieldExpr(n);
    case 'await':
      return unsupported('await', n);
    case 'keyword_argument':
    case 'dictionary_splat':
    case 'pair':
      return syntax('invalid syntax', n);
    default:
      return unsupported(`expression ${n.type}`, n);
  }
}

function yieldExpr(n: Node): A.Expr {
  const l = loc(n);
  const kids = named(n);
  if (n.children.some((c) => c !== null && c.type === 'from')) {
    return { kind: 'YieldFrom', value: expr(kids[0]!), ...l };
  }
  return { kind: 'Yield', value: kids.length ? rhs(kids[0]!) : null, ...l };
}
