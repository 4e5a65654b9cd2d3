// McNemar's exact test for two runs on the same samples, each sample reduced to one pass/fail.
//
// Only discordant samples matter: b = first run right and second wrong, c = the reverse. Under the null
// hypothesis (both runs equally good) each discordant sample goes either way with probability 1/2, so
// min(b, c) ~ Binomial(b + c, 1/2) and the two-sided p-value is min(1, 2 * P(X <= min(b, c))).

export interface PairedCounts {
  /** Samples both runs have. */
  shared: number;
  bothRight: number;
  /** First right, second wrong. */
  onlyFirst: number;
  /** First wrong, second right. */
  onlySecond: number;
  bothWrong: number;
}

/** Two-sided exact McNemar p-value from the discordant counts b and c; 1 when there are none. */
export function mcnemarExact(b: number, c: number): number {
  if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
    throw new RangeError(`mcnemarExact needs non-negative integers, got b=${b}, c=${c}`);
  }
  const n = b + c;
  if (n === 0) return 1;
  // Binomial terms in log space: 0.5^n underflows for n above ~1074.
  const lowest = Math.min(b, c);
  let logTerm = -n * Math.LN2; // log P(X = 0)
  let tail = Math.exp(logTerm);
  for (let i = 1; i <= lowest; i++) {
    logTerm += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logTerm);
  }
  return Math.min(1, 2 * tail);
}

/** Tallies two runs' outcomes on the keys both hold. */
export function pairOutcomes(
  first: ReadonlyMap<string, boolean>,
  second: ReadonlyMap<string, boolean>,
): PairedCounts {
  const counts: PairedCounts = { shared: 0, bothRight: 0, onlyFirst: 0, onlySecond: 0, bothWrong: 0 };
  for (const [key, a] of first) {
    const b = second.get(key);
    if (b === undefined) continue;
    counts.shared++;
    if (a && b) counts.bothRight++;
    else if (a) counts.onlyFirst++;
    else if (b) counts.onlySecond++;
    else counts.bothWrong++;
  }
  return counts;
}
