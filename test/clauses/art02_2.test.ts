/**
 * 二(二) 提升数据服务和应用能力 — 「对上一年度数据服务收入达到300万元（含）以上的企业，经认定，按照其数据服务实际收入的
 * 10%，给予每个企业每年最高100万元的奖励。」
 *
 * Register § 二(二): line = base ≥ 3,000,000 ? min(floor(10 % × base), 1,000,000) : 0, base = revenue of Y−1
 * (A2.2.1, A2.2.2), total not marginal (A2.2.3 default), enterprises only (R6, A2.2.5), cap per enterprise per
 * award year, window anchor 31 Dec of Y−1 (A2.2.7, A9.7.3). Every expected figure below is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { application, beneficiary, claim, lineOf, one, type Json, evaluate, evaluateYears } from '../helpers.js';
import { money, paid, DEFAULT_WINDOW, withContribution2024, negativeCases, enterprisesOnly, explanationData, type Negative } from './support.js';

const ID = 'art02_2';
const rev = (byYear: Record<string, string>, extra: Json = {}): Json => claim(ID, { dataServiceRevenue: byYear, ...extra });
/** An earlier batch of 二(二) for this enterprise. */
const earlier = (awardYear: number, paidYuan: string, entitlement = paidYuan): Json =>
  ({ clause: ID, subjectId: 'S0', awardYear, entitlement, paid: paidYuan });

