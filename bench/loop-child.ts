// Runs one of the loop programs of bench/interpreter.ts in this (fresh) process and prints its timing as
// JSON: `node --import tsx bench/loop-child.ts <program id> <repeats>`.

import { LOOP_PROGRAMS, oursTiming } from './interpreter.ts';

const [id, repeats] = process.argv.slice(2);
const program = LOOP_PROGRAMS.find((p) => p.id === id);
if (program === undefined) {
  console.error(`loop-child: unknown program ${id}`);
  process.exit(2);
}
const { first, best } = await oursTiming([program], Number(repeats ?? '3'));
console.log(JSON.stringify({ ...best, first }));
