// Statements compiled to closures, for untraced runs (see compile-expr.ts). A compiled block counts steps
// and records the current line exactly as execBlock does; statement kinds without a specialized closure
// run through execStmt.

import type { For, If, Stmt, Try, While } from '../parser/ast.ts';
import { compileExpr } from './compile-expr.ts';
import { compileAugAssign, compileStore } from './compile-target.ts';
import { runTry, type TryBlocks } from './exceptions.ts';
import { isTrue } from './expressions.ts';
import {
  BREAK,
  CONTINUE,
  NORMAL,
  RETURN,
  S,
  stepLimitExceeded,
  type Completion,
  type Frame,
} from './frame.ts';
import { forEachItem } from './for-loop.ts';
import { execStmt } from './statements.ts';

export type Ex = (f: Frame) => Completion;

const normal: Ex = () => NORMAL;

export function compileBlock(body: Stmt[]): Ex {
  const n = body.length;
  if (n === 0) return normal;
  const runs = body.map(compileStmt);
  const lines = body.map((s) => s.line);
  if (n === 1) {
    const run = runs[0]!;
    const line = lines[0]!;
    return (f) => {
      if (++S.steps > S.maxSteps) stepLimitExceeded();
      S.line = line;
      return run(f);
    };
  }
  return (f) => {
    for (let i = 0; i < n; i++) {
      if (++S.steps > S.maxSteps) stepLimitExceeded();
      S.line = lines[i]!;
      const c = runs[i]!(f);
      if (c !== NORMAL) return c;
    }
    return NORMAL;
  };
}

function compileStmt(s: Stmt): Ex {
  switch (s.kind) {
    case 'Return': {
      if (s.value === null) {
        return (f) => {
          f.retval = null;
          return RETURN;
        };
      }
      const value = compileExpr(s.value);
      return (f) => {
        f.retval = value(f);
        return RETURN;
      };
    }
    case 'ExprStmt': {
      const value = compileExpr(s.value);
      return (f) => {
        value(f);
        return NORMAL;
      };
    }
    case 'Assign': {
      const value = compileExpr(s.value);
      if (s.targets.length === 1) {
        const store = compileStore(s.targets[0]!);
        return (f) => {
          store(f, value(f));
          return NORMAL;
        };
      }
      const stores = s.targets.map(compileStore);
      return (f) => {
        const v = value(f);
        for (let i = 0; i < stores.length; i++) stores[i]!(f, v);
        return NORMAL;
      };
    }
    case 'AugAssign':
      return compileAugAssign(s);
    case 'Try':
      return compileTry(s);
    case 'If':
      return compileIf(s);
    case 'While':
      return compileWhile(s);
    case 'For':
      return compileFor(s);
    case 'Pass':
      return normal;
    case 'Break':
      return () => BREAK;
    case 'Continue':
      return () => CONTINUE;
    default:
      return (f) => execStmt(s, f);
  }
}

function compileTry(s: Try): Ex {
  const body = compileBlock(s.body);
  const handlers = s.handlers.map((h) => compileBlock(h.body));
  const orelse = compileBlock(s.orelse);
  const finalbody = compileBlock(s.finalbody);
  const blocks: TryBlocks = {
    body: (_, f) => body(f),
    handler: (_, index, f) => handlers[index]!(f),
    orelse: (_, f) => orelse(f),
    finalbody: (_, f) => finalbody(f),
  };
  return (f) => runTry(s, f, blocks);
}

function compileIf(s: If): Ex {
  const test = compileExpr(s.test);
  const body = compileBlock(s.body);
  const orelse = s.orelse;
  // An elif runs as part of its if, without a step of its own (as execIf does).
  const only = orelse.length === 1 ? orelse[0]! : null;
  const other = only !== null && only.kind === 'If' && only.isElif ? compileIf(only) : compileBlock(orelse);
  return (f) => (isTrue(test(f)) ? body(f) : other(f));
}

function compileWhile(s: While): Ex {
  const test = compileExpr(s.test);
  const body = compileBlock(s.body);
  const orelse = compileBlock(s.orelse);
  return (f) => {
    for (;;) {
      if (!isTrue(test(f))) break;
      // The test itself counts as a step so that `while x: pass`-like loops still hit the limit.
      if (++S.steps > S.maxSteps) stepLimitExceeded();
      const c = body(f);
      if (c === BREAK) return NORMAL;
      if (c === RETURN) return c;
    }
    return orelse(f);
  };
}

function compileFor(s: For): Ex {
  const iter = compileExpr(s.iter);
  const store = compileStore(s.target);
  const body = compileBlock(s.body);
  const orelse = compileBlock(s.orelse);
  return (f) => {
    const c = forEachItem(iter(f), s.iter, (v) => {
      store(f, v);
      return body(f);
    });
    if (c === RETURN) return c;
    if (c === BREAK) return NORMAL;
    return orelse(f);
  };
}
