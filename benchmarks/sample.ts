// One benchmark problem in the form every part of etcot uses, whatever file it came from.

export type BenchmarkName = 'cruxeval-o' | 'lcb-execution' | 'custom';

export interface Sample {
  /** Unique within its benchmark: `sample_0` for CRUXEval, LiveCodeBench's `id`, or the user's `id`. */
  id: string;
  benchmark: BenchmarkName;
  /** Python source executed as a module before `call` is evaluated. */
  code: string;
  /** A whole call expression, e.g. `f([1, 2], 'a')`. */
  call: string;
  /** `repr` of the true result, as CPython writes it. */
  output: string;
  /** LiveCodeBench only: `easy` | `medium` | `hard`. */
  difficulty?: string;
  /** LiveCodeBench only: ISO date of the contest the problem came from. */
  contestDate?: string;
  /** Where the record came from, for error messages: `file:line`. */
  origin: string;
}
