// Our own typed AST: a closed union of node kinds, each carrying its 1-based source line and column. The
// converter (convert.ts) builds it from tree-sitter's concrete syntax tree; the scope resolver (scope.ts)
// then fills in how every name is stored, so the evaluator never looks a local variable up by name.

import type { Completion, Frame } from '../evaluator/frame.ts';
import type { PyType } from '../objects/type.ts';
import type { PyNativeFunction, PyValue } from '../objects/values.ts';

export interface Loc {
  line: number;
  col: number;
}

/** How the evaluator reaches a name; decided once by the scope resolver. */
export enum NameScope {
  /** A function local kept in the frame's `fast` array. */
  Fast = 0,
  /** A cell shared with nested functions (own cell variable or a free variable), in the frame's `cells`. */
  Cell = 1,
  /** Module globals, then builtins. */
  Global = 2,
  /** Class-body namespace, then globals, then builtins. */
  ClassBody = 3,
}

export interface Name extends Loc {
  kind: 'Name';
  id: string;
  scope: NameScope;
  index: number;
  /**
   * Evaluator's cache of a global/builtin load: valid while `cacheGlobals` is the frame's globals and no
   * global has been stored or deleted since (`cacheVersion`). Set up here so that every Name has one shape.
   */
  cacheGlobals: Map<string, PyValue> | null;
  cacheVersion: number;
  cacheValue: PyValue;
}

export interface Const extends Loc {
  kind: 'Const';
  value: PyValue;
}

export interface FormattedValue {
  value: Expr;
  /** `!r`, `!s`, `!a` or none. */
  conversion: 'r' | 's' | 'a' | null;
  spec: JoinedStr | null;
}

/** An f-string: literal parts and formatted values, in order. */
export interface JoinedStr extends Loc {
  kind: 'JoinedStr';
  parts: (string | FormattedValue)[];
}

export interface ListExpr extends Loc {
  kind: 'List';
  elts: Expr[];
}
export interface TupleExpr extends Loc {
  kind: 'Tuple';
  elts: Expr[];
}
export interface SetExpr extends Loc {
  kind: 'Set';
  elts: Expr[];
}
/** A `None` key marks a `**mapping` entry. */
export interface DictExpr extends Loc {
  kind: 'Dict';
  keys: (Expr | null)[];
  values: Expr[];
}
export interface Starred extends Loc {
  kind: 'Starred';
  value: Expr;
}
export interface Attribute extends Loc {
  kind: 'Attribute';
  value: Expr;
  attr: string;
  /**
   * Evaluator's cache of a method call `x.attr(...)` on a value of a builtin type (whose attributes
   * programs cannot change): the type last seen and the native method it has under `attr`.
   */
  cacheType: PyType | null;
  cacheMethod: PyNativeFunction | null;
}
export interface Subscript extends Loc {
  kind: 'Subscript';
  value: Expr;
  index: Expr;
}
export interface SliceExpr extends Loc {
  kind: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}
export interface Keyword {
  /** Null for `**mapping`. */
  name: string | null;
  value: Expr;
}
export interface Call extends Loc {
  kind: 'Call';
  func: Expr;
  /** Positional arguments; `Starred` for `*iterable`. */
  args: Expr[];
  keywords: Keyword[];
  /** True when there is no `*` or `**` argument and no keyword: the common fast path. */
  simple: boolean;
  /** Evaluator's cache for calling a builtin type (`str(x)`): the type last called and its native `__new__`. */
  cacheType: PyType | null;
  cacheNew: PyNativeFunction | null;
}
export type BinOpName = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '&' | '|' | '^' | '@';
export interface BinOp extends Loc {
  kind: 'BinOp';
  op: BinOpName;
  left: Expr;
  right: Expr;
}
export interface UnaryOp extends Loc {
  kind: 'UnaryOp';
  op: '-' | '+' | '~';
  operand: Expr;
}
export interface Not extends Loc {
  kind: 'Not';
  operand: Expr;
}
export interface BoolOp extends Loc {
  kind: 'BoolOp';
  op: 'and' | 'or';
  left: Expr;
  right: Expr;
}
export type CmpOpName = '<' | '<=' | '==' | '!=' | '>' | '>=' | 'in' | 'not in' | 'is' | 'is not';
export interface Compare extends Loc {
  kind: 'Compare';
  left: Expr;
  ops: CmpOpName[];
  comparators: Expr[];
}
export interface IfExp extends Loc {
  kind: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}
