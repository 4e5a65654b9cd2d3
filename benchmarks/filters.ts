// Narrows a loaded benchmark. Every filter given applies (they combine with AND), in this order: ids,
// contest-date window, difficulty, then `limit`, so `limit` counts what the other filters kept.

import type { Sample } from './sample.ts';
import { BenchmarkFilterError } from './errors.ts';

export interface SampleFilter {
  /** Keep only these ids (in benchmark order). An id the benchmark does not hold is an error. */
  ids?: string[];
  /** Keep the first N samples left after the other filters. */
  limit?: number;
  /** Inclusive lower bound `YYYY-MM-DD` on `contestDate`; samples without a date are dropped. */
  since?: string;
  /** Inclusive upper bound `YYYY-MM-DD` on `contestDate`; samples without a date are dropped. */
  until?: string;
  /** Keep samples whose difficulty is one of these (case-insensitive); samples without one are dropped. */
  difficulty?: string[];
}

/** Applies `filter` to `samples`; throws BenchmarkFilterError for a malformed bound or an unknown id. */
export function filterSamples(samples: Sample[], filter: SampleFilter): Sample[] {
  let kept = samples;
  if (filter.ids !== undefined) {
    const known = new Set(samples.map((s) => s.id));
    const unknown = filter.ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new BenchmarkFilterError(`unknown sample id: ${unknown.join(', ')}`);
    const wanted = new Set(filter.ids);
    kept = kept.filter((s) => wanted.has(s.id));
  }
  const since = filter.since === undefined ? undefined : checkDate('since', filter.since);
  const until = filter.until === undefined ? undefined : checkDate('until', filter.until);
  if (since !== undefined && until !== undefined && since > until) {
    throw new BenchmarkFilterError(`--since ${since} is after --until ${until}`);
  }
  if (since !== undefined || until !== undefined) {
    // ISO dates compare correctly as strings.
    kept = kept.filter(
      (s) =>
        s.contestDate !== undefined &&
        (since === undefined || s.contestDate >= since) &&
        (until === undefined || s.contestDate <= until),
    );
  }
  if (filter.difficulty !== undefined) {
    const wanted = new Set(filter.difficulty.map((d) => d.toLowerCase()));
    kept = kept.filter((s) => s.difficulty !== undefined && wanted.has(s.difficulty.toLowerCase()));
  }
  if (filter.limit !== undefined) {
    if (!Number.isInteger(filter.limit) || filter.limit < 0) {
      throw new BenchmarkFilterError(`limit must be a non-negative integer, got ${filter.limit}`);
    }
    kept = kept.slice(0, filter.limit);
  }
  return kept;
}

function checkDate(name: string, text: string): string {
  const match = /^\d{4}-\d{2}-\d{2}$/.exec(text);
  const date = new Date(`${text}T00:00:00Z`);
  if (match === null || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new BenchmarkFilterError(`--${name} must be a date YYYY-MM-DD, got ${JSON.stringify(text)}`);
  }
  return text;
}
