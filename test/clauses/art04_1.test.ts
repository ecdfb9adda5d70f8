/**
 * 四(一) 支持多模态通用大模型研发 — 「对落地参数量超过千亿且经第三方评测机构评测性能达到国内领先的自研通用大模型，经认定，
 * 对牵头研发单位按其建设成本的30%给予最高1000万元的补助。」
 *
 * Register § 四(一): eligible = deployedParams > 10^11 (「超过」 is strict, A4.1.1) ∧ deployed in the district
 * (A4.1.2) ∧ third-party evaluated ∧ 国内领先 ∧ 自研 ∧ 经认定 ∧ lead developer; line = min(floor(0.30 × the lead
 * unit's construction cost), 10,000,000), once per model (A4.1.7). Multimodality and opening to SMEs are intent,
 * not gates (A4.1.3, A4.1.4). Any lead unit, 高校院所 included. Overlap group OG1 with 四(二). Anchor: evaluation date.
 */
import { describe, expect, it } from 'vitest';
import { application, beneficiary, claim, lineOf, one, type Json, evaluate, evaluateYears } from '../helpers.js';
import { money, paid, DEFAULT_WINDOW, negativeCases, anyUnit, explanationData, ignoresOtherClauses, zeroLineIsNoAward, type Negative } from './support.js';

const ID = 'art04_1';
const cost = (constructionCost: string, extra: Json = {}): Json => claim(ID, { constructionCost, ...extra });
/** An earlier 四(一) line for a model. */
const earlier = (subjectId: string, entitlement: string, paidYuan = entitlement): Json =>
  ({ clause: ID, subjectId, awardYear: 2025, entitlement, paid: paidYuan });

