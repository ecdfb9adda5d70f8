/**
 * 三(二) 支持算法软件源头创新 — 「对经省级认定的首版次软件产品的企业，按照省级财政支持金额的1:1给予配套支持，单项产品支持
 * 金额累计不超过300万元，每家企业年度支持金额累计不超过600万元。」
 *
 * Register § 三(二): raw_p = 1 × provincial money received (R3, A3.2.1); capped_p = min(raw_p, 3,000,000 − Σ paid
 * for the product, all years) (A3.2.5, R9); line = min(Σ capped_p, 6,000,000 − Σ paid to the enterprise in Y),
 * the cut shared pro rata with leftover fen in clause / subject order (A3.2.3, R7). Enterprises only (A3.2.7).
 * 九(四) always applies (A3.2.8). The window anchor is the date the provincial money was received.
 */
import { describe, expect, it } from 'vitest';
import { application, beneficiary, bigProject, claim, lineOf, one, type Json, evaluate } from '../helpers.js';
import { money, paid, DEFAULT_WINDOW, negativeCases, enterprisesOnly, explanationData, ignoresOtherClauses, type Negative } from './support.js';

const ID = 'art03_2';
/** A claim for product `subjectId` with `amount` of provincial money; `receivedOn` null = not yet received. */
const product = (subjectId: string, amount: string, id = subjectId, receivedOn: string | null = '2026-03-01'): Json =>
  claim(ID, { id, subjectId, provincialFunding: [receivedOn === null ? { amount } : { amount, receivedOn }] });
/** An earlier 三(二) payment. */
const earlier = (subjectId: string, awardYear: number, paidYuan: string, entitlement = paidYuan): Json =>
  ({ clause: ID, subjectId, awardYear, entitlement, paid: paidYuan });
/** Evaluates several products in one batch, each with a large audited investment. */
const batch = (claims: Json[], app: Json = {}) =>
  evaluate(application(claims, { projects: claims.map((c) => bigProject(String(c.subjectId))), ...app }));

