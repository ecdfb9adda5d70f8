/**
 * 八(二) 支持公共服务平台建设（运营补贴） — 「对年服务收入超过300万元且服务企业数50家（含）以上的公共服务平台，按其上一年度服务
 * 收入额10%给予运营补贴，每家企业每年不超过100万元。」
 * Register § 八(二): PCT 10 % of Y−1 service revenue, floored to the fen (R7); revenue 超过 3,000,000.00 is strict
 * (A8.2.1), 50家（含）以上 is ≥; both thresholds on Y−1 (A8.2.2); the evaluation is a gate (A8.2.4); the
 * 1,000,000.00 cap is per operating enterprise per year across its platforms (A8.2.3 a; reading b per platform),
 * shared pro rata with leftover fen in clause order then subject id (R7), counting earlier batches of the year;
 * OG4 with 二(二) (A8.2.8). Anchor: 31 December of Y−1 (A9.7.3), so award years 2026–2028.
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { beneficiary, claim, lineOf, one, type Json } from '../helpers.js';
import { type Want, run, negativeCases, explanationData, ignoresOtherClauses, type Negative } from './support.js';

const ID = 'art08_2';
const base = (over: Json = {}): Json => claim(ID, over);
const revenue = (amount: string): Json => ({ serviceRevenue: { '2025': amount } });
const served = (n: number): Json => ({ servedEnterprises: { '2025': n } });
/** A claim for award year Y with the figures of Y−1. */
const forYear = (year: number, over: Json = {}): Json => {
  const y = String(year - 1);
  return base({ evaluationPassed: { [y]: true }, serviceRevenue: { [y]: '5000000.00' }, servedEnterprises: { [y]: 60 }, ...over });
};
const inYear = (year: number): Json => ({ awardYear: year, approvalDate: `${year}-12-01` });
const earlier = (over: Json = {}): Json => ({ clause: ID, subjectId: 'P0', awardYear: 2026, entitlement: '600000.00', paid: '600000.00', ...over });

