/**
 * 四(三) 支持人工智能大模型研发训练 — 「对获得国家网信办生成式人工智能模型备案的企业，依据其模型评测等相关费用，给予不超过
 * 100万元的一次性奖励。」
 *
 * Register § 四(三): line = (national CAC filing ∧ not previously awarded to this enterprise) ? min(fees,
 * 1,000,000) : 0 — 100 % of the evaluation-related fees (A4.3.1 a), once per enterprise (A4.3.2 a), only the national
 * 备案 (A4.3.4), enterprises only (A4.3.6, R6). Two claims in one batch: the larger is paid (R5). Anchor: filing date.
 */
import { describe, expect, it } from 'vitest';
import { application, beneficiary, claim, lineOf, one, type Json, evaluate } from '../helpers.js';
import { money, paid, DEFAULT_WINDOW, negativeCases, enterprisesOnly, explanationData, ignoresOtherClauses, zeroLineIsNoAward, type Negative } from './support.js';

const ID = 'art04_3';
const fees = (evaluationRelatedFees: string, extra: Json = {}): Json => claim(ID, { evaluationRelatedFees, ...extra });
/** An earlier 四(三) award to this enterprise, for model `subjectId`. */
const earlier = (subjectId: string, entitlement = '400000.00', paidYuan = entitlement): Json =>
  ({ clause: ID, subjectId, awardYear: 2025, entitlement, paid: paidYuan });

