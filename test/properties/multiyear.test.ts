/**
 * Cumulative caps over a generated multi-year history run through evaluateYears: whatever the claims of each
 * year, the money paid never exceeds the clause's cap over the years the cap spans —
 *   二(一) 1,000,000 per unit for life;            三(二) 3,000,000 per product, 6,000,000 per enterprise per year;
 *   二(二), 八(二) 1,000,000 per enterprise per year; 七(二)b 1,000,000 per park per year;
 *   五(二) 晋级补差: 3,000,000 (the highest title) per enterprise; 五(一) 2,000,000 per scenario;
 *   三(一) 10,000,000 per project;                   one-time awards (四(一), 四(二), 四(三), 六(四)a, 六(五)a,
 *   六(五)b, 七(二)a, 八(一)) entitled at most once per subject (or enterprise);
 * and every year's total stays within that year's 九(三) room.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MultiYearResult } from '../../src/index.js';
import { fenFromYuan } from '../../src/core/money.js';
import { multiYear, type Json, runs } from './arbitraries.js';
import { evaluateYears } from '../helpers.js';

const fen = fenFromYuan;
const YUAN = 100;
const options = { parameters: { 'art02_1.ratio': '1' } };

/** Σ net paid of the paying lines of `clause`, grouped by `key`. */
function paidBy(result: MultiYearResult, clause: string, key: (line: { subjectId: string }, year: number) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const y of result.years) {
    for (const l of y.lines) {
      if (l.clause !== clause || (l.status !== 'paid' && l.status !== 'reduced')) continue;
      const k = key(l, y.awardYear);
      out.set(k, (out.get(k) ?? 0) + fen(l.net));
    }
  }
  return out;
}

function maxOf(m: Map<string, number>): number {
  let x = 0;
  for (const v of m.values()) x = Math.max(x, v);
  return x;
}

const CAPPED = ['art02_1', 'art03_2', 'art02_2', 'art08_2', 'art07_2b', 'art05_2', 'art05_1', 'art03_1'];
const ONE_TIME = ['art04_1', 'art04_2', 'art04_3', 'art06_4a', 'art06_5a', 'art06_5b', 'art07_2a', 'art08_1'];

describe('cumulative caps across years (evaluateYears)', () => {
  it('clause caps over years are never exceeded', () => {
    fc.assert(fc.property(multiYear(CAPPED, { maxYears: 4, maxClaims: 5 }), (input) => {
      const r = evaluateYears(input, options);
      expect(maxOf(paidBy(r, 'art02_1', () => 'unit'))).toBeLessThanOrEqual(1_000_000 * YUAN);
      expect(maxOf(paidBy(r, 'art03_2', (l) => l.subjectId))).toBeLessThanOrEqual(3_000_000 * YUAN);
      expect(maxOf(paidBy(r, 'art03_2', (_l, y) => String(y)))).toBeLessThanOrEqual(6_000_000 * YUAN);
      expect(maxOf(paidBy(r, 'art02_2', (_l, y) => String(y)))).toBeLessThanOrEqual(1_000_000 * YUAN);
      expect(maxOf(paidBy(r, 'art08_2', (_l, y) => String(y)))).toBeLessThanOrEqual(1_000_000 * YUAN);
      expect(maxOf(paidBy(r, 'art07_2b', (l, y) => `${l.subjectId}|${y}`))).toBeLessThanOrEqual(1_000_000 * YUAN);
      expect(maxOf(paidBy(r, 'art05_2', () => 'enterprise'))).toBeLessThanOrEqual(3_000_000 * YUAN);
      expect(maxOf(paidBy(r, 'art05_1', (l) => l.subjectId))).toBeLessThanOrEqual(2_000_000 * YUAN);
      expect(maxOf(paidBy(r, 'art03_1', (l) => l.subjectId))).toBeLessThanOrEqual(10_000_000 * YUAN);
    }), { numRuns: runs(300) });
  });

  it('one-time awards are entitled at most once per subject (per enterprise where the text says so)', () => {
    fc.assert(fc.property(multiYear(ONE_TIME, { maxYears: 4, maxClaims: 4 }), (input) => {
      const r = evaluateYears(input, options);
      const seen = new Map<string, number>();
      for (const y of r.years) {
        for (const l of y.lines) {
          if (!ONE_TIME.includes(l.clause) || fen(l.entitlement) === 0) continue;
          const perEnterprise = l.clause === 'art04_3' || l.clause === 'art06_5b';
          const k = `${l.clause}|${perEnterprise ? 'enterprise' : l.subjectId}`;
          seen.set(k, (seen.get(k) ?? 0) + 1);
        }
      }
      for (const [k, n] of seen) expect(n, k).toBe(1);
    }), { numRuns: runs(300) });
  });

  it('every year stays within its 九(三) room, and the run adds up', () => {
    fc.assert(fc.property(multiYear([...CAPPED, ...ONE_TIME], { maxYears: 3, maxClaims: 6 }), (input) => {
      const r = evaluateYears(input, options);
      const b = input.beneficiary as Json;
      let total = 0;
      for (const y of r.years) {
        total += fen(y.total);
        if (b.rndInstitution === true) continue;
        const raw = (b.districtContribution as Record<string, string>)[String(y.awardYear - 1)]!;
        expect(fen(y.total)).toBeLessThanOrEqual(Math.max(0, fen(raw)));
      }
      expect(fen(r.total)).toBe(total);
      // The history the run returns holds every line that was entitled to something, with what it was paid.
      const paidInHistory = r.history.reduce((s, h) => s + fen(h.paid), 0);
      expect(paidInHistory).toBe(total);
    }), { numRuns: runs(200) });
  });
});
