/**
 * 四(二) 支持行业大模型研发 — 「对落地参数量超过百亿且经第三方评测机构评测，具有行业重大影响力的垂直行业专用大模型，经认定，
 * 对牵头研发单位按其建设成本的30%最高给予500万元的补助。」
 *
 * Register § 四(二): eligible = deployedParams > 10^10 (strict, A4.2.1) ∧ deployed in the district ∧ third-party
 * evaluated ∧ 行业重大影响力 (A4.2.2) ∧ 经认定 ∧ lead developer; self-development is NOT required (A4.2.3);
 * line = min(floor(0.30 × cost), 5,000,000), once per model; any lead unit (A4.2.5); OG1 with 四(一) (A4.2.7).
 */
import { describe, expect, it } from 'vitest';
import { application, beneficiary, claim, lineOf, one, type Json, evaluate, evaluateYears } from '../helpers.js';
import { money, paid, DEFAULT_WINDOW, negativeCases, anyUnit, explanationData, zeroLineIsNoAward, type Negative } from './support.js';

const ID = 'art04_2';
const cost = (constructionCost: string, extra: Json = {}): Json => claim(ID, { constructionCost, ...extra });
const earlier = (clause: string, subjectId: string, entitlement: string, paidYuan = entitlement): Json =>
  ({ clause, subjectId, awardYear: 2025, entitlement, paid: paidYuan });

