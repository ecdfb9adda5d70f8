/**
 * 三(一) 支持人工智能算法研发 — 「…按照科技攻关计划、重点研发专项计划、重大科技专项计划三类分别给予最高100万元、200万元、
 * 1000万元的支持。所有项目需经申报、评审、审批程序予以立项。」
 *
 * Register § 三(一): line = (onDistrictList ∧ approved) ? min(approvedAmount, cap[category]) − paid_三(一)(project)
 * : 0. The maxima cap a reviewed amount (A3.1.1 a; b = fixed at the cap), per project, cumulative over tranches
 * (A3.1.2, A3.1.3). Any in-scope undertaker (揭榜招标、定向委托). The window anchor is the 立项 date. 九(四) applies
 * only when the project is also funded nationally or provincially (A3.1.6, A9.4.1). No rate: no rounding.
 */
import { describe, expect, it } from 'vitest';
import { application, beneficiary, claim, lineOf, one, type Json, evaluate, evaluateYears } from '../helpers.js';
import { money, paid, DEFAULT_WINDOW, negativeCases, anyUnit, explanationData, ignoresOtherClauses, type Negative } from './support.js';

const ID = 'art03_1';
/** An earlier tranche paid under 三(一) (project S unless said). */
const earlier = (paidYuan: string, entitlement = paidYuan, extra: Json = {}): Json =>
  ({ clause: ID, subjectId: 'S', awardYear: 2025, entitlement, paid: paidYuan, ...extra });

