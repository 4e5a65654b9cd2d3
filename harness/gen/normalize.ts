// Normalized source: the token stream of a program with comments and docstrings removed, identifiers
// renamed canonically in order of first appearance (v0, v1, ...), string literals in one quote style and
// blocks written as braces. Two programs that differ only by names, comments, quotes or layout normalize to
// the same text, which is what decontamination and deduplication compare. Attribute and method names,
// keyword names of builtin calls, imported names and builtins keep their spelling: they carry the meaning.

import { createHash } from 'node:crypto';
import { withTree, type SyntaxNode } from './syntax.ts';

const BUILTIN_NAMES = new Set(
  (
    'abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex delattr ' +
    'dict dir divmod enumerate eval exec filter float format frozenset getattr globals hasattr hash help hex ' +
    'id input int isinstance issubclass iter len list locals map max memoryview min next object oct open ord ' +
    'pow print property range repr reversed round set setattr slice sorted staticmethod str sum super tuple ' +
    'type vars zip __import__ __name__ NotImplemented Ellipsis self cls'
  ).split(' '),
);
const EXCEPTION_NAME = /^[A-Z]\w*(Error|Exception|Warning|Exit|Interrupt|Iteration)$/;
const STATEMENT_PARENTS = new Set(['module', 'block']);
const IMPORTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);

/** Canonical names given so far; pass it on to normalize a call in the same namespace as its program. */
export type NameMap = Map<string, string>;

export interface Normalized {
  text: string;
  names: NameMap;
  /** False when tree-sitter found a syntax error (the text is still produced, from what it read). */
  ok: boolean;
}

export function normalizeSource(code: string, names: NameMap = new Map()): Normalized {
  return withTree(code, (root) => {
    const writer = new TokenWriter(names);
    writer.node(root);
    return { text: writer.tokens.join(' '), names, ok: !root.hasError };
  });
}

/** A short stable digest of normalized text, for hash sets. */
export function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, 22);
}

class TokenWriter {
  readonly tokens: string[] = [];
  /** Names bound by imports: module and library names, kept as written. */
  private readonly imported = new Set<string>();

  constructor(private readonly names: NameMap) {}

  node(node: SyntaxNode): void {
    switch (node.type) {
      case 'comment':
        return;
      case 'expression_statement':
        if (isBareString(node)) return;
        break;
      case 'string':
        this.string(node);
        return;
      case 'identifier':
        this.tokens.push(this.rename(node.text));
        return;
      case 'attribute':
        this.attribute(node);
        return;
      case 'keyword_argument':
        this.keywordArgument(node);
        return;
      case 'integer':
      case 'float':
        this.tokens.push(node.text.replace(/_/g, '').toLowerCase());
        return;
      case 'block':
        this.tokens.push('{');
        this.children(node);
        this.tokens.push('}');
        return;
    }
    if (IMPORTS.has(node.type)) {
      this.importStatement(node);
      return;
    }
    if (node.childCount === 0) this.tokens.push(node.text);
    else this.children(node);
  }

  private children(node: SyntaxNode): void {
    const statements = STATEMENT_PARENTS.has(node.type);
    for (const child of node.children) {
      const before = this.tokens.length;
      this.node(child);
      if (statements && this.tokens.length > before) this.tokens.push(';');
    }
  }

  private rename(name: string): string {
    const known = this.names.get(name);
    if (known !== undefined) return known;
    if (this.imported.has(name) || BUILTIN_NAMES.has(name) || EXCEPTION_NAME.test(name)) return name;
    const canonical = `v${this.names.size}`;
    this.names.set(name, canonical);
    return canonical;
  }

  private attribute(node: SyntaxNode): void {
    const object = node.childForFieldName('object');
    if (object !== null) this.node(object);
    this.tokens.push('.', node.childForFieldName('attribute')?.text ?? '');
  }

  /**
   * `key=` of a call: kept as written (library keywords such as `key=`, `reverse=` carry meaning), unless
   * the callee is one of the program's own (renamed) functions, whose parameters were renamed too.
   */
  private keywordArgument(node: SyntaxNode): void {
    const name = node.childForFieldName('name')?.text ?? '';
    const callee = node.parent?.parent?.childForFieldName('function');
    const own = callee?.type === 'identifier' && this.names.has(callee.text);
    this.tokens.push(own ? (this.names.get(name) ?? name) : name, '=');
    const value = node.childForFieldName('value');
    if (value !== null) this.node(value);
  }

  private importStatement(node: SyntaxNode): void {
    const visit = (n: SyntaxNode): void => {
      if (n.type === 'identifier') this.imported.add(n.text);
      if (n.childCount === 0) this.tokens.push(n.text);
      for (const child of n.children) visit(child);
    };
    visit(node);
  }

  /** Strings in one spelling: lowercase prefix without `u`, single quotes, quotes inside unescaped. */
  private string(node: SyntaxNode): void {
    let text = '';
    for (const child of node.children) {
      switch (child.type) {
        case 'string_start':
          text += `${child.text.replace(/['"]/g, '').toLowerCase().replace('u', '')}'`;
          break;
        case 'string_end':
          text += "'";
          break;
        case 'string_content':
          text += child.text.replace(/\\(['"])/g, '$1').replace(/\n/g, '\\n');
          break;
        case 'interpolation':
          this.tokens.push(text);
          text = '';
          this.node(child);
          break;
        default:
          text += child.text;
      }
    }
    this.tokens.push(text);
  }
}

function isBareString(statement: SyntaxNode): boolean {
  if (statement.namedChildCount !== 1) return false;
  const only = statement.namedChildren[0]!.type;
  return only === 'string' || only === 'concatenated_string';
}
