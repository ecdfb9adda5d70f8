/** Boundary words (民法典 第1259条): 以上 / 不超过 / 最高 include the number, 超过 excludes it. */
import { describe, expect, it } from 'vitest';
import { atLeast, atMost, meets, moreThan } from '../src/core/boundaries.js';

describe('boundary words', () => {
  it.each([
    [2999999, false], [3000000, true], [3000001, true],
  ])('（含）以上 / atLeast: %i ≥ 3,000,000 is %s', (v, want) => {
    expect(atLeast(v, 3000000)).toBe(want);
    expect(meets(v, 3000000, 'atLeast')).toBe(want);
  });
  it.each([
    [2999999, false], [3000000, false], [3000001, true],
  ])('超过 / moreThan: %i > 3,000,000 is %s', (v, want) => {
    expect(moreThan(v, 3000000)).toBe(want);
    expect(meets(v, 3000000, 'moreThan')).toBe(want);
  });
  it.each([
    [999999, true], [1000000, true], [1000001, false],
  ])('最高 / 不超过 / atMost: %i ≤ 1,000,000 is %s', (v, want) => {
    expect(atMost(v, 1000000)).toBe(want);
  });
  it('compares bigints exactly beyond 2^53 (千亿 parameter counts and more)', () => {
    expect(moreThan(100000000000n, 100000000000n)).toBe(false);
    expect(moreThan(9007199254740993n, 9007199254740992n)).toBe(true);
  });
});
