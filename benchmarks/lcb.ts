// LiveCodeBench code execution (Hugging Face `livecodebench/execution-v2`, split `test`). Fields:
// question_id, contest_id, contest_date, difficulty, function_name, code, input, output, id, problem_id,
// numsteps. `input` is already a whole call such as `f(a = [1, 2])`. Accepted as JSONL or one JSON array.

import type { Sample } from './sample.ts';
import { BenchmarkFormatError } from './errors.ts';
import {
  checkUniqueIds,
  jsonType,
  optionalString,
  readJsonlOrArray,
  requireString,
  type RawRecord,
} from './records.ts';
import { samplesWithLocation } from './cruxeval.ts';

/** Loads and validates LiveCodeBench execution records; throws BenchmarkFormatError on a bad record. */
export function loadLcbExecution(file: string): Sample[] {
  const samples = readJsonlOrArray(file).map((record): Sample => {
    const id = requireString(file, record, 'id');
    const code = requireString(file, record, 'code');
    const call = requireString(file, record, 'input');
    const output = requireString(file, record, 'output');
    const difficulty = requireString(file, record, 'difficulty');
    const contestDate = isoDate(file, record, requireString(file, record, 'contest_date'));
    // Not used by etcot, but a wrong type here means the file is not what we think it is.
    for (const field of ['question_id', 'contest_id', 'function_name', 'problem_id']) {
      optionalString(file, record, field);
    }
    checkNumsteps(file, record);
    return {
      id,
      benchmark: 'lcb-execution',
      code,
      call,
      output,
      difficulty,
      contestDate,
      origin: `${file}${record.location}`,
    };
  });
  checkUniqueIds(file, samplesWithLocation(file, samples));
  return samples;
}

/** Hugging Face writes timestamps as `2023-05-13T00:00:00`; keep the date part, which filters compare. */
function isoDate(file: string, record: RawRecord, text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (match === null) {
    throw new BenchmarkFormatError(
      file,
      record.location,
      `field "contest_date" must be an ISO date, got ${JSON.stringify(text)}`,
      'contest_date',
    );
  }
  return match[1];
}

function checkNumsteps(file: string, record: RawRecord): void {
  const value = record.value.numsteps;
  if (value === undefined || value === null || (typeof value === 'number' && Number.isInteger(value))) return;
  throw new BenchmarkFormatError(
    file,
    record.location,
    `field "numsteps" must be an integer, got ${jsonType(value)}`,
    'numsteps',
  );
}
