// Writes an expression back as canonical one-line Python, with some subexpressions replaced by the text of
// their values. The AST keeps only start positions, so the tracer cannot cut source spans; writing the
// expression out instead also normalises spacing and joins multi-line expressions. Parentheses follow
// Python's precedence table, and a substituted value is parenthesised where its text would otherwise
// bind differently (a negative number as the base of `**`, a number before `.attr`).

import type * as A from '../parser/ast.ts';
import { repr } from '../objects/repr.ts';

/** Values standing in for evaluated subexpressions, keyed by node identity. */
export type Substitutions = ReadonlyMap<A.Expr, string>;

const enum P {
  Named = 0,
  Tuple = 1,
  Test = 2,
  Or = 3,
  And = 4,
  Not = 5,
  Cmp = 6,
  BOr = 7,
  BXor = 8,
  BAnd = 9,
  Shift = 10,
  Arith = 11,
  Term = 12,
  Factor = 13,
  Power = 14,
  Await = 15,
  Atom = 16,
}

const BINOP_PREC: Record<A.BinOpName, P> = {
  '|': P.BOr,
  '^': P.BXor,
  '&': P.BAnd,
  '<<': P.Shift,
  '>>': P.Shift,
  '+': P.Arith,
  '-': P.Arith,
  '*': P.Term,
  '/': P.Term,
  '//': P.Term,
  '%': P.Term,
  '@': P.Term,
  '**': P.Power,
};

export function unparse(node: A.Expr, subs: Substitutions = EMPTY): string {
  return new Writer(subs).expr(node, P.Tuple);
}

const EMPTY: Substitutions = new Map();

/** How a value's text must be wrapped to stand where an expression of precedence `prec` is expected. */
function valueText(text: string, prec: P): string {
  return text.startsWith('-') && prec > P.Factor ? `(${text})` : text;
}

class Writer {
  constructor(private readonly subs: Substitutions) {}

  expr(node: A.Expr, prec: P): string {
    const sub = this.subs.get(node);
    if (sub !== undefined) return valueText(sub, prec);
    const [text, own] = this.bare(node);
    return own < prec ? `(${text})` : text;
  }

  /** The node's text without outer parentheses, and the precedence of its outermost operator. */
  private bare(node: A.Expr): [string, P] {
    switch (node.kind) {
      case 'Name':
        return [node.id, P.Atom];
      case 'Const':
        return [
          repr(node.value),
          node.value !== null && typeof node.value === 'object' ? P.Atom : constPrec(node),
        ];
      case 'JoinedStr':
        return [this.fstring(node), P.Atom];
      case 'List':
        return [`[${this.list(node.elts)}]`, P.Atom];
      case 'Tuple':
        return [node.elts.length === 1 ? `(${this.list(node.elts)},)` : `(${this.list(node.elts)})`, P.Atom];
      case 'Set':
        return [node.elts.length === 0 ? 'set()' : `{${this.list(node.elts)}}`, P.Atom];
      case 'Dict':
        return [`{${this.dictItems(node)}}`, P.Atom];
      case 'Starred':
        return [`*${this.expr(node.value, P.BOr)}`, P.BOr];
      case 'Attribute': {
        // `1.real` would read as a float literal: an integer before `.attr` needs parentheses.
        const base = this.expr(node.value, P.Atom);
        return [`${/^\d+$/.test(base) ? `(${base})` : base}.${node.attr}`, P.Atom];
      }
      case 'Subscript':
        return [`${this.expr(node.value, P.Atom)}[${this.index(node.index)}]`, P.Atom];
      case 'Slice':
        return [this.slice(node), P.Test];
      case 'Call':
        return [`${this.expr(node.func, P.Atom)}(${this.callArgs(node)})`, P.Atom];
      case 'BinOp':
        return this.binop(node);
      case 'UnaryOp': {
        // `-(-2)` rather than `--2`: a signed operand keeps its own sign visibly apart.
        const operand = this.expr(node.operand, P.Factor);
        return [/^[-+~]/.test(operand) ? `${node.op}(${operand})` : `${node.op}${operand}`, P.Factor];
      }
      case 'Not':
        return [`not ${this.expr(node.operand, P.Not)}`, P.Not];
      case 'BoolOp': {
        const prec = node.op === 'and' ? P.And : P.Or;
        return [`${this.expr(node.left, prec)} ${node.op} ${this.expr(node.right, prec + 1)}`, prec];
      }
      case 'Compare': {
        let text = this.expr(node.left, P.Cmp + 1);
        node.ops.forEach((op, i) => (text += ` ${op} ${this.expr(node.comparators[i], P.Cmp + 1)}`));
        return [text, P.Cmp];
      }
      case 'IfExp':
        return [
          `${this.expr(node.body, P.Test + 1)} if ${this.expr(node.test, P.Test + 1)} else ${this.expr(node.orelse, P.Test)}`,
          P.Test,
        ];
      case 'Lambda':
        return [this.lambda(node), P.Test];
      case 'NamedExpr':
        return [`${node.target.id} := ${this.expr(node.value, P.Test)}`, P.Named];
      case 'ListComp':
        return [`[${this.comprehension(node)}]`, P.Atom];
      case 'SetComp':
      case 'DictComp':
        return [`{${this.comprehension(node)}}`, P.Atom];
      case 'GeneratorExp':
        return [`(${this.comprehension(node)})`, P.Atom];
      case 'Yield':
        return [node.value === null ? '(yield)' : `(yield ${this.expr(node.value, P.Tuple)})`, P.Atom];
      case 'YieldFrom':
        return [`(yield from ${this.expr(node.value, P.Test)})`, P.Atom];
    }
  }