describe('art04_3 四(三)', () => {
  it('base case: national CAC filing, evaluation-related fees 400,000.00 → 400,000.00 ≤ 1,000,000.00: paid', () => {
    const l = one(claim(ID));
    expect(money(l)).toEqual(paid('400000.00'));
    expect(l.item).toBe('四(三)');
    expect(l.failed).toEqual([]);
    expect(l.qualifyingDate).toBe('2026-03-01');
  });

  describe('conditions', () => {
    const NEGATIVE: Record<string, Negative> = {
      enterprise: { app: { beneficiary: beneficiary({ legalForm: 'publicInstitution' }) } },
      // A4.3.4: a local registration of an app built on someone else's model does not count.
      cacFiling: { claim: { filingType: 'localRegistration' } },
    };

    negativeCases(ID, NEGATIVE);

    enterprisesOnly('R6 / A4.3.6: 「…的企业」 — a %s (高校、科研院所) is not paid', (app) => one(claim(ID), app));
  });

  describe('cap 「不超过100万元」: n−1, n, n+1 fen', () => {
    it.each([['999999.99'], ['1000000.00']])('fees %s → paid in full', (f) => {
      const l = one(fees(f));
      expect(money(l)).toEqual(paid(f));
      expect(l.adjustments).toEqual([]);
    });

    it('fees 1,000,000.01 → reduced to 1,000,000.00', () => {
      const l = one(fees('1000000.01'));
      expect(money(l)).toEqual({ status: 'reduced', gross: '1000000.01', entitlement: '1000000.00', net: '1000000.00' });
      expect(l.adjustments).toEqual([{ code: 'itemCap', rule: ID, before: '1000000.01', after: '1000000.00', param: 'art04_3.cap', cap: '1000000.00' }]);
    });
  });

  describe('named cases', () => {
    it.each([
      // A4.3.1 a: 100 % of the fees, no rate, so no rounding: kept to the fen
      { name: '费用含分：123,456.78 元原样给予', claim: fees('123456.78'), expected: paid('123456.78') },
      { name: '评测等相关费用为0：核定为零', claim: fees('0.00'), expected: { status: 'zero', gross: '0.00', entitlement: '0.00', net: '0.00' } },
      { name: '费用300万元：按上限100万元核减', claim: fees('3000000.00'), expected: { status: 'reduced', gross: '3000000.00', entitlement: '1000000.00', net: '1000000.00' } },
    ])('$name', ({ claim: c, expected }) => {
      expect(money(one(c))).toEqual(expected);
    });
  });

  describe('一次性: once per enterprise (A4.3.2 a, R5)', () => {
    it('an enterprise already awarded for another model gets zero', () => {
      const l = one(claim(ID), { history: [earlier('M0')] });
      expect(l.status).toBe('zero');
      expect(l.adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '400000.00', after: '0.00', why: 'alreadyAwarded' }]);
    });

    it('two filings in one batch: the larger is paid, the other zero', () => {
      const r = evaluate(application([fees('300000.00', { id: 'a', subjectId: 'M1' }), fees('500000.00', { id: 'b', subjectId: 'M2' })]));
      expect(money(lineOf(r, 'b'))).toEqual(paid('500000.00'));
      expect(lineOf(r, 'a').status).toBe('zero');
      expect(lineOf(r, 'a').adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '300000.00', after: '0.00', why: 'largerInBatch' }]);
      expect(r.total).toBe('500000.00');
    });

    it('the comparison is on the capped amounts: 1,200,000.00 and 1,000,000.00 both cap to 1,000,000.00; tie → subject id', () => {
      // §9.3 / R7: a tie goes to the earlier clause id, then the smaller subject id ('M1' < 'M2').
      const r = evaluate(application([fees('1200000.00', { id: 'a', subjectId: 'M2' }), fees('1000000.00', { id: 'b', subjectId: 'M1' })]));
      expect(money(lineOf(r, 'b'))).toEqual(paid('1000000.00'));
      expect(lineOf(r, 'a').status).toBe('zero');
      expect(r.total).toBe('1000000.00');
    });

    it('A4.3.2 b (once per model): another model in the history is paid; the same model is not', () => {
      const opt = { readings: { 'A4.3.2': 'b' } } as const;
      expect(money(one(claim(ID), { history: [earlier('M0')] }, opt))).toEqual(paid('400000.00'));
      expect(one(claim(ID), { history: [earlier('S')] }, opt).status).toBe('zero');
    });

    it('A4.3.2 b: two models in one batch are both paid', () => {
      const r = evaluate(application([fees('300000.00', { id: 'a', subjectId: 'M1' }), fees('500000.00', { id: 'b', subjectId: 'M2' })]),
        { readings: { 'A4.3.2': 'b' } });
      expect(r.total).toBe('800000.00');
    });
  });

  describe('readings of the amount (A4.3.1)', () => {
    it('b: a reviewed amount, capped — approved 300,000.00 → 300,000.00 whatever the fees', () => {
      expect(money(one(claim(ID, { approvedAmount: '300000.00' }), {}, { readings: { 'A4.3.1': 'b' } }))).toEqual(paid('300000.00'));
    });

    it('b: approved 1,000,000.01 → reduced to 1,000,000.00', () => {
      const l = one(claim(ID, { approvedAmount: '1000000.01' }), {}, { readings: { 'A4.3.1': 'b' } });
      expect(money(l)).toEqual({ status: 'reduced', gross: '1000000.01', entitlement: '1000000.00', net: '1000000.00' });
    });

    it('b without a reviewed amount → pending', () => {
      const l = one(claim(ID), {}, { readings: { 'A4.3.1': 'b' } });
      expect(l.status).toBe('pending');
      expect(l.reasons).toEqual([{ code: 'pending', rule: ID, missing: 'approvedAmount' }]);
    });

    it('c: a fixed 1,000,000.00', () => {
      expect(money(one(claim(ID), {}, { readings: { 'A4.3.1': 'c' } }))).toEqual(paid('1000000.00'));
    });

    it('a (default) ignores a reviewed amount: the fees decide', () => {
      expect(one(claim(ID, { approvedAmount: '900000.00' })).net).toBe('400000.00');
    });
  });

  describe('validity window 九(七): the anchor is the filing date (A4.3.7)', () => {
    it.each([
      { filedOn: '2025-06-30', app: {}, inside: false },
      { filedOn: '2025-07-01', app: {}, inside: true },
      { filedOn: '2028-06-30', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: true },
      { filedOn: '2028-07-01', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: false },
    ])('filed $filedOn → inside = $inside', ({ filedOn, app, inside }) => {
      const l = one(claim(ID, { filedOn }), app);
      if (inside) expect(money(l)).toEqual(paid('400000.00'));
      else {
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: filedOn, ...DEFAULT_WINDOW });
      }
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // The fees themselves (A4.3.1 a); an enterprise's filing funds no project.
    explanationData(ID, { basis: { evaluationRelatedFees: '400000.00', reading: 'A4.3.1 a' }, q: '2026-03-01', project: null, conditions: ['enterprise', 'cacFiling'], net: '400000.00' });

    it('reading A4.3.1 b shows in the basis', () => {
      expect(one(claim(ID, { approvedAmount: '300000.00' }), {}, { readings: { 'A4.3.1': 'b' } }).basis).toMatchObject({ reading: 'A4.3.1 b' });
    });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('once per unit (A4.3.2 a)', claim(ID), '400000.00');
    zeroLineIsNoAward(ID, '400000.00', 'per unit (A4.3.2 a)');
  });
});
