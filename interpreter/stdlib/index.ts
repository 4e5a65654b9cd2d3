// The sandbox's standard library: `import` resolves only these modules. Anything else (os, sys.stdout, io,
// subprocess, socket, time, pathlib, threading, ...) is a ModuleNotFoundError, as if not installed.

import { ModuleNotFoundError, pyError } from '../objects/exceptions.ts';
import type { PyModule } from '../objects/values.ts';
import { abcModule } from './abc.ts';
import { bisectModule } from './bisect.ts';
import { collectionsModule } from './collections/index.ts';
import { copyModule } from './copy.ts';
import { functoolsModule } from './functools.ts';
import { hashlibModule } from './hashlib/index.ts';
import { heapqModule } from './heapq.ts';
import { itertoolsModule } from './itertools/index.ts';
import { jsonModule } from './json/index.ts';
import { mathModule } from './math/index.ts';
import { operatorModule } from './operator.ts';
import { randomModule } from './random/index.ts';
import { reModule } from './re/index.ts';
import { statisticsModule } from './statistics.ts';
import { stringModule } from './string.ts';
import { sysModule } from './sys.ts';
import { typingModule } from './typing.ts';

const modules: Record<string, () => PyModule> = {
  abc: abcModule,
  bisect: bisectModule,
  collections: collectionsModule,
  copy: copyModule,
  functools: functoolsModule,
  hashlib: hashlibModule,
  heapq: heapqModule,
  itertools: itertoolsModule,
  json: jsonModule,
  math: mathModule,
  operator: operatorModule,
  random: randomModule,
  re: reModule,
  statistics: statisticsModule,
  string: stringModule,
  sys: sysModule,
  typing: typingModule,
};

/** A fresh module object for `import name` (the evaluator caches it for the rest of the run). */
export function importModule(name: string): PyModule {
  const make = Object.hasOwn(modules, name) ? modules[name] : undefined;
  if (make === undefined) throw pyError(ModuleNotFoundError, `No module named '${name}'`);
  return make();
}

export { getRecursionLimit, onRecursionLimitChange } from './sys.ts';
