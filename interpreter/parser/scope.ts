// The scope resolver: decides, once per program, how every name is stored (Python's rules: a name assigned
// anywhere in a function body is local to it; `global`/`nonlocal` override; comprehensions have their own
// scope; class bodies do not enclose their methods). It patches each Name node with a NameScope and slot
// index and fills each FunctionCode's frame layout, so the evaluator does array reads instead of map lookups.

import type * as A from './ast.ts';
import { NameScope } from './ast.ts';
import { PySyntaxError } from './errors.ts';

type ScopeKind = 'module' | 'function' | 'class';

type Resolution = 'local' | 'global' | 'free' | 'classbody';

class Scope {
  readonly bound = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly uses: A.Name[] = [];
  readonly children: Scope[] = [];
  readonly cells = new Set<string>();
  readonly free = new Set<string>();
  readonly resolved = new Map<string, Resolution>();
  /** Parameters in binding order (functions only). */
  params: string[] = [];
  cellNames: string[] = [];
  /** Module scope only: top-level names live in a locals mapping (see resolveScopes). */
  namesInMapping = false;
  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    readonly code: A.FunctionCode | null,
    readonly classDef: A.ClassDef | null,
    readonly isComprehension = false,
  ) {
    parent?.children.push(this);
  }
}

/**
 * `topNames`: 'global' for a module; 'mapping' for code run by exec/eval against a separate locals mapping,
 * whose top-level names are looked up in that mapping first (CPython's LOAD_NAME/STORE_NAME), resolved as
 * class-body names.
 */
export function resolveScopes(mod: A.Module, topNames: 'global' | 'mapping' = 'global'): void {
  const top = new Scope('module', null, null, null);
  top.namesInMapping = topNames === 'mapping';
  new Collector(top).stmts(mod.body);
  classify(top);
  assign(top);
}

/** Pass 1: records bindings, declarations and uses per scope. */
class Collector {
  constructor(private scope: Scope) {}

  private inScope(s: Scope, f: () => void): void {
    const saved = this.scope;
    this.scope = s;
    f();
    this.scope = saved;
  }