  private list(elts: readonly A.Expr[]): string {
    return elts.map((e) => this.expr(e, P.Test)).join(', ');
  }

  private dictItems(node: A.DictExpr): string {
    return node.values
      .map((v, i) => {
        const key = node.keys[i];
        return key === null
          ? `**${this.expr(v, P.BOr)}`
          : `${this.expr(key, P.Test)}: ${this.expr(v, P.Test)}`;
      })
      .join(', ');
  }

  private index(node: A.Expr): string {
    if (this.subs.has(node)) return this.expr(node, P.Tuple);
    if (node.kind === 'Tuple' && node.elts.length > 0) {
      return node.elts.map((e) => this.expr(e, P.Test)).join(', ') + (node.elts.length === 1 ? ',' : '');
    }
    return this.expr(node, P.Tuple);
  }

  private slice(node: A.SliceExpr): string {
    const part = (e: A.Expr | null): string => (e === null ? '' : this.expr(e, P.Test));
    const text = `${part(node.lower)}:${part(node.upper)}`;
    return node.step === null ? text : `${text}:${part(node.step)}`;
  }

  private callArgs(node: A.Call): string {
    const only = node.args[0];
    if (
      node.args.length === 1 &&
      node.keywords.length === 0 &&
      only.kind === 'GeneratorExp' &&
      !this.subs.has(only)
    ) {
      return this.comprehension(only);
    }
    const parts = node.args.map((a) => this.expr(a, P.Test));
    for (const k of node.keywords) {
      parts.push(
        k.name === null ? `**${this.expr(k.value, P.BOr)}` : `${k.name}=${this.expr(k.value, P.Test)}`,
      );
    }
    return parts.join(', ');
  }

  private binop(node: A.BinOp): [string, P] {
    const prec = BINOP_PREC[node.op];
    if (node.op === '**') {
      return [`${this.expr(node.left, P.Await)} ** ${this.expr(node.right, P.Factor)}`, prec];
    }
    return [`${this.expr(node.left, prec)} ${node.op} ${this.expr(node.right, prec + 1)}`, prec];
  }

  private lambda(node: A.Lambda): string {
    const code = node.code;
    const params: string[] = [];
    const firstDefault = code.argNames.length - node.defaults.length;
    code.argNames.forEach((name, i) => {
      params.push(i >= firstDefault ? `${name}=${this.expr(node.defaults[i - firstDefault], P.Test)}` : name);
      if (code.posonlyCount > 0 && i === code.posonlyCount - 1) params.push('/');
    });
    if (code.varargName !== null) params.push(`*${code.varargName}`);
    else if (code.kwonlyNames.length > 0) params.push('*');
    code.kwonlyNames.forEach((name, i) => {
      const d = node.kwDefaults[i];
      params.push(d === null || d === undefined ? name : `${name}=${this.expr(d, P.Test)}`);
    });
    if (code.kwargName !== null) params.push(`**${code.kwargName}`);
    const body = code.body[0];
    const bodyText =
      body !== undefined && body.kind === 'Return' && body.value !== null
        ? this.expr(body.value, P.Test)
        : 'None';
    return params.length === 0 ? `lambda: ${bodyText}` : `lambda ${params.join(', ')}: ${bodyText}`;
  }

  private comprehension(node: A.Comprehension): string {
    let text =
      node.kind === 'DictComp' && node.value !== null
        ? `${this.expr(node.elt, P.Test)}: ${this.expr(node.value, P.Test)}`
        : this.expr(node.elt, P.Test);
    for (const gen of node.generators) {
      text += ` for ${this.target(gen.target)} in ${this.expr(gen.iter, P.Test + 1)}`;
      for (const cond of gen.ifs) text += ` if ${this.expr(cond, P.Test + 1)}`;
    }
    return text;
  }

  /** A store target: a tuple target is written without parentheses, as in `for k, v in ...`. */
  target(node: A.Expr): string {
    if (node.kind === 'Tuple' && node.elts.length > 0 && !this.subs.has(node)) {
      return node.elts.map((e) => this.expr(e, P.BOr)).join(', ') + (node.elts.length === 1 ? ',' : '');
    }
    return this.expr(node, P.BOr);
  }

  private fstring(node: A.JoinedStr): string {
    const body = this.fstringBody(node.parts);
    const quote = body.includes("'") && !body.includes('"') ? '"' : "'";
    return `f${quote}${quote === "'" ? body.replace(/(^|[^\\])'/g, "$1\\'") : body}${quote}`;
  }

  private fstringBody(parts: readonly (string | A.FormattedValue)[]): string {
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        text += escapeLiteral(part);
        continue;
      }
      const conversion = part.conversion === null ? '' : `!${part.conversion}`;
      const spec = part.spec === null ? '' : `:${this.fstringBody(part.spec.parts)}`;
      text += `{${this.expr(part.value, P.Test)}${conversion}${spec}}`;
    }
    return text;
  }
}

/** A store target (`x`, `d[k]`, `a, b`) written with the given substitutions. */
export function unparseTarget(node: A.Expr, subs: Substitutions = EMPTY): string {
  return new Writer(subs).target(node);
}

function constPrec(node: A.Const): P {
  const v = node.value;
  if ((typeof v === 'bigint' && v < 0n) || (typeof v === 'number' && (v < 0 || Object.is(v, -0)))) {
    return P.Factor;
  }
  return P.Atom;
}

function escapeLiteral(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\{/g, '{{')
    .replace(/\}/g, '}}');
}
