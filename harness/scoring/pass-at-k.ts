// The unbiased pass@k estimator (Chen et al., 2021), as CRUXEval's evaluator computes it.
//
// pass@k = 1 - C(n-c, k) / C(n, k), written as 1 - prod_{i=n-c+1..n} (1 - k/i) so no binomial coefficient
// (which overflows for large n) is ever formed.
//
// When n - c < k every draw of k holds a correct generation, so the value is 1. Upstream returns 1 on that
// test alone, which also fires for n < k with c = 0 (fewer generations than k, none correct): upstream then
// counts the sample as passing. We keep that behaviour so official scores reproduce exactly; reports only ask
// for k <= n, where the question never arises.

/** pass@k for one sample with n generations of which c are correct, in [0, 1]. */
export function passAtK(n: number, c: number, k: number): number {
  if (
    !Number.isInteger(n) ||
    !Number.isInteger(c) ||
    !Number.isInteger(k) ||
    n < 0 ||
    c < 0 ||
    k < 1 ||
    c > n
  ) {
    throw new RangeError(`passAtK needs integers 0 <= c <= n and k >= 1, got n=${n}, c=${c}, k=${k}`);
  }
  if (n - c < k) return 1;
  let allWrong = 1;
  for (let i = n - c + 1; i <= n; i++) allWrong *= 1 - k / i;
  return 1 - allWrong;
}

/**
 * Mean pass@k over samples, as a percentage (what CRUXEval reports). Summed in sample order, like upstream,
 * so the float result is bit-identical. An empty list gives NaN: there is no score to report.
 */
export function meanPassAtK(samples: readonly { n: number; c: number }[], k: number): number {
  let sum = 0;
  for (const { n, c } of samples) sum += passAtK(n, c, k);
  return (sum / samples.length) * 100;
}