  private bind(n: A.Name): void {
    this.scope.bound.add(n.id);
    this.scope.uses.push(n);
  }

  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'ExprStmt':
        return this.expr(s.value);
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.target(t);
        return;
      case 'AugAssign':
        this.expr(s.value);
        this.target(s.target);
        return;
      case 'AnnAssign':
        if (s.value) this.expr(s.value);
        if (s.value || s.target.kind !== 'Name') this.target(s.target);
        else if (this.scope.kind !== 'module') this.scope.bound.add(s.target.id);
        return;
      case 'If':
      case 'While':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'For':
        this.expr(s.iter);
        this.target(s.target);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
      case 'Return':
        if (s.value) this.expr(s.value);
        return;
      case 'FunctionDef':
        for (const d of s.decorators) this.expr(d);
        this.functionScope(s.code, s.defaults, s.kwDefaults);
        this.bind(s.name);
        return;
      case 'ClassDef': {
        for (const d of s.decorators) this.expr(d);
        for (const b of s.bases) this.expr(b);
        for (const k of s.keywords) this.expr(k.value);
        s.qualname = qualname(this.scope, s.name.id);
        const cs = new Scope('class', this.scope, null, s);
        this.inScope(cs, () => this.stmts(s.body));
        this.bind(s.name);
        return;
      }
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.bind(h.name);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Delete':
        for (const t of s.targets) this.target(t);
        return;
      case 'Global':
      case 'Nonlocal':
        for (const name of s.names) {
          if (s.kind === 'Nonlocal' && this.scope.kind === 'module') {
            throw new PySyntaxError('nonlocal declaration not allowed at module level', s.line, s.col);
          }
          (s.kind === 'Global' ? this.scope.globals : this.scope.nonlocals).add(name);
        }
        return;
      case 'Import':
      case 'ImportFrom':
        if (s.kind === 'ImportFrom' && s.star && this.scope.kind !== 'module') {
          throw new PySyntaxError('import * only allowed at module level', s.line, s.col);
        }
        for (const a of s.names) this.bind(a.bind);
        return;
      case 'With':
        for (const item of s.items) {
          this.expr(item.context);
          if (item.target) this.target(item.target);
        }
        this.stmts(s.body);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        return;
      default: {
        const never: never = s;
        throw new Error(`unknown statement ${(never as A.Stmt).kind}`);
      }
    }
  }

  private pattern(p: A.Pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        return this.expr(p.value);
      case 'MatchSingleton':
        return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.bind(p.name);
        return;
      case 'MatchStar':
        if (p.name) this.bind(p.name);
        return;
      case 'MatchSequence':
      case 'MatchOr':
        for (const q of p.patterns) this.pattern(q);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.bind(p.rest);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwdPatterns) this.pattern(q);
        return;
    }
  }

  private functionScope(code: A.FunctionCode, defaults: A.Expr[], kwDefaults: (A.Expr | null)[]): void {
    for (const d of defaults) this.expr(d);
    for (const d of kwDefaults) if (d) this.expr(d);
    const fs = new Scope('function', this.scope, code, null);
    fs.params = [...code.argNames, ...code.kwonlyNames];
    if (code.varargName !== null) fs.params.push(code.varargName);
    if (code.kwargName !== null) fs.params.push(code.kwargName);
    for (const p of fs.params) fs.bound.add(p);
    code.qualname = qualname(this.scope, code.name);
    this.inScope(fs, () => this.stmts(code.body));
  }

  private target(t: A.Expr): void {
    switch (t.kind) {
      case 'Name':
        return this.bind(t);
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e);
        return;
      case 'Starred':
        return this.target(t.value);
      default:
        return this.expr(t);
    }
  }

  expr(e: A.Expr): void {
    switch (e.kind) {
      case 'Name':
        this.scope.uses.push(e);
        return;
      case 'Const':
        return;
      case 'JoinedStr':
        for (const p of e.parts) {
          if (typeof p === 'string') continue;
          this.expr(p.value);
          if (p.spec) this.expr(p.spec);
        }
        return;
      case 'List':
      case 'Tuple':
      case 'Set':
        for (const x of e.elts) this.expr(x);
        return;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k);
        for (const v of e.values) this.expr(v);
        return;
      case 'Starred':
        return this.expr(e.value);
      case 'Attribute':
        return this.expr(e.value);
      case 'Subscript':
        this.expr(e.value);
        return this.expr(e.index);
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        return;
      case 'Call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) this.expr(k.value);
        return;
      case 'BinOp':
      case 'BoolOp':
        this.expr(e.left);
        return this.expr(e.right);
      case 'UnaryOp':
      case 'Not':
        return this.expr(e.operand);
      case 'Compare':
        this.expr(e.left);
        for (const c of e.comparators) this.expr(c);
        return;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        return this.expr(e.orelse);
      case 'Lambda':
        return this.functionScope(e.code, e.defaults, e.kwDefaults);
      case 'NamedExpr': {
        this.expr(e.value);
        // In a comprehension the walrus binds in the nearest enclosing non-comprehension scope.
        let s = this.scope;
        while (s.isComprehension) {
          s = s.parent!;
        }
        if (s !== this.scope) {
          for (let c = this.scope; c !== s; c = c.parent!) {
            (s.kind === 'module' ? c.globals : c.nonlocals).add(e.target.id);
          }
          s.bound.add(e.target.id);
          this.scope.uses.push(e.target);
        } else this.bind(e.target);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        this.expr(e.generators[0]!.iter);
        const cs = new Scope('function', this.scope, e.code, null, true);
        cs.params = ['.0'];
        cs.bound.add('.0');
        e.code.qualname = qualname(this.scope, e.code.name);
        if (e.kind === 'GeneratorExp') e.code.isGenerator = true;
        this.inScope(cs, () => {
          e.generators.forEach((g, i) => {
            if (i > 0) this.expr(g.iter);
            this.target(g.target);
            for (const cond of g.ifs) this.expr(cond);
          });
          this.expr(e.elt);
          if (e.value) this.expr(e.value);
        });
        return;
      }
      case 'Yield':
      case 'YieldFrom':
        if (this.scope.code === null || this.scope.isComprehension) {
          throw new PySyntaxError("'yield' outside function", e.line, e.col);
        }
        this.scope.code.isGenerator = true;
        if (e.value) this.expr(e.value);
        return;
      default: {
        const never: never = e;
        throw new Error(`unknown expression ${(never as A.Expr).kind}`);
      }
    }
  }
}

function qualname(parent: Scope, name: string): string {
  if (parent.kind === 'module') return name;
  if (parent.kind === 'class') return `${parent.classDef!.qualname}.${name}`;
  return `${parent.code!.qualname}.<locals>.${name}`;
}