describe('art03_1 三(一)', () => {
  it('base case: 重点研发专项计划, reviewed at 1,500,000.00 ≤ 2,000,000.00 → paid 1,500,000.00', () => {
    const l = one(claim(ID));
    expect(money(l)).toEqual(paid('1500000.00'));
    expect(l.item).toBe('三(一)');
    expect(l.failed).toEqual([]);
    expect(l.adjustments).toEqual([]);
    expect(l.qualifyingDate).toBe('2026-03-01');
    // Without higher-level funding the line does not bring its project under 九(四).
    expect(l.projectId).toBe('S');
    expect(l.superiorFunded).toBe(false);
  });

  describe('conditions', () => {
    const NEGATIVE: Record<string, Negative> = {
      onDistrictList: { claim: { onDistrictList: false } },
      approved: { claim: { approved: false } },
      approvedAmountPositive: { claim: { approvedAmount: '0.00' } },
    };

    negativeCases(ID, NEGATIVE);

    it('every failed condition is named at once', () => {
      expect(one(claim(ID, { onDistrictList: false, approved: false })).failed).toEqual(['onDistrictList', 'approved']);
    });

    anyUnit('R6: the undertaker may be any unit (揭榜招标、定向委托) — a %s is paid', (app) => one(claim(ID), app), paid('1500000.00'));
  });

  describe('the maxima by plan class: n−1, n, n+1 fen of the reviewed amount', () => {
    const rows: [string, string, string][] = [
      ['sciTechTackling', '1000000.00', 'art03_1.cap.sciTechTackling'],
      ['keyRd', '2000000.00', 'art03_1.cap.keyRd'],
      ['majorSciTech', '10000000.00', 'art03_1.cap.majorSciTech'],
    ];
    const minus = (cap: string) => `${(Number(cap.split('.')[0]) - 1).toString()}.99`;
    const plus = (cap: string) => `${cap.split('.')[0]}.01`;

    it.each(rows)('%s: reviewed one fen below the cap %s → paid in full', (category, cap) => {
      expect(money(one(claim(ID, { category, approvedAmount: minus(cap) })))).toEqual(paid(minus(cap)));
    });

    it.each(rows)('%s: reviewed exactly at the cap %s → paid (not reduced)', (category, cap) => {
      const l = one(claim(ID, { category, approvedAmount: cap }));
      expect(money(l)).toEqual(paid(cap));
      expect(l.adjustments).toEqual([]);
    });

    it.each(rows)('%s: reviewed one fen above the cap %s → clipped to the cap, reduced', (category, cap, param) => {
      const l = one(claim(ID, { category, approvedAmount: plus(cap) }));
      expect(money(l)).toEqual({ status: 'reduced', gross: plus(cap), entitlement: cap, net: cap });
      expect(l.adjustments).toEqual([{ code: 'itemCap', rule: ID, before: plus(cap), after: cap, param, cap }]);
    });
  });

  describe('named cases', () => {
    it.each([
      { name: '科技攻关计划，核定50万元', over: { category: 'sciTechTackling', approvedAmount: '500000.00' }, expected: paid('500000.00') },
      { name: '重大科技专项计划，核定1000万元', over: { category: 'majorSciTech', approvedAmount: '10000000.00' }, expected: paid('10000000.00') },
      { name: '核定额含分：1,234,567.89 元原样支付（无比例，不取整）', over: { approvedAmount: '1234567.89' }, expected: paid('1234567.89') },
      { name: '科技攻关计划核定150万元：按最高100万元核减', over: { category: 'sciTechTackling', approvedAmount: '1500000.00' },
        expected: { status: 'reduced', gross: '1500000.00', entitlement: '1000000.00', net: '1000000.00' } },
    ])('$name', ({ over, expected }) => {
      expect(money(one(claim(ID, over)))).toEqual(expected);
    });
  });

  describe('history: per project, cumulative over tranches (A3.1.2, A3.1.3, R9)', () => {
    it('500,000.00 already paid on this project → this tranche pays 1,500,000.00 − 500,000.00 = 1,000,000.00', () => {
      const l = one(claim(ID), { history: [earlier('500000.00')] });
      expect(money(l)).toEqual({ status: 'reduced', gross: '1500000.00', entitlement: '1000000.00', net: '1000000.00' });
      expect(l.adjustments).toEqual([{ code: 'ladder', rule: ID, before: '1500000.00', after: '1000000.00', prior: '500000.00', best: true, alreadyAwarded: false }]);
    });

    it('reviewed 2,500,000.00 with 500,000.00 paid: clipped to 2,000,000.00 first, then 1,500,000.00 left', () => {
      const l = one(claim(ID, { approvedAmount: '2500000.00' }), { history: [earlier('500000.00')] });
      expect(money(l)).toEqual({ status: 'reduced', gross: '2500000.00', entitlement: '1500000.00', net: '1500000.00' });
      expect(l.adjustments.map((a) => [a.code, a.after])).toEqual([['itemCap', '2000000.00'], ['ladder', '1500000.00']]);
    });

    it('the whole reviewed amount already paid → zero', () => {
      expect(one(claim(ID), { history: [earlier('1500000.00')] }).status).toBe('zero');
    });

    it('paid 1,499,999.99 → one fen left', () => {
      expect(money(one(claim(ID), { history: [earlier('1499999.99')] })))
        .toEqual({ status: 'reduced', gross: '1500000.00', entitlement: '0.01', net: '0.01' });
    });

    it('money paid for another project does not count', () => {
      expect(money(one(claim(ID), { history: [earlier('1500000.00', '1500000.00', { subjectId: 'OTHER' })] }))).toEqual(paid('1500000.00'));
    });

    it('R9: entitled 1,000,000.00, paid 600,000.00 → 900,000.00 left (paid); 500,000.00 under R9 = entitlement', () => {
      const history = [earlier('600000.00', '1000000.00')];
      expect(one(claim(ID), { history }).net).toBe('900000.00');
      expect(one(claim(ID), { history }, { readings: { R9: 'entitlement' } }).net).toBe('500000.00');
    });

    it('two tranches of one project in one batch: only the larger is paid', () => {
      const big = claim(ID, { id: 'x', approvedAmount: '1200000.00' });
      const small = claim(ID, { id: 'y', approvedAmount: '800000.00' });
      const r = evaluate(application([small, big]));
      expect(money(lineOf(r, 'x'))).toEqual(paid('1200000.00'));
      expect(lineOf(r, 'y').status).toBe('zero');
      expect(r.total).toBe('1200000.00');
    });
  });

  describe('readings', () => {
    it('A3.1.1 b: the maxima are fixed amounts — 重点研发 pays 2,000,000.00 whatever the review said', () => {
      const l = one(claim(ID), {}, { readings: { 'A3.1.1': 'b' } });
      expect(money(l)).toEqual(paid('2000000.00'));
    });

    it('A3.1.1 b still subtracts what the project was already paid: 2,000,000.00 − 500,000.00', () => {
      expect(one(claim(ID), { history: [earlier('500000.00')] }, { readings: { 'A3.1.1': 'b' } }).net).toBe('1500000.00');
    });
  });

  describe('reading A3.1.2: the maxima per project (default) or per undertaker, award year and class (perEnterpriseYear)', () => {
    const PER_YEAR = { readings: { 'A3.1.2': 'perEnterpriseYear' } } as const;
    /** A 重点研发专项计划 project `subjectId` reviewed at `amount` (claim id = subject id). */
    const keyRd = (subjectId: string, amount: string, extra: Json = {}) => claim(ID, { id: subjectId, subjectId, approvedAmount: amount, ...extra });
    const nets = (r: ReturnType<typeof evaluate>, ids: string[]) => ids.map((id) => lineOf(r, id).net);

    it('default: two 重点研发 projects of 1,500,000.00 each are each within their own 2,000,000.00 → 3,000,000.00; naming perProject is the same', () => {
      const app = application([keyRd('P1', '1500000.00'), keyRd('P2', '1500000.00')]);
      const byDefault = evaluate(app);
      expect(nets(byDefault, ['P1', 'P2'])).toEqual(['1500000.00', '1500000.00']);
      expect(byDefault.total).toBe('3000000.00');
      expect(lineOf(byDefault, 'P1').tier).toBeNull();
      expect(evaluate(app, { readings: { 'A3.1.2': 'perProject' } }).lines).toEqual(byDefault.lines);
    });

    it('perEnterpriseYear: the same two projects share 2,000,000.00 pro rata → 1,000,000.00 each', () => {
      const r = evaluate(application([keyRd('P1', '1500000.00'), keyRd('P2', '1500000.00')]), PER_YEAR);
      expect(nets(r, ['P1', 'P2'])).toEqual(['1000000.00', '1000000.00']);
      expect(lineOf(r, 'P1').adjustments).toEqual([{
        code: 'cumulativeCap', rule: ID, before: '1500000.00', after: '1000000.00', param: 'art03_1.cap.keyRd',
        scope: 'perBeneficiaryPerYear', cap: '2000000.00', prior: '0.00', room: '2000000.00',
      }]);
      // The class is kept as the line's tier, so the history of the year can be counted per class.
      expect(lineOf(r, 'P1').tier).toBe('keyRd');
    });

    it.each([
      // Σ 1,999,999.99 and Σ 2,000,000.00: within the class maximum, both paid in full
      ['999999.99', ['1000000.00', '999999.99'], '1999999.99'],
      ['1000000.00', ['1000000.00', '1000000.00'], '2000000.00'],
      // Σ 2,000,000.01 over a room of 200,000,000 fen: P1 floor(2e8 × 100,000,000 / 200,000,001) = 99,999,999,
      // P2 floor(2e8 × 100,000,001 / 200,000,001) = 100,000,000; the leftover fen goes to P1 (subject order).
      ['1000000.01', ['1000000.00', '1000000.00'], '2000000.00'],
    ])('perEnterpriseYear: P1 1,000,000.00 + P2 %s → %o, total %s', (p2, expected, total) => {
      const r = evaluate(application([keyRd('P1', '1000000.00'), keyRd('P2', p2)]), PER_YEAR);
      expect(nets(r, ['P1', 'P2'])).toEqual(expected);
      expect(r.total).toBe(total);
    });

    it('perEnterpriseYear: classes do not share — 重点研发 1,500,000.00 and 科技攻关 800,000.00 are both paid', () => {
      const r = evaluate(application([keyRd('P1', '1500000.00'), keyRd('P2', '800000.00', { category: 'sciTechTackling' })]), PER_YEAR);
      expect(nets(r, ['P1', 'P2'])).toEqual(['1500000.00', '800000.00']);
    });

    it('one project reviewed at 2,500,000.00: 2,000,000.00 either way, by the item cap (default) or the year cap', () => {
      expect(one(claim(ID, { approvedAmount: '2500000.00' })).adjustments.map((a) => a.code)).toEqual(['itemCap']);
      const l = one(claim(ID, { approvedAmount: '2500000.00' }), {}, PER_YEAR);
      expect(l.net).toBe('2000000.00');
      expect(l.adjustments.map((a) => a.code)).toEqual(['cumulativeCap']);
    });

    it.each([
      // 1,500,000.00 paid earlier in 2026 for another 重点研发 project → room 500,000.00
      ['same year, same class', '500000.00', { awardYear: 2026, tier: 'keyRd' }],
      ['an earlier year', '1500000.00', { awardYear: 2025, tier: 'keyRd' }],
      ['same year, another class', '1500000.00', { awardYear: 2026, tier: 'sciTechTackling' }],
    ])('perEnterpriseYear, history: 1,500,000.00 paid for project P0 in %s → %s', (_name, net, extra) => {
      const history = [earlier('1500000.00', '1500000.00', { subjectId: 'P0', ...extra })];
      expect(one(claim(ID), { history }, PER_YEAR).net).toBe(net);
      // default: another project's money never counts
      expect(one(claim(ID), { history }).net).toBe('1500000.00');
    });

    it('evaluateYears: a project reviewed at 3,000,000.00 gets 2,000,000.00 in 2026; in 2027 its last 1,000,000.00 only under perEnterpriseYear', () => {
      // Default: min(3,000,000.00, 2,000,000.00) − 2,000,000.00 paid = 0 in 2027.
      // perEnterpriseYear: 3,000,000.00 − 2,000,000.00 paid = 1,000,000.00 ≤ 2027's room of 2,000,000.00.
      const input = {
        beneficiary: beneficiary(),
        years: [
          { awardYear: 2026, approvalDate: '2026-12-01', claims: [claim(ID, { approvedAmount: '3000000.00' })] },
          { awardYear: 2027, approvalDate: '2027-12-01', claims: [claim(ID, { id: 'c2', approvedAmount: '3000000.00' })] },
        ],
      };
      const perYear = evaluateYears(input, PER_YEAR);
      expect(perYear.years.map((r) => r.total)).toEqual(['2000000.00', '1000000.00']);
      expect(perYear.history[0]).toEqual(expect.objectContaining({ clause: ID, awardYear: 2026, tier: 'keyRd' }));
      const byDefault = evaluateYears(input);
      expect(byDefault.years.map((r) => r.total)).toEqual(['2000000.00', '0.00']);
      expect(lineOf(byDefault.years[1]!, 'c2').status).toBe('zero');
    });
  });

  describe('九(四): a project also funded nationally or provincially (A3.1.6)', () => {
    const funded = claim(ID, { nationalOrProvincialFunding: true });

    it('with its audited investment: paid, keyed by the subject', () => {
      const l = one(funded);
      expect(money(l)).toEqual(paid('1500000.00'));
      expect(l.projectId).toBe('S');
    });

    it('without an audited investment → pending (A9.4.4)', () => {
      const l = one(funded, { projects: [] });
      expect(l.status).toBe('pending');
      expect(l.reasons).toContainEqual({ code: 'pending', rule: 'art09_4', missing: 'projects[S].auditedInvestment' });
    });

    it('a project without higher-level funding needs no audited investment', () => {
      expect(money(one(claim(ID), { projects: [] }))).toEqual(paid('1500000.00'));
    });

    it('audited investment 1,000,000.00 → 1,500,000.00 is cut to 1,000,000.00', () => {
      const c = claim(ID, { nationalOrProvincialFunding: true, projectId: 'P7' });
      const l = one(c, { projects: [{ id: 'P7', auditedInvestment: '1000000.00' }] });
      expect(money(l)).toEqual({ status: 'reduced', gross: '1500000.00', entitlement: '1500000.00', net: '1000000.00' });
      expect(l.adjustments).toContainEqual(expect.objectContaining({ code: 'auditedInvestment', rule: 'art09_4', projectId: 'P7', room: '1000000.00' }));
    });
  });

  describe('validity window 九(七): the anchor is the 立项 date', () => {
    it.each([
      { approvedOn: '2025-06-30', app: {}, inside: false },
      { approvedOn: '2025-07-01', app: {}, inside: true },
      { approvedOn: '2028-06-30', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: true },
      { approvedOn: '2028-07-01', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: false },
    ])('立项 $approvedOn → inside = $inside', ({ approvedOn, app, inside }) => {
      const l = one(claim(ID, { approvedOn }), app);
      if (inside) expect(money(l)).toEqual(paid('1500000.00'));
      else {
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: approvedOn, ...DEFAULT_WINDOW });
      }
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // keyRd project approved at 1,500,000.00 under its 2,000,000.00 maximum.
    explanationData(ID, { basis: { category: 'keyRd', approvedAmount: '1500000.00', cap: '2000000.00' }, q: '2026-03-01', conditions: ['onDistrictList', 'approved', 'approvedAmountPositive'], net: '1500000.00' });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    // keyRd approved 1,500,000.00, within the class's cap; the per-year class cap counts only 三(一) lines of the class.
    ignoresOtherClauses('perEnterpriseYear (A3.1.2)', claim(ID), '1500000.00', { options: { readings: { 'A3.1.2': 'perEnterpriseYear' } }, tier: 'keyRd' });
  });
});
