/**
 * 六(四)a 支持示范应用推广（优秀案例） — 「对经评审认定的优秀案例，每个给予不超过50万元奖励。」
 * Register § 六(四): REVIEW ≤ 500,000.00 per case (A6.4.3 a: a reviewed amount clipped to the cap; reading b: the
 * cap as a fixed amount); each case paid once (R5); no per-enterprise or annual cap of its own (A6.4.2).
 * Anchor: the review date (A9.7.3).
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { beneficiary, claim, lineOf, one, type Json } from '../helpers.js';
import { type Want, run, negativeCases, enterprisesOnly, windowEdges, explanationData, ignoresOtherClauses, zeroLineIsNoAward, type Negative } from './support.js';

const ID = 'art06_4a';
const base = (over: Json = {}): Json => claim(ID, over);
const earlier = (over: Json = {}): Json => ({ clause: ID, subjectId: 'S', awardYear: 2026, entitlement: '400000.00', paid: '400000.00', ...over });

describe('art06_4a 六(四)a', () => {
  it('base case: an excellent case reviewed at 400,000.00 is paid as approved', () => {
    // cap 50万元 = 500,000.00; approved 400,000.00 ≤ cap → 400,000.00.
    const line = one(base());
    expect(line).toMatchObject({ item: '六(四)a', status: 'paid', gross: '400000.00', entitlement: '400000.00', net: '400000.00', failed: [] });
    expect(line.adjustments).toEqual([]);
    expect(line.qualifyingDate).toBe('2026-03-01');
  });

  it.each<[string, Json, Json, EvaluateOptions | undefined, Want]>([
    ['核定额为任意分值，原样给予', { approvedAmount: '123456.78' }, {}, undefined, { status: 'paid', gross: '123456.78', net: '123456.78' }],
    ['申报单位为社会组织：受益人须为智能机器人企业（A6.4.1、R6）', {}, { beneficiary: beneficiary({ legalForm: 'socialOrganization' }) }, undefined, { status: 'ineligible', net: '0.00' }],
    ['A6.4.3 b：按 500,000.00 定额给予', { approvedAmount: '1.00' }, {}, { readings: { 'A6.4.3': 'b' } }, { status: 'paid', gross: '500000.00', net: '500000.00' }],
    ['A6.4.3 b：核定额为零亦按定额', { approvedAmount: '0.00' }, {}, { readings: { 'A6.4.3': 'b' } }, { status: 'paid', net: '500000.00' }],
    ['A6.4.3 b：未经评审认定仍不予奖励', { reviewedExcellent: false }, {}, { readings: { 'A6.4.3': 'b' } }, { status: 'ineligible', net: '0.00' }],
  ])('%s', (_name, over, app, options, want) => {
    expect(one(base(over), app, options)).toMatchObject(want);
  });

  describe('generated negative case for each condition', () => {
    const NEGATIVES: Record<string, Negative> = {
      reviewedExcellent: { claim: { reviewedExcellent: false } },
      approvedAmountPositive: { claim: { approvedAmount: '0.00' } },
    };

    // 「智能机器人企业」: enterprise is tested for each unit that is not one.
    negativeCases(ID, NEGATIVES, { elsewhere: ['enterprise'] });

    enterprisesOnly('enterprise fails for a %s → ineligible', (app) => one(base(), app));
  });

  describe('thresholds and the cap (不超过 is inclusive)', () => {
    it.each<[string, string, Want]>([
      ['核定 0.00', '0.00', { status: 'ineligible', net: '0.00' }],
      ['核定 0.01', '0.01', { status: 'paid', net: '0.01' }],
      ['核定 499,999.99', '499999.99', { status: 'paid', gross: '499999.99', net: '499999.99' }],
      ['核定恰为 500,000.00 → paid', '500000.00', { status: 'paid', gross: '500000.00', entitlement: '500000.00', net: '500000.00' }],
      ['核定 500,000.01 → reduced 500,000.00', '500000.01', { status: 'reduced', gross: '500000.01', entitlement: '500000.00', net: '500000.00' }],
    ])('%s', (_name, amount, want) => {
      expect(one(base({ approvedAmount: amount }))).toMatchObject(want);
    });

    it('the cut is an itemCap adjustment of 六(四)a', () => {
      expect(one(base({ approvedAmount: '500000.01' })).adjustments).toEqual([
        { code: 'itemCap', rule: ID, before: '500000.01', after: '500000.00', param: 'art06_4a.cap', cap: '500000.00' },
      ]);
    });
  });

  describe('validity window 九(七) on the review date', () => {
    windowEdges('reviewed', (date) => base({ reviewedOn: date }), '400000.00');
  });

  describe('each case is paid once (R5)', () => {
    it('the case already has an award in the history → zero', () => {
      const line = one(base(), { history: [earlier({ awardYear: 2025 })] });
      expect(line).toMatchObject({ status: 'zero', entitlement: '0.00', net: '0.00' });
      expect(line.adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '400000.00', after: '0.00', why: 'alreadyAwarded' }]);
    });

    it('another case in the history does not count', () => {
      expect(one(base(), { history: [earlier({ subjectId: 'OTHER' })] })).toMatchObject({ status: 'paid', net: '400000.00' });
    });

    it('two claims for the same case in one batch: the larger (450,000.00) is paid, the other is zero', () => {
      const r = run([base({ id: 'a', approvedAmount: '300000.00' }), base({ id: 'b', approvedAmount: '450000.00' })]);
      expect(lineOf(r, 'b')).toMatchObject({ status: 'paid', net: '450000.00' });
      expect(lineOf(r, 'a')).toMatchObject({ status: 'zero', net: '0.00' });
      expect(lineOf(r, 'a').adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '300000.00', after: '0.00', why: 'largerInBatch' }]);
      expect(r.total).toBe('450000.00');
    });

    it('two different cases of one enterprise are both paid at the cap: no per-enterprise cap (A6.4.2)', () => {
      const r = run([base({ id: 'a', subjectId: 'K1', approvedAmount: '500000.00' }), base({ id: 'b', subjectId: 'K2', approvedAmount: '500000.00' })]);
      expect(lineOf(r, 'a').net).toBe('500000.00');
      expect(lineOf(r, 'b').net).toBe('500000.00');
      expect(r.total).toBe('1000000.00');
    });
  });

  it('一: a beneficiary whose main business is not a listed AI field is out of scope (no subject test for 六(四)a)', () => {
    const line = one(base(), { beneficiary: beneficiary({ mainBusinessFields: [] }) });
    expect(line.status).toBe('ineligible');
    expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
  });

  describe('explanation data: the figures the formula read', () => {
    // Approved 400,000.00 under the 500,000.00 maximum.
    explanationData(ID, { basis: { approvedAmount: '400000.00', cap: '500000.00' }, q: '2026-03-01', conditions: ['enterprise', 'reviewedExcellent', 'approvedAmountPositive'], net: '400000.00' });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('once', claim(ID), '400000.00');
    zeroLineIsNoAward(ID, '400000.00');
  });
});
