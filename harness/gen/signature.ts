// Reads a function's signature from source: parameter names, how each is passed, its type hint (as a
// TypeSpec) and its default value (as a literal). Inputs are drawn from hints when a program has no seed
// input, and a literal default stands in as a seed for an unannotated parameter.

import { readLiteral, type GenValue } from './values.ts';
import { withTree, type SyntaxNode } from './syntax.ts';

export type TypeSpec =
  | { kind: 'int' | 'float' | 'str' | 'bool' | 'none' }
  | { kind: 'list' | 'set'; item: TypeSpec }
  | { kind: 'tuple'; items: TypeSpec[]; variadic: boolean }
  | { kind: 'dict'; key: TypeSpec; value: TypeSpec }
  | { kind: 'union'; options: TypeSpec[] };

export interface ParamInfo {
  name: string;
  /** Keyword-only parameters (after `*`) are passed by name. */
  keywordOnly: boolean;
  type: TypeSpec | null;
  default: GenValue | null;
  hasDefault: boolean;
}

/** The parameters of the first function named `fn` in `code`; null when there is none or it has `*args`. */
export function readSignature(code: string, fn: string): ParamInfo[] | null {
  return withTree(code, (root) => {
    const def = findFunction(root, fn);
    const params = def?.childForFieldName('parameters');
    if (params === null || params === undefined) return null;
    const out: ParamInfo[] = [];
    let keywordOnly = false;
    for (const p of params.namedChildren) {
      switch (p.type) {
        case 'keyword_separator':
          keywordOnly = true;
          break;
        case 'positional_separator':
        case 'comment':
          break;
        case 'identifier':
          out.push({ name: p.text, keywordOnly, type: null, default: null, hasDefault: false });
          break;
        case 'typed_parameter':
        case 'default_parameter':
        case 'typed_default_parameter':
          out.push(readParam(p, keywordOnly));
          break;
        default:
          // *args / **kwargs: the arity is open, so there is no shape to draw from.
          return null;
      }
    }
    return out;
  });
}

function findFunction(node: SyntaxNode, fn: string): SyntaxNode | null {
  for (const child of node.namedChildren) {
    const def = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === fn) return def;
  }
  return null;
}

function readParam(p: SyntaxNode, keywordOnly: boolean): ParamInfo {
  const name =
    (p.childForFieldName('name') ?? p.namedChildren.find((c) => c.type === 'identifier'))?.text ?? '';
  const typeNode = p.childForFieldName('type');
  const valueNode = p.childForFieldName('value');
  return {
    name,
    keywordOnly,
    type: typeNode === null ? null : readType(typeNode),
    default: valueNode === null ? null : readLiteral(valueNode),
    hasDefault: valueNode !== null,
  };
}

const SCALARS: Record<string, TypeSpec['kind']> = { int: 'int', float: 'float', str: 'str', bool: 'bool' };
const CONTAINERS: Record<string, 'list' | 'set' | 'tuple' | 'dict' | 'optional' | 'union'> = {
  list: 'list',
  List: 'list',
  Sequence: 'list',
  Iterable: 'list',
  set: 'set',
  Set: 'set',
  tuple: 'tuple',
  Tuple: 'tuple',
  dict: 'dict',
  Dict: 'dict',
  Mapping: 'dict',
  Optional: 'optional',
  Union: 'union',
};
const INT: TypeSpec = { kind: 'int' };

/** A type annotation as a TypeSpec; null for types we cannot draw values of (classes, callables, ...). */
export function readType(node: SyntaxNode): TypeSpec | null {
  switch (node.type) {
    case 'type':
    case 'parenthesized_expression':
      return node.namedChildren.length === 1 ? readType(node.namedChildren[0]!) : null;
    case 'none':
      return { kind: 'none' };
    case 'identifier': {
      const scalar = SCALARS[node.text];
      if (scalar !== undefined) return { kind: scalar } as TypeSpec;
      // A bare container hint says nothing of its elements; ints are the commonest guess.
      const container = CONTAINERS[node.text];
      if (container === 'list' || container === 'set') return { kind: container, item: INT };
      if (container === 'tuple') return { kind: 'tuple', items: [INT], variadic: true };
      if (container === 'dict') return { kind: 'dict', key: { kind: 'str' }, value: INT };
      return null;
    }
    case 'binary_operator': {
      if (node.childForFieldName('operator')?.text !== '|') return null;
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      return union([left === null ? null : readType(left), right === null ? null : readType(right)]);
    }
    case 'generic_type':
    case 'subscript':
      return readGeneric(node);
    default:
      return null;
  }
}

function readGeneric(node: SyntaxNode): TypeSpec | null {
  const head = node.type === 'subscript' ? node.childForFieldName('value') : node.namedChildren[0];
  const container = head === null || head === undefined ? undefined : CONTAINERS[head.text];
  if (container === undefined) return null;
  const argNodes =
    node.type === 'subscript'
      ? node.childrenForFieldName('subscript')
      : (node.namedChildren.find((c) => c.type === 'type_parameter')?.namedChildren ?? []);
  const flat = argNodes.flatMap((a) =>
    a.type === 'tuple' || a.type === 'expression_list' ? a.namedChildren : [a],
  );
  const variadic = flat.length === 2 && flat[1]!.text === '...';
  const args = (variadic ? flat.slice(0, 1) : flat).map(readType);
  if (args.some((a) => a === null)) return null;
  const specs = args as TypeSpec[];
  switch (container) {
    case 'list':
    case 'set':
      return specs.length === 1 ? { kind: container, item: specs[0]! } : null;
    case 'tuple':
      return { kind: 'tuple', items: specs, variadic };
    case 'dict':
      return specs.length === 2 ? { kind: 'dict', key: specs[0]!, value: specs[1]! } : null;
    case 'optional':
      return specs.length === 1 ? union([specs[0]!, { kind: 'none' }]) : null;
    case 'union':
      return union(specs);
  }
}

function union(options: (TypeSpec | null)[]): TypeSpec | null {
  if (options.some((o) => o === null)) return null;
  const flat = (options as TypeSpec[]).flatMap((o) => (o.kind === 'union' ? o.options : [o]));
  return flat.length === 1 ? flat[0]! : { kind: 'union', options: flat };
}
