// The layer rule: interpreter/ is a library that knows nothing of benchmarks or the harness, and benchmarks/
// knows nothing of the harness. An import that breaks it would make the interpreter impossible to reuse alone.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.filter((s) => s.startsWith('.')).map((s) => path.resolve(path.dirname(file), s));
}

function violations(layer: string, forbidden: string[]): string[] {
  const out: string[] = [];
  for (const file of tsFiles(path.join(root, layer))) {
    for (const target of importsOf(file)) {
      const rel = path.relative(root, target);
      if (forbidden.some((f) => rel === f || rel.startsWith(f + path.sep))) {
        out.push(`${path.relative(root, file)} imports ${rel}`);
      }
    }
  }
  return out;
}

test('interpreter/ imports nothing from benchmarks/ or harness/', () => {
  assert.deepEqual(violations('interpreter', ['benchmarks', 'harness']), []);
});

test('benchmarks/ imports nothing from harness/', () => {
  assert.deepEqual(violations('benchmarks', ['harness']), []);
});
