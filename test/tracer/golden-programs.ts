// The golden trace corpus: test/golden/traces/<name>.py, each starting with `# call: <expression>` and
// optionally `# options: granularity=expr max-steps=25`; the expected trace is <name>.trace next to it.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isGranularity, type Granularity } from '../../interpreter/tracer/steps.ts';

export const GOLDEN_DIR = fileURLToPath(new URL('../golden/traces/', import.meta.url));

export class GoldenProgramError extends Error {
  override name = 'GoldenProgramError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export interface GoldenProgram {
  name: string;
  pyPath: string;
  tracePath: string;
  code: string;
  call: string;
  granularity: Granularity;
  maxSteps?: number;
}

export function listGoldenPrograms(): GoldenProgram[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => readGoldenProgram(join(GOLDEN_DIR, f)));
}

function readGoldenProgram(pyPath: string): GoldenProgram {
  const code = readFileSync(pyPath, 'utf8');
  const call = /^# call: (.+)$/m.exec(code.split('\n')[0] ?? '')?.[1];
  if (call === undefined) throw new GoldenProgramError(pyPath, 'first line must be `# call: <expression>`');
  const program: GoldenProgram = {
    name: pyPath.slice(GOLDEN_DIR.length).replace(/\.py$/, ''),
    pyPath,
    tracePath: pyPath.replace(/\.py$/, '.trace'),
    code,
    call,
    granularity: 'op',
  };
  const options = /^# options: (.+)$/m.exec(code.split('\n')[1] ?? '')?.[1];
  for (const option of options?.split(/\s+/) ?? []) {
    const [key, value] = option.split('=');
    if (key === 'granularity' && value !== undefined && isGranularity(value)) program.granularity = value;
    else if (key === 'max-steps' && /^\d+$/.test(value ?? '')) program.maxSteps = Number(value);
    else throw new GoldenProgramError(pyPath, `unknown option "${option}"`);
  }
  return program;
}
