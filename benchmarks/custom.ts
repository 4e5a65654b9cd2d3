// A user's own benchmark: JSONL with `code`, `call` (a whole call expression), `output` (repr of the true
// result) and an optional `id`, which defaults to `line_<n>` (n = the 1-based line number).

import type { Sample } from './sample.ts';
import { checkUniqueIds, optionalString, readJsonl, requireString } from './records.ts';
import { samplesWithLocation } from './cruxeval.ts';
import { BenchmarkFormatError } from './errors.ts';

/** Loads and validates a custom JSONL benchmark; throws BenchmarkFormatError on a bad record. */
export function loadCustom(file: string): Sample[] {
  const samples = readJsonl(file).map((record): Sample => {
    const id = optionalString(file, record, 'id') ?? `line_${record.location.slice(1)}`;
    if (id === '')
      throw new BenchmarkFormatError(file, record.location, 'field "id" must not be empty', 'id');
    const code = requireString(file, record, 'code');
    const call = requireString(file, record, 'call');
    const output = requireString(file, record, 'output');
    return { id, benchmark: 'custom', code, call, output, origin: `${file}${record.location}` };
  });
  checkUniqueIds(file, samplesWithLocation(file, samples));
  return samples;
}
