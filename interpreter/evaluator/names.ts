// Loading and storing names, by the NameScope the resolver chose, with CPython's NameError wording.

import { NameError, UnboundLocalError, pyError } from '../objects/exceptions.ts';
import type { PyValue } from '../objects/values.ts';
import { NameScope, type Name } from '../parser/ast.ts';
import { S, type Frame } from './frame.ts';
import { emitBind } from './trace.ts';

/**
 * Bumped on every store or delete of a global in any namespace, invalidating the load caches of Name nodes.
 * The builtins namespace is never written during a run, so a cached builtin stays valid with its globals.
 */
let globalsVersion = 0;

export function globalsChanged(): void {
  globalsVersion++;
}

/**
 * The Name nodes whose caches hold values of `cachedGlobals`. ASTs outlive runs (parser/index.ts caches
 * them), so the caches are emptied once another namespace is in use, to release the previous run's objects.
 */
let cachedNames: Name[] = [];
let cachedGlobals: Map<string, PyValue> | null = null;

function loadGlobal(e: Name, globals: Map<string, PyValue>): PyValue {
  if (e.cacheGlobals === globals && e.cacheVersion === globalsVersion) return e.cacheValue;
  let v = globals.get(e.id);
  if (v === undefined) {
    v = S.builtins.get(e.id);
    if (v === undefined) throw notDefined(e.id);
  }
  if (globals !== cachedGlobals) {
    for (const n of cachedNames) {
      n.cacheGlobals = null;
      n.cacheValue = null;
    }
    cachedNames = [];
    cachedGlobals = globals;
  }
  if (e.cacheGlobals !== globals) cachedNames.push(e);
  e.cacheGlobals = globals;
  e.cacheVersion = globalsVersion;
  e.cacheValue = v;
  return v;
}

export function loadName(e: Name, f: Frame): PyValue {
  let v: PyValue | undefined;
  switch (e.scope) {
    case NameScope.Fast:
      v = f.fast[e.index];
      if (v === undefined) throw unboundLocal(e.id);
      return v;
    case NameScope.Cell:
      v = f.cells[e.index]!.value;
      if (v === undefined) {
        if (f.code !== null && e.index < f.code.ownCellCount) throw unboundLocal(e.id);
        throw pyError(
          NameError,
          `cannot access free variable '${e.id}' where it is not associated with a value in enclosing scope`,
        );
      }
      return v;
    case NameScope.Global:
      return loadGlobal(e, f.globals);
    case NameScope.ClassBody:
      v = f.ns!.get(e.id);
      if (v === undefined) {
        v = f.globals.get(e.id);
        if (v === undefined) {
          v = S.builtins.get(e.id);
          if (v === undefined) throw notDefined(e.id);
        }
      }
      return v;
  }
}

export function storeName(e: Name, v: PyValue, f: Frame): void {
  switch (e.scope) {
    case NameScope.Fast:
      f.fast[e.index] = v;
      break;
    case NameScope.Cell:
      f.cells[e.index]!.value = v;
      break;
    case NameScope.Global:
      f.globals.set(e.id, v);
      globalsVersion++;
      break;
    case NameScope.ClassBody:
      f.ns!.set(e.id, v);
      break;
  }
  if (S.sink !== null) emitBind(e.id, v, f);
}

/** `del x`; also used to unbind the name of an `except ... as e` clause when it ends. */
export function deleteName(e: Name, f: Frame, quiet = false): void {
  let had: boolean;
  switch (e.scope) {
    case NameScope.Fast:
      had = f.fast[e.index] !== undefined;
      f.fast[e.index] = undefined;
      if (!had && !quiet) throw unboundLocal(e.id);
      return;
    case NameScope.Cell:
      had = f.cells[e.index]!.value !== undefined;
      f.cells[e.index]!.value = undefined;
      if (!had && !quiet) throw unboundLocal(e.id);
      return;
    case NameScope.Global:
      had = f.globals.delete(e.id);
      globalsVersion++;
      break;
    case NameScope.ClassBody:
      had = f.ns!.delete(e.id);
      break;
  }
  if (!had && !quiet) throw notDefined(e.id);
}

function unboundLocal(id: string) {
  return pyError(
    UnboundLocalError,
    `cannot access local variable '${id}' where it is not associated with a value`,
  );
}

function notDefined(id: string) {
  return pyError(NameError, `name '${id}' is not defined`);
}
