/**
 * Boundary words of the text, decided once (民法典 第1259条: 以上、以下、以内、届满 include the number;
 * 不满、超过、以外 exclude it). Clause code compares through these helpers, never with a bare operator.
 */

/** How a threshold of the text compares. */
export type Comparison = 'atLeast' | 'moreThan';

/** 「以上」「（含）以上」「达到…（含）以上」: value ≥ threshold (the number itself qualifies). */
export function atLeast(value: number | bigint, threshold: number | bigint): boolean {
  return value >= threshold;
}

/** 「超过」: value > threshold (the number itself does not qualify). */
export function moreThan(value: number | bigint, threshold: number | bigint): boolean {
  return value > threshold;
}

/** 「不超过」「最高」「累计不超过」: value ≤ bound (the bound itself is allowed). */
export function atMost(value: number | bigint, bound: number | bigint): boolean {
  return value <= bound;
}

/** Applies a threshold comparison named by a parameter. */
export function meets(value: number | bigint, threshold: number | bigint, comparison: Comparison): boolean {
  return comparison === 'atLeast' ? atLeast(value, threshold) : moreThan(value, threshold);
}

