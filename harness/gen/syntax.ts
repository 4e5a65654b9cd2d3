// Concrete syntax trees for the generator. The interpreter's AST drops what generation needs (type
// annotations, comments, the exact spelling of literals), so this module parses with the same
// tree-sitter-python grammar directly. The interpreter's initParser() runs first: it owns the one-time
// wasm initialisation of web-tree-sitter.

import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { initParser } from '../../interpreter/parser/index.ts';

export type { Node as SyntaxNode } from 'web-tree-sitter';

let parser: Parser | null = null;
let loading: Promise<void> | null = null;

/** Loads the grammar; safe to call many times. */
export function initSyntax(): Promise<void> {
  loading ??= (async () => {
    await initParser();
    const wasm = createRequire(import.meta.url).resolve('tree-sitter-python/tree-sitter-python.wasm');
    const p = new Parser();
    p.setLanguage(await Language.load(wasm));
    parser = p;
  })();
  return loading;
}

/**
 * Parses `code` and hands its root node to `use`; the tree is freed afterwards (wasm memory is not
 * garbage collected), so nodes must not escape `use`.
 */
export function withTree<T>(code: string, use: (root: Node) => T): T {
  if (parser === null) throw new Error('syntax not initialised: await initSyntax() first');
  const tree = parser.parse(code);
  if (tree === null) throw new Error('tree-sitter returned no tree');
  try {
    return use(tree.rootNode);
  } finally {
    tree.delete();
  }
}
