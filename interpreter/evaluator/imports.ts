// `import` statements, resolved against the sandbox's stdlib modules (stdlib/index.ts). Module objects are
// created once per run, so two imports of one module give the same object.

import { ImportError, pyError } from '../objects/exceptions.ts';
import type { PyModule, PyValue } from '../objects/values.ts';
import type { Import, ImportFrom } from '../parser/ast.ts';
import { resolveModule } from './modules.ts';
import { getAttrOrUndefined } from './attributes.ts';
import { S, type Frame } from './frame.ts';
import { globalsChanged, storeName } from './names.ts';

function load(name: string): PyModule {
  let m = S.modules.get(name);
  if (m === undefined) {
    m = resolveModule(name);
    S.modules.set(name, m);
  }
  return m as PyModule;
}

export function execImport(s: Import, f: Frame): void {
  for (const a of s.names) {
    const mod = load(a.name);
    // `import a.b` binds `a`; `import a.b as c` binds the submodule.
    storeName(a.bind, a.asname !== null ? mod : load(a.name.split('.')[0]!), f);
  }
}

export function execImportFrom(s: ImportFrom, f: Frame): void {
  const mod = load(s.module);
  if (s.star) {
    for (const [k, v] of mod.dict) {
      if (!k.startsWith('_')) f.globals.set(k, v);
    }
    globalsChanged();
    return;
  }
  for (const a of s.names) {
    let v: PyValue | undefined = getAttrOrUndefined(mod, a.name);
    if (v === undefined) {
      try {
        v = load(`${s.module}.${a.name}`);
      } catch {
        throw pyError(ImportError, `cannot import name '${a.name}' from '${s.module}' (unknown location)`);
      }
    }
    storeName(a.bind, v, f);
  }
}
