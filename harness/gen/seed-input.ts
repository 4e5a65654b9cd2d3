// Reads a seed input (CRUXEval's `input`: the argument list as text, or a whole call) into values. Each
// argument is evaluated by our interpreter, so any expression CRUXEval writes (`'a' * 3`, `list(range(4))`)
// becomes the value the program would see, then read back from its repr as a literal.

import type { Interpreter } from '../../interpreter/api.ts';

/** The part of the interpreter seed evaluation needs. */
export type Evaluator = Pick<Interpreter, 'runCall'>;
import { formatFailure } from '../../interpreter/api.ts';
import { readLiteral, type GenValue } from './values.ts';
import { withTree, type SyntaxNode } from './syntax.ts';

export interface SeedArgument {
  /** The keyword, or null for a positional argument. */
  name: string | null;
  value: GenValue;
}

export interface ParsedCall {
  /** The called name (`f`), or null when the callee is not a plain name. */
  function: string | null;
  args: SeedArgument[];
}

/** Why a seed input could not be used; the generator reports it against the program's line. */
export class SeedInputError extends Error {
  override name = 'SeedInputError';
}

interface ArgumentText {
  name: string | null;
  text: string;
}

/** Splits a call's source into its callee name and argument texts. */
export function splitCall(call: string): { function: string | null; args: ArgumentText[] } {
  return withTree(call, (root) => {
    if (root.hasError) throw new SeedInputError(`not a valid call: ${call}`);
    const statement = root.namedChildren.find((n) => n.type !== 'comment');
    const expr = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (root.namedChildren.length !== 1 || expr === undefined || expr.type !== 'call') {
      throw new SeedInputError(`not a single call: ${call}`);
    }
    const callee = expr.childForFieldName('function');
    const argumentList = expr.childForFieldName('arguments');
    if (argumentList === null || argumentList.type !== 'argument_list') {
      throw new SeedInputError(`not a plain call: ${call}`);
    }
    return {
      function: callee?.type === 'identifier' ? callee.text : null,
      args: argumentList.namedChildren.filter((n) => n.type !== 'comment').map(argumentText),
    };
  });
}

function argumentText(node: SyntaxNode): ArgumentText {
  if (node.type === 'keyword_argument') {
    const name = node.childForFieldName('name')?.text ?? null;
    const value = node.childForFieldName('value');
    if (name === null || value === null) throw new SeedInputError(`unreadable argument: ${node.text}`);
    return { name, text: value.text };
  }
  if (node.type === 'list_splat' || node.type === 'dictionary_splat') {
    throw new SeedInputError(`unpacked arguments are not supported in a seed input: ${node.text}`);
  }
  return { name: null, text: node.text };
}

/** Evaluates each argument of `call` with the interpreter and reads the values back as literals. */
export function parseSeedCall(interpreter: Evaluator, call: string, code = ''): ParsedCall {
  const split = splitCall(call);
  return { function: split.function, args: split.args.map((a) => evaluateArgument(interpreter, a, code)) };
}

/** The seed `input` of a record (an argument list, as in CRUXEval) for a function named `fn`. */
export function parseSeedInput(interpreter: Evaluator, fn: string, input: string, code = ''): ParsedCall {
  return parseSeedCall(interpreter, `${fn}(${input})`, code);
}

/** `code` runs first, so an argument may use the program's own module-level names. */
function evaluateArgument(interpreter: Evaluator, arg: ArgumentText, code: string): SeedArgument {
  // A one-element tuple keeps the argument an expression whatever it is (a bare generator, a walrus).
  const result = interpreter.runCall(code, `(${arg.text},)`, { maxSteps: 100_000 });
  if (!result.ok) {
    throw new SeedInputError(`seed argument ${arg.text} cannot be evaluated: ${formatFailure(result.error)}`);
  }
  const value = withTree(result.repr, (root) => {
    const tuple = root.namedChildren[0]?.namedChildren[0];
    const only = tuple?.type === 'tuple' ? tuple.namedChildren[0] : undefined;
    return only === undefined ? null : readLiteral(only);
  });
  return { name: arg.name, value: value ?? { kind: 'opaque', text: arg.text } };
}
