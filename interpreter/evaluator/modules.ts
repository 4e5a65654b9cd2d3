// The hook through which `import` reaches the sandbox's stdlib (stdlib/index.ts). index.ts installs the
// resolver when the interpreter loads; until then every import is a ModuleNotFoundError, which is also
// the sandbox's answer for any module it does not provide.

import { ModuleNotFoundError, pyError } from '../objects/exceptions.ts';
import type { PyModule } from '../objects/values.ts';

type ModuleResolver = (name: string) => PyModule;

let resolver: ModuleResolver = (name) => {
  throw pyError(ModuleNotFoundError, `No module named '${name}'`);
};

export function setModuleResolver(r: ModuleResolver): void {
  resolver = r;
}

export function resolveModule(name: string): PyModule {
  return resolver(name);
}