/** Pass 2a: classifies every used name; free variables mark their defining scope's variable as a cell. */
function classify(s: Scope): void {
  for (const n of s.uses) {
    if (!s.resolved.has(n.id)) s.resolved.set(n.id, resolve(s, n));
  }
  for (const c of s.children) classify(c);
}

function resolve(s: Scope, n: A.Name): Resolution {
  const id = n.id;
  if (s.globals.has(id)) return 'global';
  if (s.kind === 'module') return s.namesInMapping ? 'classbody' : 'global';
  const declaredNonlocal = s.nonlocals.has(id);
  if (!declaredNonlocal && s.bound.has(id)) return s.kind === 'class' ? 'classbody' : 'local';
  // Look for the binding in enclosing function scopes (class scopes are skipped but pass the cell along).
  const between: Scope[] = [];
  for (let p = s.parent; p !== null; p = p.parent) {
    if (p.kind === 'module') break;
    if (p.kind === 'class') {
      between.push(p);
      continue;
    }
    if (p.globals.has(id)) break;
    if (p.bound.has(id) || p.nonlocals.has(id)) {
      if (p.nonlocals.has(id)) {
        // The defining scope itself gets it from further out.
        if (!p.resolved.has(id)) p.resolved.set(id, resolve(p, { ...n }));
      } else {
        p.cells.add(id);
        if (!p.resolved.has(id)) p.resolved.set(id, 'local');
      }
      for (const b of between) {
        b.free.add(id);
        if (!b.resolved.has(id)) b.resolved.set(id, 'free');
      }
      s.free.add(id);
      return 'free';
    }
    between.push(p);
  }
  if (declaredNonlocal) throw new PySyntaxError(`no binding for nonlocal '${id}' found`, n.line, n.col);
  return s.kind === 'class' ? 'classbody' : 'global';
}

/** Pass 2b: lays out frames (fast slots, cells) and patches every Name node. */
function assign(s: Scope): void {
  const fastIndex = new Map<string, number>();
  const cellIndex = new Map<string, number>();
  if (s.kind === 'function') {
    const code = s.code!;
    const ownCells: string[] = [];
    const order = [...s.params, ...[...s.bound].filter((b) => !s.params.includes(b))];
    for (const name of order) {
      if (s.resolved.get(name) === 'free' || s.nonlocals.has(name) || s.globals.has(name)) continue;
      if (s.cells.has(name)) {
        if (!cellIndex.has(name)) {
          cellIndex.set(name, ownCells.length);
          ownCells.push(name);
        }
      } else if (!fastIndex.has(name)) fastIndex.set(name, fastIndex.size);
    }
    const free = [...s.free].filter((f) => !cellIndex.has(f));
    for (const f of free) cellIndex.set(f, cellIndex.size);
    code.fastNames = [...fastIndex.keys()];
    code.fastCount = fastIndex.size;
    code.ownCellCount = ownCells.length;
    code.cellNames = [...ownCells, ...free];
    s.cellNames = code.cellNames;
    code.paramSlots = s.params.map((p) =>
      cellIndex.has(p)
        ? { scope: NameScope.Cell, index: cellIndex.get(p)! }
        : { scope: NameScope.Fast, index: fastIndex.get(p)! },
    );
    code.freeSources = free.map((f) => parentCellIndex(s, f));
    code.paramsFast = code.paramSlots.every((p, i) => p.scope === NameScope.Fast && p.index === i);
    code.simpleSignature =
      code.varargName === null && code.kwargName === null && code.kwonlyNames.length === 0;
  } else if (s.kind === 'class') {
    const free = [...s.free];
    free.forEach((f, i) => cellIndex.set(f, i));
    s.cellNames = free;
    s.classDef!.cellNames = free;
    s.classDef!.freeSources = free.map((f) => parentCellIndex(s, f));
  }
  for (const n of s.uses) {
    const r = s.resolved.get(n.id)!;
    if (r === 'global') n.scope = NameScope.Global;
    else if (r === 'classbody') n.scope = NameScope.ClassBody;
    else if (cellIndex.has(n.id)) {
      n.scope = NameScope.Cell;
      n.index = cellIndex.get(n.id)!;
    } else {
      n.scope = NameScope.Fast;
      n.index = fastIndex.get(n.id)!;
    }
  }
  for (const c of s.children) assign(c);
}

/** Children are laid out after their parent, so the parent's cellNames are final here. */
function parentCellIndex(s: Scope, name: string): number {
  const i = s.parent!.cellNames.indexOf(name);
  if (i < 0) throw new Error(`scope resolver: free variable ${name} has no cell in the enclosing scope`);
  return i;
}
