/**
 * 七(二)b 支持数据要素园区建设（区级数据要素标杆产业园） — 「…评价等次为优秀的，按其年度运营费用的20%给予每家产业园不超过100万元奖励。」
 * Register § 七(二): PCT 20 % of the operating cost of the year evaluated (Y−1, A7.2.4), floored to the fen (R7),
 * at most 1,000,000.00 per park per award year (A7.2.3), counting earlier batches of the year; only 「优秀」
 * (A7.2.5); a missing base-year figure is pending. Anchor: 31 December of Y−1 (A9.7.3), so award years 2026–2028.
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { beneficiary, claim, lineOf, one, type Json } from '../helpers.js';
import { type Want, run, negativeCases, explanationData, ignoresOtherClauses, type Negative } from './support.js';

const ID = 'art07_2b';
const base = (over: Json = {}): Json => claim(ID, over);
/** A claim for award year Y with the rating and cost of Y−1. */
const forYear = (year: number, cost = '3000000.00', over: Json = {}): Json =>
  base({ ratings: { [String(year - 1)]: 'excellent' }, operatingCost: { [String(year - 1)]: cost }, ...over });
const cost = (amount: string): Json => ({ operatingCost: { '2025': amount } });
const inYear = (year: number): Json => ({ awardYear: year, approvalDate: `${year}-12-01` });
const earlier = (over: Json = {}): Json => ({ clause: ID, subjectId: 'S', awardYear: 2026, entitlement: '700000.00', paid: '700000.00', ...over });

