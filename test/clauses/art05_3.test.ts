/**
 * 五(三) 支持智能产品首购首用 — 「对我区经国家或省认定的人工智能首台（套）重大技术装备产品，且获得国家或省首台（套）重大
 * 技术装备奖励资金支持的，按照上级奖励金额给予1:1的配套支持。」
 *
 * Register § 五(三): line = 1 × the higher-level award received (R3), each tranche as it is received (A5.3.6), the
 * levels summed (A5.3.1), recognition and award at different levels allowed (A5.3.2); no cap of its own (A5.3.4):
 * bounded by 九(四) (the product is the project) and 九(三). The product must be an AI product (A5.3.5). Any in-scope
 * recipient (A5.3.3). Anchor: the date the higher-level award was received (A5.3.7).
 */
import { describe, expect, it } from 'vitest';
import { application, beneficiary, bigProject, claim, lineOf, one, type Json, evaluate } from '../helpers.js';
import { money, paid, DEFAULT_WINDOW, negativeCases, anyUnit, explanationData, type Negative } from './support.js';

const ID = 'art05_3';
/** A claim for a higher-level award of `amount`; `receivedOn` null = approved, not yet received. */
const award = (amount: string, receivedOn: string | null = '2026-03-01', extra: Json = {}): Json =>
  claim(ID, { superiorAward: receivedOn === null ? { amount } : { amount, receivedOn }, ...extra });

