/**
 * Money is exact for every accepted input (money.ts, validate.ts): applications whose amounts sit at the top of
 * what is accepted (11 whole digits, a sum up to the bound of 100,000,000,000.00 yuan) evaluate with every figure
 * exact to the fen: each line's cuts add up, the total is the bigint sum of the lines, and a multi-year run adds its
 * years exactly. One fen beyond the bound is an input error naming the field, never an internal error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError, safeEvaluate } from '../../src/index.js';
import { AMOUNT_BOUND_FEN } from '../../src/core/money.js';
import { beneficiary, claim, evaluate, evaluateYears } from '../helpers.js';
import { runs } from './arbitraries.js';

const fenBig = (yuan: string): bigint => BigInt(yuan.replace('-', '').replace('.', '')) * (yuan.startsWith('-') ? -1n : 1n);
const yuanOf = (fen: bigint): string => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;

/** The largest amount a field can hold: 11 whole digits, 99,999,999,999.99 yuan. */
const MAX_FIELD = 10n ** 13n - 1n;

/** Amounts that add up to at most the bound: `n` shares of it, each up to the largest a field can hold. */
const bigAmounts = fc.integer({ min: 1, max: 12 }).chain((n) => {
  const share = BigInt(Math.floor(AMOUNT_BOUND_FEN / n));
  return fc.array(fc.oneof(fc.bigInt({ min: 0n, max: share < MAX_FIELD ? share : MAX_FIELD }), fc.constant(share < MAX_FIELD ? share : MAX_FIELD)),
    { minLength: n, maxLength: n });
});

/** One uncapped matching claim per amount (三(三), 五(三), 六(四)b, alternately), each its own project. */
function bigClaims(amounts: readonly bigint[]): Record<string, unknown>[] {
  return amounts.map((fen, i) => {
    const amount = yuanOf(fen);
    const id = `c${i}`;
    switch (i % 3) {
      case 0:
        return claim('art03_3', { id, subjectId: `P${i}`, disbursements: [{ programme: 'nationalKeyRd', calendarYear: 2025, amount }] });
      case 1:
        return claim('art05_3', { id, subjectId: `P${i}`, superiorAward: { amount, receivedOn: '2026-03-01' } });
      default:
        return claim('art06_4b', { id, subjectId: `P${i}`, provincialSupport: { amount, receivedOn: '2026-03-01' } });
    }
  });
}

describe('exact at the bounds', () => {
  it('the total is the exact sum of the lines, and every cut adds up, for amounts up to the bound', () => {
    fc.assert(fc.property(bigAmounts, fc.bigInt({ min: 0n, max: 9999999999999n }), fc.constantFrom('a', 'b'), (amounts, contribution, capReading) => {
      const app = {
        beneficiary: beneficiary({ districtContribution: { '2025': yuanOf(contribution) } }),
        awardYear: 2026, approvalDate: '2026-12-01', claims: bigClaims(amounts),
      };
      const r = evaluate(app, { readings: { 'A9.4.4': 'b', 'A9.3.1': capReading } });
      let sum = 0n;
      for (const l of r.lines) {
        const cuts = l.adjustments.reduce((s, a) => s + fenBig(a.before) - fenBig(a.after), 0n);
        if (l.status === 'paid' || l.status === 'reduced' || l.status === 'zero') expect(fenBig(l.gross) - cuts).toBe(fenBig(l.net));
        sum += fenBig(l.net);
      }
      expect(fenBig(r.total)).toBe(sum);
      // 三(三)'s national 1:1, 五(三) 1:1, 六(四)b 1:1: uncut, the lines are the amounts themselves.
      const inputs = amounts.reduce((s, a) => s + a, 0n);
      if (capReading === 'b') expect(sum).toBe(inputs);
      else expect(sum).toBe(inputs < contribution ? inputs : contribution);
    }), { numRuns: runs(300) });
  });

  it('a multi-year run at the bound adds its years exactly', () => {
    fc.assert(fc.property(bigAmounts, (amounts) => {
      const half = Math.ceil(amounts.length / 2);
      const years = [2026, 2027].map((y, k) => ({
        awardYear: y, approvalDate: `${y}-12-01`,
        claims: bigClaims(k === 0 ? amounts.slice(0, half) : amounts.slice(half)).map((c) =>
          (c.clause === 'art03_3' ? { ...c, disbursements: [{ ...(c.disbursements as Record<string, unknown>[])[0], calendarYear: y - 1 }] } : c)),
      }));
      const out = evaluateYears({ beneficiary: beneficiary(), years }, { readings: { 'A9.4.4': 'b', 'A9.3.1': 'b' } });
      expect(fenBig(out.total)).toBe(out.years.reduce((s, y) => s + fenBig(y.total), 0n));
      expect(fenBig(out.total)).toBe(amounts.reduce((s, a) => s + a, 0n));
    }), { numRuns: runs(100) });
  });

  it('one fen past the bound is an input error at the field where the sum passes it, never an internal error', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 10 }), (n) => {
      const share = BigInt(AMOUNT_BOUND_FEN) / BigInt(n);
      const amounts = Array.from({ length: n }, (_, i) => (i === n - 1 ? BigInt(AMOUNT_BOUND_FEN) - share * BigInt(n - 1) + 1n : share));
      const out = safeEvaluate({ beneficiary: beneficiary(), awardYear: 2026, approvalDate: '2026-12-01', claims: bigClaims(amounts) });
      expect(out.ok).toBe(false);
      if (!out.ok) {
        expect(out.error).toBeInstanceOf(PolicyInputError);
        expect(out.error.issues).toHaveLength(1);
        expect(out.error.issues[0]).toMatchObject({ code: 'outOfRange' });
        expect(out.error.issues[0]!.path).toMatch(new RegExp(`^claims\\[${n - 1}\\]\\.`));
      }
    }), { numRuns: runs(50) });
  });
});