describe('art03_2 三(二)', () => {
  it('base case: 800,000.00 of provincial support received → 1:1 → 800,000.00 paid', () => {
    const l = one(claim(ID));
    expect(money(l)).toEqual(paid('800000.00'));
    expect(l.item).toBe('三(二)');
    expect(l.failed).toEqual([]);
    expect(l.qualifyingDate).toBe('2026-03-01');
    expect(l.projectId).toBe('S');
  });

  describe('conditions', () => {
    const NEGATIVE: Record<string, Negative> = {
      enterprise: { app: { beneficiary: beneficiary({ legalForm: 'publicInstitution' }) } },
      firstVersionRecognized: { claim: { firstVersionRecognized: false } },
      // A3.2.6: recognised but nothing to match.
      provincialFundingReceived: { claim: { provincialFunding: [{ amount: '0.00', receivedOn: '2026-03-01' }] } },
    };

    negativeCases(ID, NEGATIVE);

    enterprisesOnly('R6 / A3.2.7: 「…的企业」 — a %s (e.g. a 科研机构) is not paid', (app) => one(claim(ID), app));
  });

  describe('per-product cap 「单项产品支持金额累计不超过300万元」: n−1, n, n+1 fen', () => {
    it.each([['2999999.99'], ['3000000.00']])('provincial %s → 1:1, paid in full', (amount) => {
      const l = one(product('S', amount, 'c'));
      expect(money(l)).toEqual(paid(amount));
      expect(l.adjustments).toEqual([]);
    });

    it('provincial 3,000,000.01 → reduced to 3,000,000.00', () => {
      const l = one(product('S', '3000000.01', 'c'));
      expect(money(l)).toEqual({ status: 'reduced', gross: '3000000.01', entitlement: '3000000.00', net: '3000000.00' });
      expect(l.adjustments).toEqual([{
        code: 'cumulativeCap', rule: ID, before: '3000000.01', after: '3000000.00', param: 'art03_2.productCap',
        scope: 'perSubjectCumulative', cap: '3000000.00', prior: '0.00', room: '3000000.00',
      }]);
    });
  });

  describe('per-enterprise annual cap 「每家企业年度支持金额累计不超过600万元」', () => {
    it('two products at 3,000,000.00 each: 6,000,000.00 exactly, both paid', () => {
      const r = batch([product('P1', '3000000.00'), product('P2', '3000000.00')]);
      expect(lineOf(r, 'P1').status).toBe('paid');
      expect(lineOf(r, 'P2').status).toBe('paid');
      expect(r.total).toBe('6000000.00');
    });

    it('three products 3,000,000 + 3,000,000 + 1,000,000: the 6,000,000 is shared pro rata, leftover fen to the first subject', () => {
      // Σ 700,000,000 fen over a room of 600,000,000 fen.
      // P1, P2: floor(600,000,000 × 300,000,000 / 700,000,000) = floor(257,142,857.14) = 257,142,857
      // P3:     floor(600,000,000 × 100,000,000 / 700,000,000) = floor(85,714,285.71)  = 85,714,285
      // Σ 599,999,999: one fen left → P1 (same clause, 'P1' < 'P2' < 'P3'; claim ids deliberately reversed).
      const r = batch([product('P3', '1000000.00', 'a'), product('P2', '3000000.00', 'b'), product('P1', '3000000.00', 'c')]);
      expect(money(lineOf(r, 'c'))).toEqual({ status: 'reduced', gross: '3000000.00', entitlement: '2571428.58', net: '2571428.58' });
      expect(money(lineOf(r, 'b'))).toEqual({ status: 'reduced', gross: '3000000.00', entitlement: '2571428.57', net: '2571428.57' });
      expect(money(lineOf(r, 'a'))).toEqual({ status: 'reduced', gross: '1000000.00', entitlement: '857142.85', net: '857142.85' });
      expect(r.total).toBe('6000000.00');
      expect(lineOf(r, 'c').adjustments).toEqual([expect.objectContaining({
        code: 'cumulativeCap', param: 'art03_2.enterpriseYearCap', scope: 'perBeneficiaryPerYear', cap: '6000000.00', room: '6000000.00',
      })]);
    });

    it('6,000,000.01 in one batch: one fen too much is taken off', () => {
      // P1 3,000,000.00, P2 3,000,000.01 → P2 first clipped to 3,000,000.00 by the product cap: Σ 6,000,000.00, no annual cut.
      const r = batch([product('P1', '3000000.00'), product('P2', '3000000.01')]);
      expect(lineOf(r, 'P2').net).toBe('3000000.00');
      expect(lineOf(r, 'P2').adjustments.map((a) => a.code === 'cumulativeCap' && a.param)).toEqual(['art03_2.productCap']);
      expect(r.total).toBe('6000000.00');
    });

    it('three products 3,000,000.00 + 2,000,000.00 + 1,000,000.01 → Σ 6,000,000.01: the annual cap cuts one fen', () => {
      // Σ 600,000,001 fen, room 600,000,000.
      // P1: floor(600,000,000 × 300,000,000 / 600,000,001) = floor(299,999,999.50) = 299,999,999
      // P2: floor(600,000,000 × 200,000,000 / 600,000,001) = floor(199,999,999.67) = 199,999,999
      // P3: floor(600,000,000 × 100,000,001 / 600,000,001) = floor(100,000,000.83) = 100,000,000
      // Σ 599,999,998: two fen left → P1, then P2. Result 3,000,000.00 / 2,000,000.00 / 1,000,000.00.
      const r = batch([product('P1', '3000000.00'), product('P2', '2000000.00'), product('P3', '1000000.01')]);
      expect(money(lineOf(r, 'P1'))).toEqual(paid('3000000.00'));
      expect(money(lineOf(r, 'P2'))).toEqual(paid('2000000.00'));
      expect(money(lineOf(r, 'P3'))).toEqual({ status: 'reduced', gross: '1000000.01', entitlement: '1000000.00', net: '1000000.00' });
      expect(r.total).toBe('6000000.00');
    });

    it('an earlier 2026 batch paid 5,500,000.00 for another product → room 500,000.00', () => {
      const l = one(claim(ID), { history: [earlier('Q', 2026, '5500000.00')] });
      expect(money(l)).toEqual({ status: 'reduced', gross: '800000.00', entitlement: '500000.00', net: '500000.00' });
      expect(l.adjustments).toEqual([expect.objectContaining({ code: 'cumulativeCap', scope: 'perBeneficiaryPerYear', prior: '5500000.00', room: '500000.00' })]);
    });

    it('A3.2.2: the year is the award year — 6,000,000.00 paid in 2025 does not limit 2026', () => {
      expect(money(one(claim(ID), { history: [earlier('Q', 2025, '6000000.00')] }))).toEqual(paid('800000.00'));
    });

    it('the 6M year cap groups the products by enterprise, not by product', () => {
      // Three products, 9,000,000.00 each → 3,000,000.00 (product cap) → 9M for the year > 6M: 2,000,000.00 each.
      const r = batch(['S', 'T', 'U'].map((s) => claim(ID, { id: s, subjectId: s, provincialFunding: { amount: '9000000.00', receivedOn: '2026-03-01' } })));
      expect(r.lines.map((l) => [l.claimId, l.net, l.adjustments.map((a) => a.after)])).toStrictEqual([
        ['S', '2000000.00', ['3000000.00', '2000000.00']],
        ['T', '2000000.00', ['3000000.00', '2000000.00']],
        ['U', '2000000.00', ['3000000.00', '2000000.00']],
      ]);
      expect(r.total).toBe('6000000.00');
    });
  });

  describe('history of the product (A3.2.5, R9)', () => {
    it('2,500,000.00 already paid for this product → 500,000.00 left', () => {
      const l = one(claim(ID), { history: [earlier('S', 2025, '2500000.00')] });
      expect(money(l)).toEqual({ status: 'reduced', gross: '800000.00', entitlement: '500000.00', net: '500000.00' });
      expect(l.adjustments).toEqual([expect.objectContaining({ code: 'cumulativeCap', scope: 'perSubjectCumulative', prior: '2500000.00', room: '500000.00' })]);
    });

    it('3,000,000.00 already paid for this product → zero', () => {
      expect(one(claim(ID), { history: [earlier('S', 2025, '3000000.00')] }).status).toBe('zero');
    });

    it('both caps: product room 500,000.00 (2025), then the enterprise\'s 2026 room of 200,000.00', () => {
      const history = [earlier('S', 2025, '2500000.00'), earlier('Q', 2026, '5800000.00')];
      const l = one(claim(ID), { history });
      expect(money(l)).toEqual({ status: 'reduced', gross: '800000.00', entitlement: '200000.00', net: '200000.00' });
      expect(l.adjustments.map((a) => [a.code, a.after])).toEqual([['cumulativeCap', '500000.00'], ['cumulativeCap', '200000.00']]);
    });

    it('A3.2.5: an amount cut earlier can come back — entitled 3,000,000.00, paid 2,000,000.00 → 1,000,000.00 room (paid); none under R9 = entitlement', () => {
      const history = [earlier('S', 2025, '2000000.00', '3000000.00')];
      expect(money(one(claim(ID), { history }))).toEqual(paid('800000.00'));
      expect(one(claim(ID), { history }, { readings: { R9: 'entitlement' } }).status).toBe('zero');
    });
  });

  describe('named cases', () => {
    it.each([
      { name: '省级资金含分：1,234,567.89 元按1:1原样配套', claim: product('S', '1234567.89', 'c'), expected: paid('1234567.89') },
      { name: '省级资金0.01元：配套0.01元', claim: product('S', '0.01', 'c'), expected: paid('0.01') },
      { name: '省级资金已批未到（R3）：待定', claim: product('S', '800000.00', 'c', null),
        expected: { status: 'pending', gross: '0.00', entitlement: '0.00', net: '0.00' } },
    ])('$name', ({ claim: c, expected }) => {
      expect(money(one(c))).toEqual(expected);
    });

    it('R7: a rate other than 1:1 (a reform of art03_2.ratio to 0.3) is floored: 0.3 × 333.33 = 99.999 → 99.99', () => {
      expect(one(product('S', '333.33', 'c'), {}, { parameters: { 'art03_2.ratio': '0.3' } }).net).toBe('99.99');
    });

    it('pending names the missing receipt date', () => {
      expect(one(product('S', '800000.00', 'c', null)).reasons).toEqual([{ code: 'pending', rule: ID, missing: 'provincialFunding[0].receivedOn' }]);
    });
  });

  describe('D9: one line per product, its tranches matched together', () => {
    const tranches = (...list: Json[]): Json => claim(ID, { provincialFunding: list });

    it('two tranches in one claim: one line, Σ matched and floored once (0.3 × (333.33 + 333.33) = 199.998 → 199.99)', () => {
      const l = one(tranches({ amount: '333.33', receivedOn: '2026-02-01' }, { amount: '333.33', receivedOn: '2026-03-01' }), {},
        { parameters: { 'art03_2.ratio': '0.3' } });
      // per tranche it would be 99.99 + 99.99 = 199.98: one fen less
      expect(l.net).toBe('199.99');
      expect(l.qualifyingDate).toBe('2026-03-01');
      expect(l.basis).toMatchObject({ provincialFunding: '666.66', tranches: 2 });
    });

    it('an empty list can be stated → ineligible (provincialFundingReceived)', () => {
      const l = one(tranches());
      expect(l).toMatchObject({ status: 'ineligible', failed: ['provincialFundingReceived'] });
    });

    it('a tranche received before the window does not count; the others do', () => {
      const l = one(tranches({ amount: '500000.00', receivedOn: '2025-06-30' }, { amount: '300000.00', receivedOn: '2025-07-01' }));
      expect(money(l)).toEqual(paid('300000.00'));
      expect(l.basis).toMatchObject({ outsideWindow: '500000.00' });
    });

    it('no tranche inside the window → ineligible, dated by the latest received', () => {
      const l = one(tranches({ amount: '500000.00', receivedOn: '2025-01-01' }, { amount: '300000.00', receivedOn: '2025-06-30' }));
      expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: '2025-06-30', ...DEFAULT_WINDOW });
    });

    it('a tranche not yet received waits for a later batch; the received one is paid now (R3)', () => {
      const l = one(tranches({ amount: '500000.00' }, { amount: '300000.00', receivedOn: '2026-03-01' }));
      expect(money(l)).toEqual(paid('300000.00'));
    });

    it('no tranche received yet → pending, naming the first one', () => {
      const l = one(tranches({ amount: '0.00', receivedOn: '2026-03-01' }, { amount: '500000.00' }));
      expect(l.status).toBe('pending');
      expect(l.reasons).toEqual([{ code: 'pending', rule: ID, missing: 'provincialFunding[1].receivedOn' }]);
    });

    it('a tranche received after the approval date is contradictory input', () => {
      expect(() => one(tranches({ amount: '500000.00', receivedOn: '2026-12-02' }))).toThrow(/claims\[0\]\.provincialFunding\[0\]\.receivedOn/);
    });
  });

  describe('九(四): the product is a project (A3.2.8)', () => {
    it('without an audited investment → pending (A9.4.4)', () => {
      const l = one(claim(ID), { projects: [] });
      expect(l.status).toBe('pending');
      expect(l.reasons).toContainEqual({ code: 'pending', rule: 'art09_4', missing: 'projects[S].auditedInvestment' });
    });

    it('A9.4.4 b: without an audited investment the ceiling is not applied, with a note', () => {
      const l = one(claim(ID), { projects: [] }, { readings: { 'A9.4.4': 'b' } });
      expect(money(l)).toEqual(paid('800000.00'));
      expect(l.notes).toContainEqual({ code: 'auditedInvestmentNotApplied', rule: 'art09_4', projectId: 'S' });
    });

    it('projectId names the project: audited investment 500,000.00 cuts 800,000.00 to 500,000.00', () => {
      const l = one(claim(ID, { projectId: 'DEV1' }), { projects: [{ id: 'DEV1', auditedInvestment: '500000.00' }] });
      expect(money(l)).toEqual({ status: 'reduced', gross: '800000.00', entitlement: '800000.00', net: '500000.00' });
      expect(l.adjustments).toContainEqual(expect.objectContaining({ code: 'auditedInvestment', rule: 'art09_4', projectId: 'DEV1', room: '500000.00' }));
    });

    it('A9.4.3 b (all public money): investment 1,500,000.00 − provincial 800,000.00 leaves 700,000.00', () => {
      const l = one(claim(ID), { projects: [{ id: 'S', auditedInvestment: '1500000.00' }] }, { readings: { 'A9.4.3': 'b' } });
      expect(l.net).toBe('700000.00');
      expect(one(claim(ID), { projects: [{ id: 'S', auditedInvestment: '1500000.00' }] }).net).toBe('800000.00');
    });
  });

  describe('validity window 九(七): the anchor is the date the provincial money was received', () => {
    it.each([
      { receivedOn: '2025-06-30', app: {}, inside: false },
      { receivedOn: '2025-07-01', app: {}, inside: true },
      { receivedOn: '2028-06-30', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: true },
      { receivedOn: '2028-07-01', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: false },
    ])('received $receivedOn → inside = $inside', ({ receivedOn, app, inside }) => {
      const l = one(product('S', '800000.00', 'c', receivedOn), app);
      if (inside) expect(money(l)).toEqual(paid('800000.00'));
      else {
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: receivedOn, ...DEFAULT_WINDOW });
      }
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // 1:1 of 800,000.00 provincial support; the product is the 九(四) project.
    explanationData(ID, { basis: { provincialFunding: '800000.00', tranches: 1, ratio: '1' }, q: '2026-03-01', superiorFunded: true, conditions: ['enterprise', 'firstVersionRecognized', 'provincialFundingReceived'], net: '800000.00' });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    // 800,000.00 × 1 = 800,000.00 within the product cap and the enterprise-year cap.
    ignoresOtherClauses('product and enterprise-year caps', claim(ID), '800000.00');
  });
});
