// Typed errors for benchmark files. Each one names the file and, where there is one, the record's line, so a
// user can open the file at the right place.

/** A record in a benchmark file that etcot cannot use: invalid JSON, a missing field, a duplicate id. */
export class BenchmarkFormatError extends Error {
  override name = 'BenchmarkFormatError';
  constructor(
    /** The path as the user gave it. */
    readonly file: string,
    /** `17` for line 17 of a JSONL file, `[16]` style index for a JSON array; absent for whole-file problems. */
    readonly location: string | undefined,
    /** What is wrong, without the location prefix. */
    readonly detail: string,
    /** The offending field, when the problem is one field. */
    readonly field?: string,
  ) {
    super(`${file}${location === undefined ? '' : location}: ${detail}`);
  }
}

/** A filter that cannot be applied: a malformed date, an id the benchmark does not hold. */
export class BenchmarkFilterError extends Error {
  override name = 'BenchmarkFilterError';
}

/** The benchmark data could not be found locally nor downloaded. */
export class BenchmarkUnavailableError extends Error {
  override name = 'BenchmarkUnavailableError';
}
