// CRUXEval (github.com/facebookresearch/cruxeval, data/cruxeval.jsonl): one object per line with `id`,
// `code`, `input` (the argument list as text) and `output` (repr of the result). The call is `f(<input>)`.

import type { Sample } from './sample.ts';
import { checkUniqueIds, readJsonl, requireString } from './records.ts';

/** Loads and validates CRUXEval's JSONL; throws BenchmarkFormatError naming file, line and field. */
export function loadCruxeval(file: string): Sample[] {
  const samples = readJsonl(file).map((record): Sample => {
    const id = requireString(file, record, 'id');
    const code = requireString(file, record, 'code');
    const input = requireString(file, record, 'input', true);
    const output = requireString(file, record, 'output');
    return {
      id,
      benchmark: 'cruxeval-o',
      code,
      call: `f(${input})`,
      output,
      origin: `${file}${record.location}`,
    };
  });
  checkUniqueIds(file, samplesWithLocation(file, samples));
  return samples;
}

/** Pairs each sample's id with its location suffix (what follows the file name in `origin`). */
export function samplesWithLocation(file: string, samples: Sample[]): { id: string; location: string }[] {
  return samples.map((s) => ({ id: s.id, location: s.origin.slice(file.length) }));
}