describe('art08_2 八(二)', () => {
  it('base case: 2025 service revenue 5,000,000.00, 60 enterprises served, evaluation passed → 500,000.00 in 2026', () => {
    // 10 % × 5,000,000.00 = 500,000.00 ≤ 1,000,000.00.
    const line = one(base());
    expect(line).toMatchObject({ item: '八(二)', status: 'paid', gross: '500000.00', entitlement: '500000.00', net: '500000.00', failed: [] });
    expect(line.adjustments).toEqual([]);
    expect(line.qualifyingDate).toBe('2025-12-31');
  });

  it.each<[string, Json, Json, EvaluateOptions | undefined, Want]>([
    // floor(0.1 × 345,678,999 fen) = floor(34,567,899.9) = 34,567,899 fen
    ['收入 3,456,789.99 → 345,678.99（向下取整到分）', revenue('3456789.99'), {}, undefined, { status: 'paid', gross: '345678.99', net: '345678.99' }],
    ['只看上一年度：2026 年收入不计', { serviceRevenue: { '2025': '2000000.00', '2026': '9000000.00' } }, {}, undefined, { status: 'ineligible', net: '0.00' }],
    ['只看上一年度：2025 年服务企业数不足', { servedEnterprises: { '2025': 49, '2026': 80 } }, {}, undefined, { status: 'ineligible', net: '0.00' }],
    ['运营单位为事业单位：同一上限（A8.2.6）', revenue('20000000.00'), { beneficiary: beneficiary({ legalForm: 'publicInstitution' }) }, undefined,
      { status: 'reduced', net: '1000000.00' }],
  ])('%s', (_name, over, app, options, want) => {
    expect(one(base(over), app, options)).toMatchObject(want);
  });

  describe('generated negative case for each condition', () => {
    const NEGATIVES: Record<string, Negative> = {
      evaluationPassed: { claim: { evaluationPassed: { '2025': false } } },
      revenueThreshold: { claim: revenue('3000000.00') },
      servedThreshold: { claim: served(49) },
    };

    negativeCases(ID, NEGATIVES);
  });

  describe('a missing base-year figure is pending, not a failed condition (fix pinned)', () => {
    it.each<[string, Json, string]>([
      ['no 2025 service revenue', { serviceRevenue: { '2026': '5000000.00' } }, 'serviceRevenue.2025'],
      ['no 2025 count of enterprises served', { servedEnterprises: {} }, 'servedEnterprises.2025'],
      ['no 2025 evaluation', { evaluationPassed: {} }, 'evaluationPassed.2025'],
    ])('%s → pending', (_name, over, missing) => {
      const line = one(base(over));
      expect(line).toMatchObject({ status: 'pending', failed: [], net: '0.00' });
      expect(line.reasons).toContainEqual({ code: 'pending', rule: ID, missing });
    });

    it('a failed threshold still wins over a missing figure', () => {
      expect(one(base({ ...revenue('100.00'), servedEnterprises: {} }))).toMatchObject({ status: 'ineligible', failed: ['revenueThreshold'] });
    });
  });

  describe('thresholds: revenue 超过 3,000,000.00 (strict, A8.2.1), served 50家（含）以上', () => {
    it.each<[string, Json, Want]>([
      ['收入 2,999,999.99 → 不符合', revenue('2999999.99'), { status: 'ineligible', net: '0.00' }],
      ['收入恰为 3,000,000.00 → 不符合（超过不含本数）', revenue('3000000.00'), { status: 'ineligible', net: '0.00' }],
      // floor(0.1 × 300,000,001 fen) = floor(30,000,000.1) = 30,000,000 fen
      ['收入 3,000,000.01 → 300,000.00', revenue('3000000.01'), { status: 'paid', gross: '300000.00', net: '300000.00' }],
      ['收入 3,000,000.02 → 300,000.00', revenue('3000000.02'), { status: 'paid', net: '300000.00' }],
      ['服务企业 49 家 → 不符合', served(49), { status: 'ineligible', net: '0.00' }],
      ['服务企业 50 家 → 符合（含本数）', served(50), { status: 'paid', net: '500000.00' }],
      ['服务企业 51 家 → 符合', served(51), { status: 'paid', net: '500000.00' }],
    ])('%s', (_name, over, want) => {
      expect(one(base(over))).toMatchObject(want);
    });

    it('the threshold failures are named', () => {
      expect(one(base(revenue('3000000.00'))).failed).toEqual(['revenueThreshold']);
      expect(one(base(served(49))).failed).toEqual(['servedThreshold']);
    });
  });

  describe('the 1,000,000.00 cap per operating enterprise per year (不超过 is inclusive)', () => {
    it.each<[string, string, Want]>([
      ['收入 10,000,000.00 → 恰为上限，paid', '10000000.00', { status: 'paid', gross: '1000000.00', entitlement: '1000000.00', net: '1000000.00' }],
      // floor(0.1 × 1,000,000,009 fen) = floor(100,000,000.9) = 100,000,000 fen
      ['收入 10,000,000.09 → 取整后恰为上限，paid', '10000000.09', { status: 'paid', gross: '1000000.00', net: '1000000.00' }],
      // floor(0.1 × 1,000,000,010 fen) = 100,000,001 fen
      ['收入 10,000,000.10 → 1,000,000.01 超一分，reduced', '10000000.10', { status: 'reduced', gross: '1000000.01', entitlement: '1000000.00', net: '1000000.00' }],
    ])('%s', (_name, amount, want) => {
      expect(one(base(revenue(amount)))).toMatchObject(want);
    });

    it('the cut is a cumulativeCap adjustment per beneficiary per year', () => {
      expect(one(base(revenue('10000000.10'))).adjustments).toEqual([{ code: 'cumulativeCap', rule: ID, before: '1000000.01', after: '1000000.00',
        param: 'art08_2.cap', scope: 'perBeneficiaryPerYear', cap: '1000000.00', prior: '0.00', room: '1000000.00' }]);
    });

    describe('two platforms of one operator share the cap pro rata (A8.2.3 a, R7)', () => {
      // P9: 10 % × 7,000,000.00 = 700,000.00; P10: floor(10 % × 700,000,010 fen) = 70,000,001 fen = 700,000.01.
      // Room 100,000,000 fen over 140,000,001 fen:
      //   P9  floor(100,000,000 × 70,000,000 / 140,000,001) = floor(49,999,999.64…) = 49,999,999
      //   P10 floor(100,000,000 × 70,000,001 / 140,000,001) = floor(50,000,000.35…) = 50,000,000
      //   leftover 1 fen → same clause, so by subject id as plain strings: 'P10' < 'P9' → P10.
      const platforms = [base({ id: 'a', subjectId: 'P9', ...revenue('7000000.00') }), base({ id: 'b', subjectId: 'P10', ...revenue('7000000.10') })];

      it('P9 499,999.99 and P10 500,000.01', () => {
        const r = run(platforms);
        expect(lineOf(r, 'a')).toMatchObject({ subjectId: 'P9', status: 'reduced', gross: '700000.00', net: '499999.99' });
        expect(lineOf(r, 'b')).toMatchObject({ subjectId: 'P10', status: 'reduced', gross: '700000.01', net: '500000.01' });
        expect(r.total).toBe('1000000.00');
      });

      it('A8.2.3 b: the cap is per platform, both are paid in full', () => {
        const r = run(platforms, {}, { readings: { 'A8.2.3': 'b' } });
        expect(lineOf(r, 'a')).toMatchObject({ status: 'paid', net: '700000.00' });
        expect(lineOf(r, 'b')).toMatchObject({ status: 'paid', net: '700000.01' });
      });

      it('R7 = clauseOrder: P10 (first by subject id) is filled whole, P9 gets the rest 299,999.99', () => {
        const r = run(platforms, {}, { readings: { R7: 'clauseOrder' } });
        expect(lineOf(r, 'b').net).toBe('700000.01');
        expect(lineOf(r, 'a').net).toBe('299999.99');
      });
    });

    it.each<[string, Json[], EvaluateOptions | undefined, Want]>([
      // room = 1,000,000.00 − 600,000.00 = 400,000.00 < 500,000.00
      ['本年度前批次另一平台已付 600,000.00 → 本批次 400,000.00', [earlier()], undefined, { status: 'reduced', entitlement: '400000.00', net: '400000.00' }],
      // R9 net: 600,000.00 − 200,000.00 = 400,000.00 counted → room 600,000.00 ≥ 500,000.00
      ['前批次已付 600,000.00 退回 200,000.00 → 本批次全额 500,000.00', [earlier({ refunded: '200000.00' })], undefined, { status: 'paid', net: '500000.00' }],
      ['前批次已付 1,000,000.00 → 零', [earlier({ entitlement: '1000000.00', paid: '1000000.00' })], undefined, { status: 'zero', net: '0.00' }],
      ['上一奖励年度已付不占本年额度', [earlier({ awardYear: 2025, entitlement: '1000000.00', paid: '1000000.00' })], undefined, { status: 'paid', net: '500000.00' }],
      ['A8.2.3 b：另一平台的前批次不占本平台额度', [earlier()], { readings: { 'A8.2.3': 'b' } }, { status: 'paid', net: '500000.00' }],
      ['A8.2.3 b：本平台前批次仍占额度', [earlier({ subjectId: 'S' })], { readings: { 'A8.2.3': 'b' } }, { status: 'reduced', net: '400000.00' }],
    ])('%s', (_name, history, options, want) => {
      expect(one(base(), { history }, options)).toMatchObject(want);
    });
  });

  describe('OG4 with 二(二) for the same revenue stream (A8.2.8)', () => {
    it('equal amounts: the earlier clause (二(二)) is kept, 八(二) is zero', () => {
      // 二(二): 10 % × 5,000,000.00 = 500,000.00; 八(二): 10 % × 5,000,000.00 = 500,000.00.
      const r = run([claim('art02_2', { id: 'd' }), base()]);
      expect(lineOf(r, 'd')).toMatchObject({ status: 'paid', net: '500000.00' });
      expect(lineOf(r, 'c')).toMatchObject({ status: 'zero', entitlement: '500000.00', net: '0.00' });
      expect(lineOf(r, 'c').adjustments.map((a) => a.code)).toEqual(['overlap']);
      expect(r.total).toBe('500000.00');
    });

    it('八(二) 800,000.00 beats 二(二) 500,000.00', () => {
      const r = run([claim('art02_2', { id: 'd' }), base(revenue('8000000.00'))]);
      expect(lineOf(r, 'c')).toMatchObject({ status: 'paid', net: '800000.00' });
      expect(lineOf(r, 'd')).toMatchObject({ status: 'zero', net: '0.00' });
    });

    it('A9.1.1 a: both are paid', () => {
      expect(run([claim('art02_2', { id: 'd' }), base()], {}, { readings: { 'A9.1.1': 'a' } }).total).toBe('1000000.00');
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
      expect(line.net).toBe(status === 'paid' ? '500000.00' : '0.00');
    });

    it.each<[string, number, string, string]>([
      ['effective 2026-01-01: award year 2026 is one day early', 2026, '2026-01-01', 'ineligible'],
      ['effective 2025-12-31: award year 2026 on the first day', 2026, '2025-12-31', 'paid'],
      ['effective 2025-12-31: award year 2029 is one day late', 2029, '2025-12-31', 'ineligible'],
      ['effective 2026-01-01: award year 2029 on the last day', 2029, '2026-01-01', 'paid'],
    ])('%s', (_name, year, effective, status) => {
      expect(one(forYear(year), inYear(year), { parameters: { 'art09_7.effectiveDate': effective } }).status).toBe(status);
    });
  });

  it('一: a beneficiary whose main business is not a listed AI field is out of scope (no subject test for 八(二))', () => {
    const line = one(base(), { beneficiary: beneficiary({ mainBusinessFields: [] }) });
    expect(line.status).toBe('ineligible');
    expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
  });

  describe('explanation data: the figures the formula read', () => {
    // 10 % of 2025 service revenue 5,000,000.00, 60 enterprises served; a year's revenue funds no project.
    explanationData(ID, { basis: { baseYear: 2025, serviceRevenue: '5000000.00', servedEnterprises: 60, rate: '0.10' }, q: '2025-12-31', project: null, conditions: ['evaluationPassed', 'revenueThreshold', 'servedThreshold'], net: '500000.00' });

    it('missing figures are named as missing', () => {
      expect(one(claim(ID, { serviceRevenue: {}, servedEnterprises: {} })).basis).toMatchObject({ serviceRevenue: 'missing', servedEnterprises: 'missing' });
    });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    // 八(二) shares overlap group OG4 with 二(二), so its decoy is a 六(五)b line.
    ignoresOtherClauses('per year (A8.2.3 a)', claim(ID), '500000.00', { decoyClause: 'art06_5b' });
    ignoresOtherClauses('per platform per year (A8.2.3 b)', claim(ID), '500000.00', { options: { readings: { 'A8.2.3': 'b' } }, decoyClause: 'art06_5b' });
  });
});