describe('art04_2 四(二)', () => {
  it('base case: 2×10^10 parameters, cost 10,000,000.00 → 30 % = 3,000,000.00 ≤ 5,000,000.00: paid', () => {
    const l = one(claim(ID));
    expect(money(l)).toEqual(paid('3000000.00'));
    expect(l.item).toBe('四(二)');
    expect(l.failed).toEqual([]);
    expect(l.qualifyingDate).toBe('2026-03-01');
  });

  describe('conditions', () => {
    const NEGATIVE: Record<string, Negative> = {
      paramsThreshold: { claim: { deployedParams: '10000000000' } },
      deployedInDistrict: { claim: { deployedInDistrict: false } },
      thirdPartyEvaluated: { claim: { thirdPartyEvaluated: false } },
      majorIndustryInfluence: { claim: { majorIndustryInfluence: false } },
      recognized: { claim: { recognized: false } },
      leadDeveloper: { claim: { leadDeveloper: false } },
    };

    negativeCases(ID, NEGATIVE);

    it('A4.2.3: a model fine-tuned on a third-party base (selfDeveloped false) is eligible', () => {
      expect(money(one(claim(ID, { selfDeveloped: false })))).toEqual(paid('3000000.00'));
    });

    anyUnit('R6 / A4.2.5: any lead unit — a %s is paid', (app) => one(claim(ID), app), paid('3000000.00'));
  });

  describe('「落地参数量超过百亿」 is strictly more than 10^10 (n−1, n, n+1)', () => {
    it.each([
      ['9999999999', false],
      ['10000000000', false],
      ['10000000001', true],
    ])('%s parameters → eligible = %s', (deployedParams, ok) => {
      const l = one(claim(ID, { deployedParams }));
      expect(l.status).toBe(ok ? 'paid' : 'ineligible');
      expect(l.failed).toEqual(ok ? [] : ['paramsThreshold']);
    });
  });

  describe('cap 「最高给予500万元」 on 30 % of the cost (n−1, n, n+1 fen of the product)', () => {
    it.each([
      // 0.30 × 16,666,666.66 = 4,999,999.998 → 4,999,999.99
      ['16666666.66', paid('4999999.99')],
      // 0.30 × 16,666,666.67 = 5,000,000.001 → 5,000,000.00: exactly the cap, paid
      ['16666666.67', paid('5000000.00')],
      // 0.30 × 16,666,666.69 = 5,000,000.007 → 5,000,000.00
      ['16666666.69', paid('5000000.00')],
    ])('cost %s', (c, expected) => {
      const l = one(cost(c));
      expect(money(l)).toEqual(expected);
      expect(l.adjustments).toEqual([]);
    });

    it('cost 16,666,666.70 → 5,000,000.01: one fen over, reduced to 5,000,000.00', () => {
      const l = one(cost('16666666.70'));
      expect(money(l)).toEqual({ status: 'reduced', gross: '5000000.01', entitlement: '5000000.00', net: '5000000.00' });
      expect(l.adjustments).toEqual([{ code: 'itemCap', rule: ID, before: '5000000.01', after: '5000000.00', param: 'art04_2.cap', cap: '5000000.00' }]);
    });
  });

  describe('named cases', () => {
    it.each([
      // 0.30 × 7,654,321.09 = 2,296,296.327 → 2,296,296.32
      { name: '建设成本含分：2,296,296.327 向下取整到分', cost: '7654321.09', expected: paid('2296296.32') },
      // 0.30 × 0.01 = 0.003 → 0.00
      { name: '建设成本0.01元：补助取整为0', cost: '0.01', expected: { status: 'zero', gross: '0.00', entitlement: '0.00', net: '0.00' } },
      // 0.30 × 50,000,000.00 = 15,000,000.00 → cap 5,000,000.00
      { name: '建设成本5000万元：按上限500万元核减', cost: '50000000.00', expected: { status: 'reduced', gross: '15000000.00', entitlement: '5000000.00', net: '5000000.00' } },
    ])('$name', ({ cost: c, expected }) => {
      expect(money(one(cost(c)))).toEqual(expected);
    });
  });

  describe('once per model; each model separately (A4.2.6, A4.2.8)', () => {
    it('a model already awarded under 四(二) gets zero', () => {
      const l = one(claim(ID), { history: [earlier(ID, 'S', '3000000.00')] });
      expect(l.status).toBe('zero');
      expect(l.adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '3000000.00', after: '0.00', why: 'alreadyAwarded' }]);
    });

    it('two different vertical models of one unit are both paid', () => {
      const r = evaluate(application([claim(ID, { id: 'm1', subjectId: 'M1' }), claim(ID, { id: 'm2', subjectId: 'M2' })]));
      expect(r.total).toBe('6000000.00');
    });

    it('two claims for one model in one batch: the larger is paid', () => {
      const r = evaluate(application([cost('10000000.00', { id: 'x' }), cost('12000000.00', { id: 'y' })]));
      expect(lineOf(r, 'y').net).toBe('3600000.00');
      expect(lineOf(r, 'x').status).toBe('zero');
    });
  });

  describe('reading A4.2.8: once per model (default) or once per lead developer (perEnterprise)', () => {
    const PER_UNIT = { readings: { 'A4.2.8': 'perEnterprise' } } as const;
    // The base claim: model S, construction cost 10,000,000.00 → 30 % = 3000000.00.

    it('default: an award for another model does not count; naming perModel is the same', () => {
      const history = [earlier(ID, 'OTHER', '3000000.00')];
      const byDefault = one(claim(ID), { history });
      expect(money(byDefault)).toEqual(paid('3000000.00'));
      expect(one(claim(ID), { history }, { readings: { 'A4.2.8': 'perModel' } })).toEqual(byDefault);
    });

    it.each([
      // any earlier 四(二) entitlement of the unit, for any model, is the one award; an entitlement of 0.00 is not
      ['3000000.00', 'zero', '0.00'],
      ['0.01', 'zero', '0.00'],
      ['0.00', 'paid', '3000000.00'],
    ])('perEnterprise: another model (OTHER) with an earlier entitlement of %s → %s, %s', (entitlement, status, net) => {
      const l = one(claim(ID), { history: [earlier(ID, 'OTHER', entitlement)] }, PER_UNIT);
      expect([l.status, l.net]).toEqual([status, net]);
      if (status === 'zero') expect(l.adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '3000000.00', after: '0.00', why: 'alreadyAwarded' }]);
    });

    it('perEnterprise: an award under 四(一) does not count', () => {
      const history = [{ clause: 'art04_1', subjectId: 'OTHER', awardYear: 2025, entitlement: '1000000.00', paid: '1000000.00' }];
      expect(money(one(claim(ID), { history }, PER_UNIT))).toEqual(paid('3000000.00'));
    });

    it('perEnterprise: two models in one batch — only the larger is paid (default: both)', () => {
      const m1 = cost('15000000.00', { id: 'm1', subjectId: 'M1' }); // 4500000.00
      const m2 = cost('10000000.00', { id: 'm2', subjectId: 'M2' }); // 3000000.00
      const app = application([m2, m1]);
      const perUnit = evaluate(app, PER_UNIT);
      expect([lineOf(perUnit, 'm1').net, lineOf(perUnit, 'm2').net]).toEqual(['4500000.00', '0.00']);
      expect(lineOf(perUnit, 'm2').adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '3000000.00', after: '0.00', why: 'largerInBatch' }]);
      const byDefault = evaluate(app);
      expect([lineOf(byDefault, 'm1').net, lineOf(byDefault, 'm2').net]).toEqual(['4500000.00', '3000000.00']);
    });

    it('evaluateYears: model M1 in 2026, model M2 in 2027 — perEnterprise pays M2 nothing (default: both)', () => {
      const input = {
        beneficiary: beneficiary(),
        years: [
          { awardYear: 2026, approvalDate: '2026-12-01', claims: [cost('15000000.00', { id: 'm1', subjectId: 'M1' })] },
          { awardYear: 2027, approvalDate: '2027-12-01', claims: [cost('10000000.00', { id: 'm2', subjectId: 'M2', evaluatedOn: '2027-03-01' })] },
        ],
      };
      expect(evaluateYears(input, PER_UNIT).years.map((r) => r.total)).toEqual(['4500000.00', '0.00']);
      expect(evaluateYears(input).years.map((r) => r.total)).toEqual(['4500000.00', '3000000.00']);
    });
  });

  describe('OG1 with 四(一) (A4.2.7)', () => {
    it('when 四(二) is the larger on the same model it is kept: 四(二) 3,000,000.00 vs 四(一) 30 % × 5,000,000.00 = 1,500,000.00', () => {
      const r = evaluate(application([claim(ID), claim('art04_1', { id: 'g', constructionCost: '5000000.00' })]));
      expect(lineOf(r, 'c').net).toBe('3000000.00');
      expect(lineOf(r, 'g').status).toBe('zero');
    });

    it('across years: 四(一) entitled and paid 1,500,000.00 in 2025 → 四(二) 3,000,000.00 pays the 1,500,000.00 difference', () => {
      const l = one(claim(ID), { history: [earlier('art04_1', 'S', '1500000.00')] });
      expect(money(l)).toEqual({ status: 'reduced', gross: '3000000.00', entitlement: '3000000.00', net: '1500000.00' });
      expect(l.adjustments).toContainEqual(expect.objectContaining({ code: 'overlap', rule: 'art09_1', group: 'OG1', room: '1500000.00' }));
    });

    it('A9.1.1 a: no overlap inside the policy — both lines paid in one batch', () => {
      const r = evaluate(application([claim(ID), claim('art04_1', { id: 'g', constructionCost: '5000000.00' })]), { readings: { 'A9.1.1': 'a' } });
      expect(r.total).toBe('4500000.00');
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
      if (inside) expect(money(l)).toEqual(paid('3000000.00'));
      else {
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: evaluatedOn, ...DEFAULT_WINDOW });
      }
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // 30 % of 10,000,000.00.
    explanationData(ID, {
      basis: { deployedParams: '20000000000', constructionCost: '10000000.00', rate: '0.30' }, q: '2026-03-01',
      conditions: ['paramsThreshold', 'deployedInDistrict', 'thirdPartyEvaluated', 'majorIndustryInfluence', 'recognized', 'leadDeveloper'], net: '3000000.00',
    });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    zeroLineIsNoAward(ID, '3000000.00');
  });
});