describe('art05_3 五(三)', () => {
  it('base case: provincial 首台（套） award 1,000,000.00 received → 1:1 → 1,000,000.00 paid', () => {
    const l = one(claim(ID));
    expect(money(l)).toEqual(paid('1000000.00'));
    expect(l.item).toBe('五(三)');
    expect(l.failed).toEqual([]);
    expect(l.qualifyingDate).toBe('2026-03-01');
    expect(l.projectId).toBe('S');
  });

  describe('conditions', () => {
    const NEGATIVE: Record<string, Negative> = {
      aiProduct: { claim: { aiProduct: false } },
      superiorAwardReceived: { claim: { superiorAward: { amount: '0.00', receivedOn: '2026-03-01' } } },
    };

    negativeCases(ID, NEGATIVE);

    anyUnit('A5.3.3: whoever received the award, if in scope — a %s is paid', (app) => one(claim(ID), app), paid('1000000.00'));
  });

  describe('named cases', () => {
    it.each([
      { name: '国家认定、国家奖励', claim: claim(ID, { recognitionLevel: 'national', superiorLevel: 'national' }), expected: paid('1000000.00') },
      // A5.3.2
      { name: '国家认定、省级奖励：允许', claim: claim(ID, { recognitionLevel: 'national', superiorLevel: 'provincial' }), expected: paid('1000000.00') },
      { name: '省级认定、国家奖励：允许', claim: claim(ID, { recognitionLevel: 'provincial', superiorLevel: 'national' }), expected: paid('1000000.00') },
      { name: '上级奖励含分：1,234,567.89 元按1:1原样配套', claim: award('1234567.89'), expected: paid('1234567.89') },
      { name: '上级奖励0.01元：配套0.01元', claim: award('0.01'), expected: paid('0.01') },
      // A5.3.4
      { name: '本条无上限：上级奖励8000万元全额配套', claim: award('80000000.00'), expected: paid('80000000.00') },
      { name: '上级奖励已批未到（R3）：待定', claim: award('1000000.00', null), expected: { status: 'pending', gross: '0.00', entitlement: '0.00', net: '0.00' } },
    ])('$name', ({ claim: c, expected }) => {
      expect(money(one(c))).toEqual(expected);
    });

    it('pending names the missing receipt date', () => {
      expect(one(award('1000000.00', null)).reasons).toEqual([{ code: 'pending', rule: ID, missing: 'superiorAward.receivedOn' }]);
    });

    it('R7: a rate other than 1:1 (a reform of art05_3.ratio to 0.3) is floored — 0.3 × 333.33 = 99.999 → 99.99', () => {
      expect(one(award('333.33'), {}, { parameters: { 'art05_3.ratio': '0.3' } }).net).toBe('99.99');
    });

    it('A5.3.1 / A5.3.6: a national and a provincial award for one product are both matched (sum 1,500,000.00)', () => {
      const n = award('1000000.00', '2026-03-01', { id: 'n', superiorLevel: 'national' });
      const p = award('500000.00', '2026-04-01', { id: 'p', superiorLevel: 'provincial' });
      const r = evaluate(application([n, p], { projects: [bigProject('S')] }));
      expect(money(lineOf(r, 'n'))).toEqual(paid('1000000.00'));
      expect(money(lineOf(r, 'p'))).toEqual(paid('500000.00'));
      expect(r.total).toBe('1500000.00');
    });

    it('one tranche received, the other only approved: the received one is paid, the other pending', () => {
      const r = evaluate(application([award('1000000.00', '2026-03-01', { id: 'a' }), award('500000.00', null, { id: 'b' })], { projects: [bigProject('S')] }));
      expect(lineOf(r, 'a').status).toBe('paid');
      expect(lineOf(r, 'b').status).toBe('pending');
      expect(r.total).toBe('1000000.00');
    });
  });

  describe('九(四): the product\'s development is the project (A5.3.4, A9.4.1)', () => {
    it('without an audited investment → pending (A9.4.4)', () => {
      const l = one(claim(ID), { projects: [] });
      expect(l.status).toBe('pending');
      expect(l.reasons).toContainEqual({ code: 'pending', rule: 'art09_4', missing: 'projects[S].auditedInvestment' });
    });

    it.each([
      // n−1, n, n+1 fen of room against the 1,000,000.00 line
      ['999999.99', { status: 'reduced', gross: '1000000.00', entitlement: '1000000.00', net: '999999.99' }],
      ['1000000.00', paid('1000000.00')],
      ['1000000.01', paid('1000000.00')],
    ])('audited investment %s', (investment, expected) => {
      expect(money(one(claim(ID), { projects: [{ id: 'S', auditedInvestment: investment }] }))).toEqual(expected);
    });

    it('district money already paid to the product counts, from this policy and another district policy (A9.4.2)', () => {
      // room = 1,000,000.00 − 600,000.00 (五(三), 2025) − 100,000.00 (another district policy) = 300,000.00
      const history = [{ clause: ID, subjectId: 'S', awardYear: 2025, entitlement: '600000.00', paid: '600000.00' }];
      const b = beneficiary({ otherDistrictSupport: [{ policy: '其他区级政策', subjectId: 'S', clause: ID, amount: '100000.00', paidOn: '2025-09-01' }] });
      const l = one(claim(ID), { history, beneficiary: b, projects: [{ id: 'S', auditedInvestment: '1000000.00' }] });
      expect(l.net).toBe('300000.00');
      expect(l.adjustments).toContainEqual(expect.objectContaining({ code: 'auditedInvestment', rule: 'art09_4', prior: '700000.00', room: '300000.00' }));
    });

    it('two tranches share the room pro rata, leftover fen by claim id (same clause and product)', () => {
      // Lines 1,000,000.00 and 500,000.01 (Σ 150,000,001 fen) over a room of 100,000,000 fen.
      // a: floor(100,000,000 × 100,000,000 / 150,000,001) = floor(66,666,666.22) = 66,666,666
      // b: floor(100,000,000 × 50,000,001 / 150,000,001)  = floor(33,333,333.78) = 33,333,333
      // Σ 99,999,999: one fen left → a. → 666,666.67 + 333,333.33 = 1,000,000.00
      const a = award('1000000.00', '2026-03-01', { id: 'a' });
      const b = award('500000.01', '2026-04-01', { id: 'b' });
      const r = evaluate(application([b, a], { projects: [{ id: 'S', auditedInvestment: '1000000.00' }] }));
      expect(lineOf(r, 'a').net).toBe('666666.67');
      expect(lineOf(r, 'b').net).toBe('333333.33');
      expect(r.total).toBe('1000000.00');
    });

    it('projectId names the project', () => {
      const l = one(claim(ID, { projectId: 'DEV' }), { projects: [{ id: 'DEV', auditedInvestment: '250000.00' }] });
      expect(l.projectId).toBe('DEV');
      expect(l.net).toBe('250000.00');
    });

    it('A9.4.3 b (all public money): investment 1,500,000.00 − the 1,000,000.00 higher-level award leaves 500,000.00', () => {
      const projects = [{ id: 'S', auditedInvestment: '1500000.00' }];
      expect(one(claim(ID), { projects }, { readings: { 'A9.4.3': 'b' } }).net).toBe('500000.00');
      expect(one(claim(ID), { projects }).net).toBe('1000000.00');
    });
  });

  describe('validity window 九(七): the anchor is the date the higher-level award was received (A5.3.7)', () => {
    it.each([
      { receivedOn: '2025-06-30', app: {}, inside: false },
      { receivedOn: '2025-07-01', app: {}, inside: true },
      { receivedOn: '2028-06-30', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: true },
      { receivedOn: '2028-07-01', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: false },
    ])('received $receivedOn → inside = $inside', ({ receivedOn, app, inside }) => {
      const l = one(award('1000000.00', receivedOn), app);
      if (inside) expect(money(l)).toEqual(paid('1000000.00'));
      else {
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: receivedOn, ...DEFAULT_WINDOW });
      }
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // 1:1 of a provincial award of 1,000,000.00 for a provincially recognised product.
    explanationData(ID, { basis: { recognitionLevel: 'provincial', superiorLevel: 'provincial', superiorAward: '1000000.00', ratio: '1' }, q: '2026-03-01', superiorFunded: true, conditions: ['aiProduct', 'superiorAwardReceived'], net: '1000000.00' });
  });
});