describe('art07_2b 七(二)b', () => {
  it('base case: a district benchmark park rated 优秀 for 2025 with operating cost 3,000,000.00 → 600,000.00 in 2026', () => {
    // 20 % × 3,000,000.00 = 600,000.00 ≤ 1,000,000.00.
    const line = one(base());
    expect(line).toMatchObject({ item: '七(二)b', status: 'paid', gross: '600000.00', entitlement: '600000.00', net: '600000.00', failed: [] });
    expect(line.adjustments).toEqual([]);
    expect(line.qualifyingDate).toBe('2025-12-31');
    expect(line.basis).toMatchObject({ baseYear: 2025, rating: 'excellent', operatingCost: '3000000.00', rate: '0.20' });
  });

  it.each<[string, Json, Json, EvaluateOptions | undefined, Want]>([
    // floor(0.2 × 123,456,789 fen) = floor(24,691,357.8) = 24,691,357 fen
    ['运营费用 1,234,567.89 → 246,913.57（向下取整到分）', cost('1234567.89'), {}, undefined, { status: 'paid', gross: '246913.57', net: '246913.57' }],
    // floor(0.2 × 4) = 0; floor(0.2 × 5) = 1 fen
    ['运营费用 0.04 → 不足一分，为零', cost('0.04'), {}, undefined, { status: 'zero', gross: '0.00', net: '0.00' }],
    ['运营费用 0.05 → 0.01', cost('0.05'), {}, undefined, { status: 'paid', net: '0.01' }],
    ['只看上一年度：2026 年的优秀评价不用于 2026 年度奖励', { ratings: { '2025': 'good', '2026': 'excellent' } }, {}, undefined, { status: 'ineligible', net: '0.00' }],
    ['只看上一年度费用：2024 年费用不计', { operatingCost: { '2024': '9000000.00', '2025': '1000000.00' } }, {}, undefined, { status: 'paid', net: '200000.00' }],
    ['运营单位为事业单位：受益人为任一单位', {}, { beneficiary: beneficiary({ legalForm: 'publicInstitution' }) }, undefined, { status: 'paid', net: '600000.00' }],
    ['运营单位主营非AI，园区属所列领域（A1.2 b）', { subjectInAiField: true }, { beneficiary: beneficiary({ mainBusinessFields: [] }) }, undefined, { status: 'paid', net: '600000.00' }],
  ])('%s', (_name, over, app, options, want) => {
    expect(one(base(over), app, options)).toMatchObject(want);
  });

  describe('generated negative case for each condition', () => {
    const NEGATIVES: Record<string, Negative> = {
      districtBenchmarkPark: { claim: { districtBenchmarkPark: false } },
      ratedExcellent: { claim: { ratings: { '2025': 'good' } } },
    };

    negativeCases(ID, NEGATIVES);

    it.each(['good', 'pass', 'fail'])('only 优秀 qualifies: rating %s → ineligible', (rating) => {
      expect(one(base({ ratings: { '2025': rating } }))).toMatchObject({ status: 'ineligible', failed: ['ratedExcellent'] });
    });
  });

  describe('a missing base-year figure is pending, not a failed condition (fix pinned)', () => {
    it('no rating for 2025 → pending', () => {
      const line = one(base({ ratings: { '2026': 'excellent' } }));
      expect(line).toMatchObject({ status: 'pending', failed: [], net: '0.00' });
      expect(line.reasons).toContainEqual({ code: 'pending', rule: ID, missing: 'ratings.2025' });
    });

    it('no operating cost for 2025 → pending', () => {
      const line = one(base({ operatingCost: {} }));
      expect(line).toMatchObject({ status: 'pending', net: '0.00' });
      expect(line.reasons).toContainEqual({ code: 'pending', rule: ID, missing: 'operatingCost.2025' });
    });

    it('a failed condition still wins over a missing figure', () => {
      expect(one(base({ districtBenchmarkPark: false, ratings: {} }))).toMatchObject({ status: 'ineligible', failed: ['districtBenchmarkPark'] });
    });
  });

  describe('the 1,000,000.00 cap per park per year (不超过 is inclusive)', () => {
    it.each<[string, string, Want]>([
      // 20 % × 4,999,999.99 = 999,999.998 → 999,999.99
      ['4,999,999.99 → 999,999.99', '4999999.99', { status: 'paid', gross: '999999.99', net: '999999.99' }],
      ['5,000,000.00 → 恰为上限 1,000,000.00，paid', '5000000.00', { status: 'paid', gross: '1000000.00', entitlement: '1000000.00', net: '1000000.00' }],
      // floor(0.2 × 500,000,004 fen) = floor(100,000,000.8) = 100,000,000 fen: still exactly the cap
      ['5,000,000.04 → 取整后仍为 1,000,000.00，paid', '5000000.04', { status: 'paid', gross: '1000000.00', net: '1000000.00' }],
      // floor(0.2 × 500,000,005 fen) = 100,000,001 fen = 1,000,000.01 → cut to 1,000,000.00
      ['5,000,000.05 → 1,000,000.01 超上限一分，reduced', '5000000.05', { status: 'reduced', gross: '1000000.01', entitlement: '1000000.00', net: '1000000.00' }],
    ])('%s', (_name, amount, want) => {
      expect(one(base(cost(amount)))).toMatchObject(want);
    });

    it('the cut is a cumulativeCap adjustment per park per year', () => {
      expect(one(base(cost('5000000.05'))).adjustments).toEqual([{ code: 'cumulativeCap', rule: ID, before: '1000000.01', after: '1000000.00',
        param: 'art07_2b.cap', scope: 'perSubjectPerYear', cap: '1000000.00', prior: '0.00', room: '1000000.00' }]);
    });

    it.each<[string, Json[], Want]>([
      // room = 1,000,000.00 − 700,000.00 = 300,000.00 < 600,000.00
      ['同一园区本年度前批次已付 700,000.00 → 本批次 300,000.00', [earlier()], { status: 'reduced', entitlement: '300000.00', net: '300000.00' }],
      // R9: net of refunds: 700,000.00 − 200,000.00 = 500,000.00 counted → room 500,000.00
      ['前批次已付 700,000.00 退回 200,000.00 → 本批次 500,000.00', [earlier({ refunded: '200000.00' })], { status: 'reduced', net: '500000.00' }],
      ['前批次已付 1,000,000.00 → 零', [earlier({ entitlement: '1000000.00', paid: '1000000.00' })], { status: 'zero', net: '0.00' }],
      ['上一奖励年度已付 1,000,000.00 不占本年额度', [earlier({ awardYear: 2025, entitlement: '1000000.00', paid: '1000000.00' })], { status: 'paid', net: '600000.00' }],
      ['另一园区本年度已付不占本园区额度（A7.2.6）', [earlier({ subjectId: 'PARK2', entitlement: '1000000.00', paid: '1000000.00' })], { status: 'paid', net: '600000.00' }],
    ])('%s', (_name, history, want) => {
      expect(one(base(), { history })).toMatchObject(want);
    });

    it('one operator with two parks has two caps (A7.2.6)', () => {
      const r = run([base({ id: 'a', subjectId: 'PARK1', ...cost('6000000.00') }), base({ id: 'b', subjectId: 'PARK2', ...cost('6000000.00') })]);
      expect(lineOf(r, 'a')).toMatchObject({ status: 'reduced', net: '1000000.00' });
      expect(lineOf(r, 'b')).toMatchObject({ status: 'reduced', net: '1000000.00' });
      expect(r.total).toBe('2000000.00');
    });
  });

  describe('validity window 九(七): anchored on 31 December of the base year (A9.7.3)', () => {
    it.each<[number, string, string]>([
      [2025, '2024-12-31', 'ineligible'],
      [2026, '2025-12-31', 'paid'],
      [2028, '2027-12-31', 'paid'],
      [2029, '2028-12-31', 'ineligible'],
    ])('award year %i (anchor %s) → %s', (year, anchor, status) => {
      const line = one(forYear(year), inYear(year));
      expect(line.qualifyingDate).toBe(anchor);
      expect(line.status).toBe(status);
      if (status === 'ineligible') expect(line.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: anchor, start: '2025-07-01', end: '2028-06-30' });
      expect(line.net).toBe(status === 'paid' ? '600000.00' : '0.00');
    });

    it.each<[string, number, string, string]>([
      // window [2026-01-01, 2028-12-31]: anchor 2025-12-31 is one day early
      ['effective 2026-01-01: award year 2026 is one day early', 2026, '2026-01-01', 'ineligible'],
      // window [2025-12-31, 2028-12-30]: anchor 2025-12-31 is the first day
      ['effective 2025-12-31: award year 2026 on the first day', 2026, '2025-12-31', 'paid'],
      ['effective 2025-12-31: award year 2029 is one day late (last day 2028-12-30)', 2029, '2025-12-31', 'ineligible'],
      ['effective 2026-01-01: award year 2029 on the last day 2028-12-31', 2029, '2026-01-01', 'paid'],
    ])('%s', (_name, year, effective, status) => {
      const line = one(forYear(year), inYear(year), { parameters: { 'art09_7.effectiveDate': effective } });
      expect(line.status).toBe(status);
    });

    it('A9.7.3 d: annual lines use the application date, which allows a 2025 round on 2024 data', () => {
      const app = { ...inYear(2025), applicationDate: '2025-09-01', beneficiary: beneficiary({ districtContribution: { '2024': '999999999.00' } }) };
      expect(one(forYear(2025), app).status).toBe('ineligible');
      expect(one(forYear(2025), app, { readings: { 'A9.7.3': 'd' } })).toMatchObject({ status: 'paid', net: '600000.00' });
    });
  });

  describe('A1.2: the main-business test met by the park', () => {
    const outside = { beneficiary: beneficiary({ mainBusinessFields: [] }) };

    it('reading a: out of scope', () => {
      const line = one(base({ subjectInAiField: true }), outside, { readings: { 'A1.2': 'a' } });
      expect(line.status).toBe('ineligible');
      expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
    });

    it.each([[false], [undefined]])('subjectInAiField %s → out of scope', (flag) => {
      const line = one(base(flag === undefined ? {} : { subjectInAiField: flag }), outside);
      expect(line.status).toBe('ineligible');
      expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // 20 % of the 2025 operating cost 3,000,000.00, rated excellent; a year's operations fund no project.
    explanationData(ID, { basis: { baseYear: 2025, rating: 'excellent', operatingCost: '3000000.00', rate: '0.20' }, q: '2025-12-31', project: null, conditions: ['districtBenchmarkPark', 'ratedExcellent'], net: '600000.00' });

    it('missing figures are named as missing', () => {
      expect(one(claim(ID, { ratings: {}, operatingCost: {} })).basis).toMatchObject({ rating: 'missing', operatingCost: 'missing' });
    });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('per park per year', claim(ID), '600000.00');
  });
});