export interface Lambda extends Loc {
  kind: 'Lambda';
  code: FunctionCode;
  defaults: Expr[];
  kwDefaults: (Expr | null)[];
}
export interface NamedExpr extends Loc {
  kind: 'NamedExpr';
  target: Name;
  value: Expr;
}
export interface ComprehensionFor {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}
/** List/set/dict comprehensions and generator expressions run in their own function-like scope. */
export interface Comprehension extends Loc {
  kind: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp';
  /** The element (or the key, for dicts). */
  elt: Expr;
  /** The value, for dict comprehensions. */
  value: Expr | null;
  generators: ComprehensionFor[];
  code: FunctionCode;
}
export interface Yield extends Loc {
  kind: 'Yield';
  value: Expr | null;
}
export interface YieldFrom extends Loc {
  kind: 'YieldFrom';
  value: Expr;
}

export type Expr =
  | Name
  | Const
  | JoinedStr
  | ListExpr
  | TupleExpr
  | SetExpr
  | DictExpr
  | Starred
  | Attribute
  | Subscript
  | SliceExpr
  | Call
  | BinOp
  | UnaryOp
  | Not
  | BoolOp
  | Compare
  | IfExp
  | Lambda
  | NamedExpr
  | Comprehension
  | Yield
  | YieldFrom;

// ---- statements ----

