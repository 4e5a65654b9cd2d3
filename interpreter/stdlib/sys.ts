// A minimal `sys`: sizes and the recursion limit. No stdout/stdin/argv/modules: programs run sandboxed.

import { ValueError, TypeError, pyError } from '../objects/exceptions.ts';
import { asIndex } from '../objects/subscript.ts';
import { PyList, type PyModule, type PyValue } from '../objects/values.ts';
import { namedtuple } from './collections/namedtuple.ts';
import { functions, makeModule } from './module.ts';
import { callValue } from '../objects/runtime.ts';
import type { PyType } from '../objects/type.ts';

let recursionLimit = 1000;

/** The limit a program set with sys.setrecursionlimit (1000 by default); the evaluator reads it. */
export function getRecursionLimit(): number {
  return recursionLimit;
}

type LimitListener = (limit: number) => void;
let limitListener: LimitListener | null = null;

/** The evaluator's hook: called with the new limit whenever a program calls sys.setrecursionlimit. */
export function onRecursionLimitChange(listener: LimitListener | null): void {
  limitListener = listener;
}

/** Restores the default, for a fresh run. */
export function resetRecursionLimit(): void {
  recursionLimit = 1000;
}

let versionInfoType: PyType | null = null;
let floatInfoType: PyType | null = null;

const FLOAT_INFO: [string, PyValue][] = [
  ['max', Number.MAX_VALUE],
  ['max_exp', 1024n],
  ['max_10_exp', 308n],
  ['min', 2.2250738585072014e-308],
  ['min_exp', -1021n],
  ['min_10_exp', -307n],
  ['dig', 15n],
  ['mant_dig', 53n],
  ['epsilon', Number.EPSILON],
  ['radix', 2n],
  ['rounds', 1n],
];

export function sysModule(): PyModule {
  // A run imports sys afresh (modules are per run), so a limit set by an earlier program is forgotten here.
  resetRecursionLimit();
  versionInfoType ??= namedtuple(
    ['version_info', 'major minor micro releaselevel serial'],
    new Map([['module', 'sys']]),
  ) as PyType;
  // Struct sequences print with their dotted C name: sys.version_info(major=3, ...).
  versionInfoType.name = 'sys.version_info';
  floatInfoType ??= namedtuple(
    ['float_info', FLOAT_INFO.map(([name]) => name).join(' ')],
    new Map([['module', 'sys']]),
  ) as PyType;
  floatInfoType.name = 'sys.float_info';
  return makeModule('sys', {
    float_info: callValue(
      floatInfoType,
      FLOAT_INFO.map(([, v]) => v),
    ),
    maxsize: 0x7fffffffffffffffn,
    version: '3.11.7 (main) [etcot sandbox]',
    version_info: callValue(versionInfoType, [3n, 11n, 7n, 'final', 0n]),
    platform: 'linux',
    byteorder: 'little',
    maxunicode: 0x10ffffn,
    argv: new PyList([]),
    ...functions({
      getrecursionlimit: () => BigInt(recursionLimit),
      setrecursionlimit: (args) => {
        const n = asIndex(args[0]!);
        if (n === undefined) throw pyError(TypeError, "'float' object cannot be interpreted as an integer");
        if (n < 1n) throw pyError(ValueError, 'recursion limit must be greater or equal than 1');
        recursionLimit = Number(n > 1_000_000n ? 1_000_000n : n);
        limitListener?.(recursionLimit);
        return null;
      },
      get_int_max_str_digits: () => 4300n,
    }),
  });
}