describe('art04_1 四(一)', () => {
  it('base case: 2×10^11 parameters, construction cost 20,000,000.00 → 30 % = 6,000,000.00 ≤ 10,000,000.00: paid', () => {
    const l = one(claim(ID));
    expect(money(l)).toEqual(paid('6000000.00'));
    expect(l.item).toBe('四(一)');
    expect(l.failed).toEqual([]);
    expect(l.adjustments).toEqual([]);
    expect(l.qualifyingDate).toBe('2026-03-01');
  });

  describe('conditions', () => {
    const NEGATIVE: Record<string, Negative> = {
      paramsThreshold: { claim: { deployedParams: '100000000000' } },
      deployedInDistrict: { claim: { deployedInDistrict: false } },
      thirdPartyEvaluated: { claim: { thirdPartyEvaluated: false } },
      domesticLeading: { claim: { domesticLeading: false } },
      selfDeveloped: { claim: { selfDeveloped: false } },
      recognized: { claim: { recognized: false } },
      leadDeveloper: { claim: { leadDeveloper: false } },
    };

    negativeCases(ID, NEGATIVE);

    anyUnit('R6: 「牵头研发单位」 is any unit (高校院所 included) — a %s is paid', (app) => one(claim(ID), app), paid('6000000.00'));

    it.each([
      { name: 'A4.1.3 非多模态：多模态不是条件', over: { multimodal: false } },
      { name: 'A4.1.4 未向中小企业开放：意向性表述，不是条件', over: { openToSmes: false } },
    ])('$name', ({ over }) => {
      expect(money(one(claim(ID, over)))).toEqual(paid('6000000.00'));
    });
  });

  describe('「落地参数量超过千亿」 is strictly more than 10^11 (n−1, n, n+1)', () => {
    it.each([
      ['99999999999', false],
      ['100000000000', false],
      ['100000000001', true],
      // beyond 2^53: compared exactly
      ['9007199254740993', true],
    ])('%s parameters → eligible = %s', (deployedParams, ok) => {
      const l = one(claim(ID, { deployedParams }));
      expect(l.status).toBe(ok ? 'paid' : 'ineligible');
      expect(l.failed).toEqual(ok ? [] : ['paramsThreshold']);
    });
  });

  describe('cap 「最高1000万元」 on 30 % of the cost (n−1, n, n+1 fen of the product)', () => {
    it.each([
      // 0.30 × 33,333,333.33 = 9,999,999.999 → 9,999,999.99
      ['33333333.33', paid('9999999.99')],
      // 0.30 × 33,333,333.34 = 10,000,000.002 → 10,000,000.00: exactly the cap, paid
      ['33333333.34', paid('10000000.00')],
      // 0.30 × 33,333,333.36 = 10,000,000.008 → 10,000,000.00: still exactly the cap
      ['33333333.36', paid('10000000.00')],
    ])('cost %s', (c, expected) => {
      const l = one(cost(c));
      expect(money(l)).toEqual(expected);
      expect(l.adjustments).toEqual([]);
    });

    it('cost 33,333,333.37 → 10,000,000.011 → 10,000,000.01: one fen over, reduced to 10,000,000.00', () => {
      const l = one(cost('33333333.37'));
      expect(money(l)).toEqual({ status: 'reduced', gross: '10000000.01', entitlement: '10000000.00', net: '10000000.00' });
      expect(l.adjustments).toEqual([{ code: 'itemCap', rule: ID, before: '10000000.01', after: '10000000.00', param: 'art04_1.cap', cap: '10000000.00' }]);
    });
  });

  describe('named cases', () => {
    it.each([
      // 0.30 × 1,234,567.89 = 370,370.367 → 370,370.36
      { name: '建设成本含分：370,370.367 向下取整到分', cost: '1234567.89', expected: paid('370370.36') },
      // 0.30 × 0.03 = 0.009 → 0.00
      { name: '建设成本仅0.03元：补助取整为0', cost: '0.03', expected: { status: 'zero', gross: '0.00', entitlement: '0.00', net: '0.00' } },
      // 0.30 × 100,000,000.00 = 30,000,000.00 → cap
      { name: '建设成本1亿元：按上限1000万元核减', cost: '100000000.00', expected: { status: 'reduced', gross: '30000000.00', entitlement: '10000000.00', net: '10000000.00' } },
    ])('$name', ({ cost: c, expected }) => {
      expect(money(one(cost(c)))).toEqual(expected);
    });
  });

  describe('once per model (A4.1.7, R5)', () => {
    it('a model already awarded under 四(一) gets zero', () => {
      const l = one(claim(ID), { history: [earlier('S', '6000000.00')] });
      expect(l.status).toBe('zero');
      expect(l.adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '6000000.00', after: '0.00', why: 'alreadyAwarded' }]);
    });

    it('even when the earlier award was cut to nothing by 九(三) (entitled, paid 0.00)', () => {
      expect(one(claim(ID), { history: [earlier('S', '6000000.00', '0.00')] }).status).toBe('zero');
    });

    it('another model of the same unit is paid separately', () => {
      expect(money(one(claim(ID), { history: [earlier('OTHER', '6000000.00')] }))).toEqual(paid('6000000.00'));
    });

    it('two claims for the same model in one batch: the larger is paid, the other zero', () => {
      const big = cost('30000000.00', { id: 'x' }); // 9,000,000.00
      const small = cost('20000000.00', { id: 'y' }); // 6,000,000.00
      const r = evaluate(application([small, big]));
      expect(money(lineOf(r, 'x'))).toEqual(paid('9000000.00'));
      expect(lineOf(r, 'y').status).toBe('zero');
      expect(lineOf(r, 'y').adjustments).toContainEqual(expect.objectContaining({ code: 'oneTime', why: 'largerInBatch' }));
    });
  });

  describe('reading A4.1.7: once per model (default) or once per lead developer (perEnterprise)', () => {
    const PER_UNIT = { readings: { 'A4.1.7': 'perEnterprise' } } as const;
    // The base claim: model S, construction cost 20,000,000.00 → 30 % = 6000000.00.

    it('default: an award for another model does not count; naming perModel is the same', () => {
      const history = [earlier('OTHER', '6000000.00')];
      const byDefault = one(claim(ID), { history });
      expect(money(byDefault)).toEqual(paid('6000000.00'));
      expect(one(claim(ID), { history }, { readings: { 'A4.1.7': 'perModel' } })).toEqual(byDefault);
    });

    it.each([
      // any earlier 四(一) entitlement of the unit, for any model, is the one award; an entitlement of 0.00 is not
      ['6000000.00', 'zero', '0.00'],
      ['0.01', 'zero', '0.00'],
      ['0.00', 'paid', '6000000.00'],
    ])('perEnterprise: another model (OTHER) with an earlier entitlement of %s → %s, %s', (entitlement, status, net) => {
      const l = one(claim(ID), { history: [earlier('OTHER', entitlement)] }, PER_UNIT);
      expect([l.status, l.net]).toEqual([status, net]);
      if (status === 'zero') expect(l.adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '6000000.00', after: '0.00', why: 'alreadyAwarded' }]);
    });

    it('perEnterprise: an award under 四(二) does not count', () => {
      const history = [{ clause: 'art04_2', subjectId: 'OTHER', awardYear: 2025, entitlement: '1000000.00', paid: '1000000.00' }];
      expect(money(one(claim(ID), { history }, PER_UNIT))).toEqual(paid('6000000.00'));
    });

    it('perEnterprise: two models in one batch — only the larger is paid (default: both)', () => {
      const m1 = cost('30000000.00', { id: 'm1', subjectId: 'M1' }); // 9000000.00
      const m2 = cost('20000000.00', { id: 'm2', subjectId: 'M2' }); // 6000000.00
      const app = application([m2, m1]);
      const perUnit = evaluate(app, PER_UNIT);
      expect([lineOf(perUnit, 'm1').net, lineOf(perUnit, 'm2').net]).toEqual(['9000000.00', '0.00']);
      expect(lineOf(perUnit, 'm2').adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '6000000.00', after: '0.00', why: 'largerInBatch' }]);
      const byDefault = evaluate(app);
      expect([lineOf(byDefault, 'm1').net, lineOf(byDefault, 'm2').net]).toEqual(['9000000.00', '6000000.00']);
    });

    it('evaluateYears: model M1 in 2026, model M2 in 2027 — perEnterprise pays M2 nothing (default: both)', () => {
      const input = {
        beneficiary: beneficiary(),
        years: [
          { awardYear: 2026, approvalDate: '2026-12-01', claims: [cost('30000000.00', { id: 'm1', subjectId: 'M1' })] },
          { awardYear: 2027, approvalDate: '2027-12-01', claims: [cost('20000000.00', { id: 'm2', subjectId: 'M2', evaluatedOn: '2027-03-01' })] },
        ],
      };
      expect(evaluateYears(input, PER_UNIT).years.map((r) => r.total)).toEqual(['9000000.00', '0.00']);
      expect(evaluateYears(input).years.map((r) => r.total)).toEqual(['9000000.00', '6000000.00']);
    });
  });

  describe('OG1 with 四(二) (A4.1.8): one model, the higher line kept', () => {
    it('四(一) 6,000,000.00 and 四(二) on the same model (cost 10,000,000.00 → 3,000,000.00): 四(二) zero', () => {
      const r = evaluate(application([claim(ID), claim('art04_2', { id: 'v' })]));
      expect(lineOf(r, 'c').net).toBe('6000000.00');
      expect(lineOf(r, 'v').status).toBe('zero');
      expect(r.total).toBe('6000000.00');
    });
  });

  describe('validity window 九(七): the anchor is the evaluation date', () => {
    it.each([
      { evaluatedOn: '2025-06-30', app: {}, inside: false },
      { evaluatedOn: '2025-07-01', app: {}, inside: true },
      { evaluatedOn: '2028-06-30', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: true },
      { evaluatedOn: '2028-07-01', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: false },
    ])('evaluated $evaluatedOn → inside = $inside', ({ evaluatedOn, app, inside }) => {
      const l = one(claim(ID, { evaluatedOn }), app);
      if (inside) expect(money(l)).toEqual(paid('6000000.00'));
      else {
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: evaluatedOn, ...DEFAULT_WINDOW });
      }
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // 30 % of 20,000,000.00.
    explanationData(ID, {
      basis: { deployedParams: '200000000000', constructionCost: '20000000.00', rate: '0.30' }, q: '2026-03-01',
      conditions: ['paramsThreshold', 'deployedInDistrict', 'thirdPartyEvaluated', 'domesticLeading', 'selfDeveloped', 'recognized', 'leadDeveloper'], net: '6000000.00',
    });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('once per model', claim(ID), '6000000.00');
    zeroLineIsNoAward(ID, '6000000.00');
  });
});