export interface ExprStmt extends Loc {
  kind: 'ExprStmt';
  value: Expr;
}
export interface Assign extends Loc {
  kind: 'Assign';
  /** `a = b = value` has two targets, assigned left to right. */
  targets: Expr[];
  value: Expr;
}
export interface AugAssign extends Loc {
  kind: 'AugAssign';
  target: Expr;
  op: BinOpName;
  value: Expr;
}
/** `x: int = 1`; without a value it only declares (nothing runs). */
export interface AnnAssign extends Loc {
  kind: 'AnnAssign';
  target: Expr;
  value: Expr | null;
}
export interface If extends Loc {
  kind: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
  /** True for an `elif` clause folded into `orelse`, so traces can say `elif`. */
  isElif: boolean;
}
export interface While extends Loc {
  kind: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface For extends Loc {
  kind: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface Simple extends Loc {
  kind: 'Pass' | 'Break' | 'Continue';
}
export interface Return extends Loc {
  kind: 'Return';
  value: Expr | null;
}
export interface Param {
  name: string;
  default: Expr | null;
}
/** Everything about a function body the evaluator needs to build frames; shared by def, lambda and comprehensions. */
export interface FunctionCode {
  name: string;
  qualname: string;
  /** Positional parameters (positional-only first), then keyword-only ones. */
  posonlyCount: number;
  argNames: string[];
  kwonlyNames: string[];
  varargName: string | null;
  kwargName: string | null;
  /** For every parameter in order argNames, kwonlyNames, vararg, kwarg: where it is stored (see NameScope). */
  paramSlots: { scope: NameScope.Fast | NameScope.Cell; index: number }[];
  /** True when parameter i lives in fast slot i for every parameter (no parameter is captured). */
  paramsFast: boolean;
  /** True when there is no *args, **kwargs or keyword-only parameter. */
  simpleSignature: boolean;
  body: Stmt[];
  /** For a lambda: the expression. */
  isLambda: boolean;
  isGenerator: boolean;
  fastCount: number;
  fastNames: string[];
  /** Own cell variables, then free variables (captured from the enclosing scope). */
  cellNames: string[];
  ownCellCount: number;
  /** For each free variable: its index in the defining frame's `cells`. */
  freeSources: number[];
  line: number;
  /** The body compiled to closures by the evaluator on the first untraced call (compile-stmt.ts). */
  compiled: ((f: Frame) => Completion) | null;
}
export interface FunctionDef extends Loc {
  kind: 'FunctionDef';
  name: Name;
  code: FunctionCode;
  defaults: Expr[];
  kwDefaults: (Expr | null)[];
  decorators: Expr[];
}
/** A class body runs like a function whose locals live in a namespace map. */
export interface ClassDef extends Loc {
  kind: 'ClassDef';
  name: Name;
  /** `f.<locals>.Local`, `Outer.Inner`, ... */
  qualname: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
  /** Cells of a class body: only free variables passed through from an enclosing function. */
  cellNames: string[];
  freeSources: number[];
}
export interface ExceptHandler extends Loc {
  type: Expr | null;
  name: Name | null;
  body: Stmt[];
}
export interface Try extends Loc {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Raise extends Loc {
  kind: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}
export interface Assert extends Loc {
  kind: 'Assert';
  test: Expr;
  msg: Expr | null;
}
export interface Delete extends Loc {
  kind: 'Delete';
  targets: Expr[];
}
export interface Declare extends Loc {
  kind: 'Global' | 'Nonlocal';
  names: string[];
}
export interface ImportAlias {
  /** Dotted module name (`import a.b`) or imported attribute name (`from m import x`). */
  name: string;
  asname: Name | null;
  /** For `import a.b` without `as`: the name `a` is bound. */
  bind: Name;
}
export interface Import extends Loc {
  kind: 'Import';
  names: ImportAlias[];
}
export interface ImportFrom extends Loc {
  kind: 'ImportFrom';
  module: string;
  names: ImportAlias[];
  /** `from m import *`: the resolver cannot know the names, so it is unsupported inside functions. */
  star: boolean;
}
export interface WithItem {
  context: Expr;
  target: Expr | null;
}
export interface With extends Loc {
  kind: 'With';
  items: WithItem[];
  body: Stmt[];
}
export interface MatchCase extends Loc {
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}
export interface Match extends Loc {
  kind: 'Match';
  subject: Expr;
  cases: MatchCase[];
}

export type Stmt =
  | ExprStmt
  | Assign
  | AugAssign
  | AnnAssign
  | If
  | While
  | For
  | Simple
  | Return
  | FunctionDef
  | ClassDef
  | Try
  | Raise
  | Assert
  | Delete
  | Declare
  | Import
  | ImportFrom
  | With
  | Match;

// ---- match patterns ----

export interface MatchValue extends Loc {
  kind: 'MatchValue';
  value: Expr;
}
/** `None`, `True`, `False`: compared with `is`. */
export interface MatchSingleton extends Loc {
  kind: 'MatchSingleton';
  value: PyValue;
}
/** A capture (`x`) or the wildcard (`_`, name null), optionally wrapping a pattern (`p as x`). */
export interface MatchAs extends Loc {
  kind: 'MatchAs';
  pattern: Pattern | null;
  name: Name | null;
}
export interface MatchStar extends Loc {
  kind: 'MatchStar';
  name: Name | null;
}
export interface MatchSequence extends Loc {
  kind: 'MatchSequence';
  patterns: Pattern[];
}
export interface MatchMapping extends Loc {
  kind: 'MatchMapping';
  keys: Expr[];
  patterns: Pattern[];
  rest: Name | null;
}
export interface MatchClass extends Loc {
  kind: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwdNames: string[];
  kwdPatterns: Pattern[];
}
export interface MatchOr extends Loc {
  kind: 'MatchOr';
  patterns: Pattern[];
}

export type Pattern =
  MatchValue | MatchSingleton | MatchAs | MatchStar | MatchSequence | MatchMapping | MatchClass | MatchOr;

export interface Module {
  body: Stmt[];
  /** The body compiled to closures by the evaluator on the first untraced run (compile-stmt.ts). */
  compiled: ((f: Frame) => Completion) | null;
}