describe('art02_2 二(二)', () => {
  it('base case: 2025 revenue 5,000,000.00 → 10 % = 500,000.00, under the 1,000,000 cap: paid in full', () => {
    // 5,000,000.00 ≥ 3,000,000.00; 0.10 × 5,000,000.00 = 500,000.00 ≤ 1,000,000.00.
    const l = one(claim(ID));
    expect(money(l)).toEqual(paid('500000.00'));
    expect(l.item).toBe('二(二)');
    expect(l.failed).toEqual([]);
    expect(l.adjustments).toEqual([]);
    expect(l.qualifyingDate).toBe('2025-12-31');
    expect(l.basis).toMatchObject({ baseYear: 2025, revenue: '5000000.00', threshold: '3000000.00', base: '5000000.00' });
  });

  describe('conditions: each one failed on its own makes the line ineligible and is named', () => {
    const NEGATIVE: Record<string, Negative> = {
      enterprise: { app: { beneficiary: beneficiary({ legalForm: 'publicInstitution' }) } },
      recognized: { claim: { recognized: false } },
      revenueThreshold: { claim: { dataServiceRevenue: { '2025': '2999999.99' } } },
    };

    negativeCases(ID, NEGATIVE);

    enterprisesOnly('R6: 「企业」 only — a %s is not paid', (app) => one(claim(ID), app));
  });

  describe('threshold 「达到300万元（含）以上」 is ≥ (n−1, n, n+1 fen)', () => {
    it.each([
      ['2999999.99', 'ineligible', '0.00'],
      // 0.10 × 3,000,000.00 = 300,000.00
      ['3000000.00', 'paid', '300000.00'],
      // 0.10 × 3,000,000.01 = 300,000.001 → floor 300,000.00
      ['3000000.01', 'paid', '300000.00'],
    ])('revenue %s → %s %s', (revenue, status, net) => {
      const l = one(rev({ '2025': revenue }));
      expect(l.status).toBe(status);
      expect(l.net).toBe(net);
      expect(l.failed).toEqual(status === 'ineligible' ? ['revenueThreshold'] : []);
    });
  });

  describe('cap 「每个企业每年最高100万元」 (n−1, n, n+1 fen of the product)', () => {
    it.each([
      // 0.10 × 9,999,999.99 = 999,999.999 → 999,999.99
      ['9999999.99', paid('999999.99')],
      // 0.10 × 10,000,000.00 = 1,000,000.00: lands on the cap, still paid (§0.7)
      ['10000000.00', paid('1000000.00')],
      // 0.10 × 10,000,000.09 = 1,000,000.009 → floor 1,000,000.00: still exactly the cap
      ['10000000.09', paid('1000000.00')],
    ])('revenue %s', (revenue, expected) => {
      const l = one(rev({ '2025': revenue }));
      expect(money(l)).toEqual(expected);
      expect(l.adjustments).toEqual([]);
    });

    it('revenue 10,000,000.10 → 1,000,000.01 exceeds the cap by one fen: reduced to 1,000,000.00', () => {
      const l = one(rev({ '2025': '10000000.10' }));
      expect(money(l)).toEqual({ status: 'reduced', gross: '1000000.01', entitlement: '1000000.00', net: '1000000.00' });
      expect(l.adjustments).toEqual([{
        code: 'cumulativeCap', rule: ID, before: '1000000.01', after: '1000000.00', param: 'art02_2.cap',
        scope: 'perBeneficiaryPerYear', cap: '1000000.00', prior: '0.00', room: '1000000.00',
      }]);
    });
  });

  describe('named cases', () => {
    it.each<{ name: string; revenue: Record<string, string>; expected: Record<string, string> }>([
      // 0.10 × 3,456,789.99 = 345,678.999 → floor (R7) 345,678.99
      { name: '收入含零头：345,678.999 向下取整到分', revenue: { '2025': '3456789.99' }, expected: paid('345678.99') },
      // 0.10 × 99,999,999.99 = 9,999,999.999 → 9,999,999.99, cut to the cap
      { name: '收入远超1000万元：按上限100万元核减', revenue: { '2025': '99999999.99' },
        expected: { status: 'reduced', gross: '9999999.99', entitlement: '1000000.00', net: '1000000.00' } },
      // A2.2.2: only Y−1 = 2025 counts; the award year's own revenue is ignored. 0.10 × 3,100,000 = 310,000.
      { name: '只看上一年度（2025年）收入，奖励当年收入不计', revenue: { '2025': '3100000.00', '2026': '9000000.00' }, expected: paid('310000.00') },
    ])('$name', ({ revenue, expected }) => {
      expect(money(one(rev(revenue)))).toEqual(expected);
    });

    it('前年收入达标而上一年度不达标：不予奖励（2024年收入不能替代2025年）', () => {
      const l = one(rev({ '2024': '9000000.00', '2025': '2000000.00' }));
      expect(l.status).toBe('ineligible');
      expect(l.failed).toEqual(['revenueThreshold']);
      expect(l.net).toBe('0.00');
    });

    it('上一年度收入缺失：待定（pending），不当作零 — docs/interpretations.md (pins the fix in art02_2.ts)', () => {
      const l = one(rev({ '2024': '9000000.00' }));
      expect(l.status).toBe('pending');
      expect(l.failed).toEqual([]);
      expect(l.reasons).toEqual([{ code: 'pending', rule: ID, missing: 'dataServiceRevenue.2025' }]);
      expect(l.net).toBe('0.00');
    });

    it('收入缺失但申请人不是企业：仍为不符合条件（条件先于待定）', () => {
      const l = one(rev({}), { beneficiary: beneficiary({ legalForm: 'socialOrganization' }) });
      expect(l.status).toBe('ineligible');
      expect(l.failed).toEqual(['enterprise']);
    });
  });

  describe('history: the cap is per enterprise per award year, counting money paid (R9)', () => {
    it('an earlier 2026 batch paid 600,000.00 → room 400,000.00: 500,000.00 is reduced to 400,000.00', () => {
      const l = one(claim(ID), { history: [earlier(2026, '600000.00')] });
      expect(money(l)).toEqual({ status: 'reduced', gross: '500000.00', entitlement: '400000.00', net: '400000.00' });
      expect(l.adjustments).toEqual([expect.objectContaining({ code: 'cumulativeCap', rule: ID, prior: '600000.00', room: '400000.00' })]);
    });

    it('an earlier 2026 batch paid the full 1,000,000.00 → zero', () => {
      const l = one(claim(ID), { history: [earlier(2026, '1000000.00')] });
      expect(l.status).toBe('zero');
      expect(l.net).toBe('0.00');
    });

    it('a 2025 award does not use up the 2026 cap (「每年」)', () => {
      expect(money(one(claim(ID), { history: [earlier(2025, '1000000.00')] }))).toEqual(paid('500000.00'));
    });

    it('R9: an earlier batch entitled to 1,000,000.00 but paid 700,000.00 leaves 300,000.00 (paid), nothing under R9 = entitlement', () => {
      const history = [earlier(2026, '700000.00', '1000000.00')];
      expect(money(one(claim(ID), { history }))).toEqual({ status: 'reduced', gross: '500000.00', entitlement: '300000.00', net: '300000.00' });
      expect(one(claim(ID), { history }, { readings: { R9: 'entitlement' } }).status).toBe('zero');
    });

    it('two revenue streams in one batch share the 1,000,000.00 pro rata, leftover fen by subject id (R7)', () => {
      // S1: 0.10 × 6,000,000.00 = 600,000.00; S2: 0.10 × 7,000,000.01 = 700,000.001 → 700,000.00. Σ 1,300,000.00.
      // S1 share = floor(100,000,000 fen × 60,000,000 / 130,000,000) = floor(46,153,846.15) = 46,153,846 fen
      // S2 share = floor(100,000,000 × 70,000,000 / 130,000,000) = floor(53,846,153.84) = 53,846,153 fen
      // Σ 99,999,999 fen: one fen left, to S1 (same clause, 'S1' < 'S2') → 461,538.47 + 538,461.53 = 1,000,000.00.
      const c1 = rev({ '2025': '6000000.00' }, { id: 'z', subjectId: 'S1' });
      const c2 = rev({ '2025': '7000000.01' }, { id: 'a', subjectId: 'S2' });
      const r = evaluate(application([c2, c1]));
      expect(lineOf(r, 'z').net).toBe('461538.47');
      expect(lineOf(r, 'a').net).toBe('538461.53');
      expect(lineOf(r, 'z').status).toBe('reduced');
      expect(r.total).toBe('1000000.00');
    });
  });

  describe('九(一) across policies (OG4): the same revenue already supported by another district policy', () => {
    it('another policy paid 200,000.00 for this revenue stream → top-up of 500,000.00 − 200,000.00 = 300,000.00', () => {
      const b = beneficiary({ otherDistrictSupport: [{ policy: '其他区级政策', subjectId: 'S', clause: ID, amount: '200000.00', paidOn: '2026-02-01' }] });
      const l = one(claim(ID), { beneficiary: b });
      expect(money(l)).toEqual({ status: 'reduced', gross: '500000.00', entitlement: '500000.00', net: '300000.00' });
      expect(l.adjustments).toEqual([expect.objectContaining({ code: 'overlap', rule: 'art09_1', group: 'OG4', other: '200000.00', room: '300000.00' })]);
    });
  });

  describe('readings', () => {
    it('A2.2.3 marginal: 10 % of the part above 3,000,000 — 5,000,000.00 → 200,000.00', () => {
      // 0.10 × (5,000,000.00 − 3,000,000.00) = 200,000.00
      expect(money(one(claim(ID), {}, { readings: { 'A2.2.3': 'marginal' } }))).toEqual(paid('200000.00'));
    });

    it('A2.2.3 marginal: the cap binds from 13,000,000.00; 13,000,000.10 → 1,000,000.01 → reduced', () => {
      const opt = { readings: { 'A2.2.3': 'marginal' } } as const;
      expect(money(one(rev({ '2025': '13000000.00' }), {}, opt))).toEqual(paid('1000000.00'));
      expect(money(one(rev({ '2025': '13000000.10' }), {}, opt)))
        .toEqual({ status: 'reduced', gross: '1000000.01', entitlement: '1000000.00', net: '1000000.00' });
    });

    it('A2.2.3 marginal at exactly 3,000,000.00: eligible, but the formula gives nothing', () => {
      const l = one(rev({ '2025': '3000000.00' }), {}, { readings: { 'A2.2.3': 'marginal' } });
      expect(l.failed).toEqual([]);
      expect(l.status).toBe('zero');
      expect(l.net).toBe('0.00');
    });
  });

  describe('reading A2.2.1: 「上一年度」 rolls with the award year (a, default) or is fixed at the year before the policy took effect (b)', () => {
    const FIXED = { readings: { 'A2.2.1': 'b' } } as const;
    // The policy takes effect on 2025-07-01 (art09_7.effectiveDate), so the fixed base year is 2024.
    const twoBases = rev({ '2024': '5000000.00', '2025': '2000000.00' });

    it('default: the 2026 round reads 2025 — 2,000,000.00 < 3,000,000.00 → ineligible; naming a is the same', () => {
      const l = one(twoBases);
      expect(l.status).toBe('ineligible');
      expect(l.failed).toEqual(['revenueThreshold']);
      expect(l.basis).toMatchObject({ baseYear: 2025, revenue: '2000000.00' });
      expect(one(twoBases, {}, { readings: { 'A2.2.1': 'a' } })).toEqual(l);
    });

    it('b: the 2026 round reads 2024 — 0.10 × 5,000,000.00 = 500,000.00; the round is still placed by 2025-12-31', () => {
      const l = one(twoBases, {}, FIXED);
      expect(money(l)).toEqual(paid('500000.00'));
      expect(l.basis).toMatchObject({ baseYear: 2024, revenue: '5000000.00' });
      expect(l.qualifyingDate).toBe('2025-12-31');
    });

    it.each([
      // 2024 revenue on each side of 「达到300万元（含）以上」; 2025's 9,000,000.00 is not read under b
      ['2999999.99', 'ineligible', '0.00'],
      ['3000000.00', 'paid', '300000.00'],
    ])('b: 2024 revenue %s → %s, %s', (revenue2024, status, net) => {
      const l = one(rev({ '2024': revenue2024, '2025': '9000000.00' }), {}, FIXED);
      expect([l.status, l.net]).toEqual([status, net]);
    });

    it('b: without a 2024 figure the line is pending on it (default: 2025 is there, paid)', () => {
      const l = one(claim(ID), {}, FIXED);
      expect(l.status).toBe('pending');
      expect(l.reasons).toEqual([{ code: 'pending', rule: ID, missing: 'dataServiceRevenue.2024' }]);
      expect(one(claim(ID)).net).toBe('500000.00');
    });

    it('b: the fixed year follows art09_7.effectiveDate — effective 2026-01-01, the 2027 round reads 2025', () => {
      // b: 0.10 × 4,000,000.00 = 400,000.00; a: 0.10 × 6,000,000.00 (2026) = 600,000.00.
      const app = { awardYear: 2027, approvalDate: '2027-12-01' };
      const c = rev({ '2025': '4000000.00', '2026': '6000000.00' });
      const parameters = { 'art09_7.effectiveDate': '2026-01-01' };
      expect(one(c, app, { parameters, ...FIXED }).net).toBe('400000.00');
      expect(one(c, app, { parameters }).net).toBe('600000.00');
    });

    it('evaluateYears 2026–2028: b pays on 2024 every year (1,000,000.00 capped, three times); a on 2025, 2026, 2027', () => {
      // b: 0.10 × 12,000,000.00 = 1,200,000.00 → 1,000,000.00 a year → 3,000,000.00.
      // a: 0.10 × 4,000,000.00 + 0.10 × 5,000,000.00 + (2,000,000.00 < 3,000,000.00: 0) = 900,000.00.
      const revenue = { '2024': '12000000.00', '2025': '4000000.00', '2026': '5000000.00', '2027': '2000000.00' };
      const input = {
        beneficiary: beneficiary(),
        years: [2026, 2027, 2028].map((awardYear) => ({ awardYear, approvalDate: `${awardYear}-12-01`, claims: [rev(revenue)] })),
      };
      const fixed = evaluateYears(input, FIXED);
      expect(fixed.years.map((r) => r.total)).toEqual(['1000000.00', '1000000.00', '1000000.00']);
      expect(fixed.total).toBe('3000000.00');
      const rolling = evaluateYears(input);
      expect(rolling.years.map((r) => r.total)).toEqual(['400000.00', '500000.00', '0.00']);
      expect(lineOf(rolling.years[2]!).status).toBe('ineligible');
    });
  });

  describe('validity window 九(七): the anchor is 31 December of the base year (A9.7.3)', () => {
    it.each([
      // award year 2025 → base year 2024 → 2024-12-31, before 2025-07-01
      { awardYear: 2025, approvalDate: '2025-12-01', base: '2024', date: '2024-12-31', inside: false },
      { awardYear: 2026, approvalDate: '2026-12-01', base: '2025', date: '2025-12-31', inside: true },
      { awardYear: 2028, approvalDate: '2028-12-01', base: '2027', date: '2027-12-31', inside: true },
      // award year 2029 → 2028-12-31, after 2028-06-30
      { awardYear: 2029, approvalDate: '2029-03-01', base: '2028', date: '2028-12-31', inside: false },
    ])('award year $awardYear (base $base): inside = $inside', ({ awardYear, approvalDate, base, date, inside }) => {
      const l = one(rev({ [base]: '5000000.00' }), { awardYear, approvalDate });
      expect(l.qualifyingDate).toBe(date);
      if (inside) expect(money(l)).toEqual(paid('500000.00'));
      else {
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date, ...DEFAULT_WINDOW });
      }
    });

    it.each([
      // start side: 2025-12-31 is one day before E = 2026-01-01, and the first day when E = 2025-12-31
      { effectiveDate: '2026-01-01', awardYear: 2026, inside: false },
      { effectiveDate: '2025-12-31', awardYear: 2026, inside: true },
      // end side: E = 2025-01-01 → last day 2027-12-31 (= the anchor); E = 2024-12-31 → last day 2027-12-30
      { effectiveDate: '2025-01-01', awardYear: 2028, inside: true },
      { effectiveDate: '2024-12-31', awardYear: 2028, inside: false },
    ])('anchor on the boundary day: E = $effectiveDate, award year $awardYear → inside = $inside', ({ effectiveDate, awardYear, inside }) => {
      const base = String(awardYear - 1);
      const l = one(rev({ [base]: '5000000.00' }), { awardYear, approvalDate: `${awardYear}-12-01` },
        { parameters: { 'art09_7.effectiveDate': effectiveDate } });
      expect(l.status).toBe(inside ? 'paid' : 'ineligible');
      if (!inside) expect(l.reasons).toContainEqual(expect.objectContaining({ code: 'window', date: `${base}-12-31` }));
    });

    it.each([
      { awardYear: 2025, applicationDate: '2025-06-30', inside: false },
      { awardYear: 2025, applicationDate: '2025-07-01', inside: true },
      { awardYear: 2028, applicationDate: '2028-06-30', inside: true },
      { awardYear: 2028, applicationDate: '2028-07-01', inside: false },
    ])('A9.7.3 d (annual lines use the application date): filed $applicationDate → inside = $inside', ({ awardYear, applicationDate, inside }) => {
      const base = String(awardYear - 1);
      const l = one(rev({ [base]: '5000000.00' }), { awardYear, approvalDate: `${awardYear}-12-01`, applicationDate, beneficiary: withContribution2024 },
        { readings: { 'A9.7.3': 'd' } });
      expect(l.status).toBe(inside ? 'paid' : 'ineligible');
      if (!inside) expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: applicationDate, ...DEFAULT_WINDOW });
    });

    it('A9.7.3 d allows a 2025 round on 2024 data that the default refuses', () => {
      const app = { awardYear: 2025, approvalDate: '2025-12-01', applicationDate: '2025-09-01', beneficiary: withContribution2024 };
      const c = rev({ '2024': '4000000.00' });
      expect(one(c, app).status).toBe('ineligible');
      // 0.10 × 4,000,000.00 = 400,000.00
      expect(money(one(c, app, { readings: { 'A9.7.3': 'd' } }))).toEqual(paid('400000.00'));
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // 10 % of the 2025 revenue 5,000,000.00 (≥ 3,000,000.00); the base year's end anchors the window; no project.
    explanationData(ID, { basis: { baseYear: 2025, revenue: '5000000.00', threshold: '3000000.00', base: '5000000.00' }, q: '2025-12-31', project: null, conditions: ['enterprise', 'recognized', 'revenueThreshold'], net: '500000.00' });

    it('a missing revenue is named as missing; reading A2.2.3 marginal shows the marginal base', () => {
      expect(one(claim(ID, { dataServiceRevenue: {} })).basis).toMatchObject({ revenue: 'missing' });
      expect(one(claim(ID), {}, { readings: { 'A2.2.3': 'marginal' } }).basis).toMatchObject({ base: '2000000.00' });
    });
  });
});
