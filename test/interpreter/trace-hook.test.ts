// The evaluation hook the tracer builds on: typed events in execution order, and none without a sink.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PyFunction } from '../../interpreter/evaluator/frame.ts';
import { runCall, runModule } from '../../interpreter/index.ts';
import { repr } from '../../interpreter/objects/repr.ts';
import { TRACE_EVENTS_VERSION, type TraceEvent, type TraceSink } from '../../interpreter/tracer/events.ts';
import './helpers.ts';

function collect(code: string, call: string): string[] {
  const lines: string[] = [];
  const sink: TraceSink = {
    version: TRACE_EVENTS_VERSION,
    emit(e: TraceEvent) {
      switch (e.kind) {
        case 'statement':
          lines.push(`${e.depth} stmt ${e.stmt.kind}@${e.line}`);
          break;
        case 'call':
          lines.push(
            `${e.depth} call ${e.func.name}(${e.args.map(([n, v]) => `${n}=${repr(v)}`).join(', ')})`,
          );
          break;
        case 'return':
          lines.push(`${e.depth} return ${repr(e.value)}`);
          break;
        case 'branch':
          lines.push(`${e.depth} branch ${e.construct} ${repr(e.value)} ${e.taken}`);
          break;
        case 'iteration':
          lines.push(`${e.depth} iter #${e.index} ${repr(e.item)}`);
          break;
        case 'loop-exit':
          lines.push(`${e.depth} loop-exit ${e.iterations}`);
          break;
        case 'bind':
          lines.push(
            `${e.depth} bind ${e.name}=${e.value instanceof PyFunction ? 'function' : repr(e.value)}`,
          );
          break;
        case 'raise':
          lines.push(`${e.depth} raise ${e.exception.cls.name}@${e.line}`);
          break;
        case 'catch':
          lines.push(`${e.depth} catch ${e.exception.cls.name}@${e.line}`);
          break;
        case 'expression':
          if (e.expr.kind === 'BinOp') lines.push(`${e.depth} expr ${e.expr.op} -> ${repr(e.value)}`);
          break;
      }
    },
  };
  const r = runCall(code, call, { sink });
  lines.push(r.ok ? `result ${r.repr}` : `error ${r.error.type}`);
  return lines;
}

test('events follow execution: statements, calls, branches, iterations, bindings, returns', () => {
  const code =
    'def f(n, k=2):\n    t = 0\n    for i in range(n):\n        if i % k:\n            t = t + i\n    return t';
  assert.deepEqual(collect(code, 'f(3)'), [
    '0 stmt FunctionDef@1',
    '0 bind f=function',
    '1 call f(n=3, k=2)',
    '1 stmt Assign@2',
    '1 bind t=0',
    '1 stmt For@3',
    '1 iter #0 0',
    '1 bind i=0',
    '1 stmt If@4',
    '1 expr % -> 0',
    '1 branch if 0 false',
    '1 iter #1 1',
    '1 bind i=1',
    '1 stmt If@4',
    '1 expr % -> 1',
    '1 branch if 1 true',
    '1 stmt Assign@5',
    '1 expr + -> 1',
    '1 bind t=1',
    '1 iter #2 2',
    '1 bind i=2',
    '1 stmt If@4',
    '1 expr % -> 0',
    '1 branch if 0 false',
    '1 loop-exit 3',
    '1 stmt Return@6',
    '1 return 1',
    'result 1',
  ]);
});

test('exceptions are reported when raised and when caught; and/or report short-circuits', () => {
  const code =
    'def f(x):\n    try:\n        return 1 // x\n    except ZeroDivisionError:\n        return x or "zero"';
  const lines = collect(code, 'f(0)').filter((l) => /raise|catch|branch|result/.test(l));
  assert.deepEqual(lines, [
    '1 raise ZeroDivisionError@3',
    '1 catch ZeroDivisionError@4',
    '1 branch or 0 false',
    "result 'zero'",
  ]);
});

test('a sink built for another event version is refused', () => {
  const r = runModule('x = 1', { sink: { version: TRACE_EVENTS_VERSION + 1, emit: () => {} } } as never);
  assert.deepEqual(r.ok ? null : r.error.type, 'InternalError');
});
