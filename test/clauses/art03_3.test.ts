/**
 * 三(三) 鼓励争取国家和省研发专项 — 「对人工智能领域获得国家、省重大科技专项和重点研发计划支持的项目，分别按照项目上年度实际
 * 获得国家、省拨付资金的1:1和1:0.5给予配套支持。企业可将配套支持资金额的10%用于奖励研发团队。」
 *
 * Register § 三(三): line = Σ over disbursements of Y−1 of (national ? 1 : 0.5) × amount (A3.3.1 a, A3.3.2 a),
 * every year (A3.3.3); programmes outside the four listed are excluded (A3.3.5); no cap of its own (A3.3.6);
 * the 10 % team share is an annotation for enterprises only (A3.3.7); overlap group OG2 with 三(一) (A3.3.8);
 * 九(四) always applies; the window anchor is 31 December of Y−1 (A3.3.9, A9.7.3).
 */
import { describe, expect, it } from 'vitest';
import { application, beneficiary, bigProject, claim, lineOf, one, type Json, evaluate, evaluateYears } from '../helpers.js';
import { money, paid, DEFAULT_WINDOW, withContribution2024, negativeCases, explanationData, ignoresOtherClauses, NOT_ENTERPRISES, type Negative, twoSubjects } from './support.js';

const ID = 'art03_3';
type Programme = 'nationalMajorSpecial' | 'nationalKeyRd' | 'provincialMajorSpecial' | 'provincialKeyRd' | 'other';
const d = (programme: Programme, amount: string, calendarYear = 2025) => ({ programme, calendarYear, amount });
const disbursed = (...ds: ReturnType<typeof d>[]): Json => claim(ID, { disbursements: ds });

describe('art03_3 三(三)', () => {
  it('base case: 1,000,000.00 of 国家重点研发计划 money received in 2025 → 1:1 → 1,000,000.00 in 2026', () => {
    const l = one(claim(ID));
    expect(money(l)).toEqual(paid('1000000.00'));
    expect(l.item).toBe('三(三)');
    expect(l.failed).toEqual([]);
    expect(l.qualifyingDate).toBe('2025-12-31');
    expect(l.projectId).toBe('S');
    // A3.3.7: an enterprise may use 10 % of it for the R&D team: 0.10 × 1,000,000.00 = 100,000.00 (not added on top).
    expect(l.notes).toContainEqual({ code: 'teamReward', rule: ID, amount: '100000.00', share: '0.10' });
  });

  describe('conditions', () => {
    const NEGATIVE: Record<string, Negative> = {
      aiField: { claim: { aiField: false } },
      // Money received in 2024 is not 「上年度」 for the 2026 round.
      disbursedInBaseYear: { claim: { disbursements: [d('nationalKeyRd', '1000000.00', 2024)] } },
    };

    negativeCases(ID, NEGATIVE);

    it('A3.3.5: money from a programme outside the four listed is not a base → disbursedInBaseYear fails', () => {
      expect(one(disbursed(d('other', '5000000.00'))).failed).toEqual(['disbursedInBaseYear']);
    });

    it.each(NOT_ENTERPRISES)(
      'any recipient unit is paid — a %s too, without the enterprise-only team note', (legalForm) => {
        const l = one(claim(ID), { beneficiary: beneficiary({ legalForm }) });
        expect(money(l)).toEqual(paid('1000000.00'));
        expect(l.notes.some((n) => n.code === 'teamReward')).toBe(false);
      },
    );
  });

  describe('named cases (A3.3.1 a: the ratio follows the level of the money)', () => {
    it.each([
      { name: '国家重大科技专项 1:1', claim: disbursed(d('nationalMajorSpecial', '2000000.00')), expected: paid('2000000.00') },
      // 0.5 × 1,000,000.00 = 500,000.00
      { name: '省重点研发计划 1:0.5', claim: disbursed(d('provincialKeyRd', '1000000.00')), expected: paid('500000.00') },
      { name: '省重大科技专项 1:0.5', claim: disbursed(d('provincialMajorSpecial', '1000000.00')), expected: paid('500000.00') },
      // 2,000,000.00 + 0.5 × 1,000,000.00 = 2,500,000.00
      { name: '国家与省资金同年到位：分别配套后相加', claim: disbursed(d('nationalMajorSpecial', '2000000.00'), d('provincialMajorSpecial', '1000000.00')), expected: paid('2500000.00') },
      // 0.5 × 1,234,567.89 = 617,283.945 → floor (R7) 617,283.94
      { name: '省级资金含分：617,283.945 向下取整到分', claim: disbursed(d('provincialKeyRd', '1234567.89')), expected: paid('617283.94') },
      // 0.5 × 0.01 = 0.005 → 0.00
      { name: '省级资金仅0.01元：配套额取整为0', claim: disbursed(d('provincialKeyRd', '0.01')), expected: { status: 'zero', gross: '0.00', entitlement: '0.00', net: '0.00' } },
      // Only 2025 counts in the 2026 round: 1,000,000.00; the 2024 and 2026 money is ignored.
      { name: '只配套上年度（2025年）拨付资金', claim: disbursed(d('nationalKeyRd', '1000000.00'), d('nationalKeyRd', '7000000.00', 2024), d('nationalKeyRd', '3000000.00', 2026)), expected: paid('1000000.00') },
      // The 'other' programme's 5,000,000.00 is not matched.
      { name: '清单外项目资金不计入基数', claim: disbursed(d('nationalKeyRd', '1000000.00'), d('other', '5000000.00')), expected: paid('1000000.00') },
      // A3.3.6: no cap of its own.
      { name: '本条无上限：国家资金5000万元全额配套', claim: disbursed(d('nationalMajorSpecial', '50000000.00')), expected: paid('50000000.00') },
    ])('$name', ({ claim: c, expected }) => {
      expect(money(one(c))).toEqual(expected);
    });

    it('R7 per disbursement (register formula Σ_d ratio × d.amount): two provincial tranches of 1,000.01 → 500.00 + 500.00', () => {
      // floor(0.5 × 1,000.01) = floor(500.005) = 500.00, twice: 1,000.00. (Flooring the sum would give 1,000.01;
      // this pins the fix in art03_3.ts.)
      const l = one(disbursed(d('provincialKeyRd', '1000.01'), d('provincialMajorSpecial', '1000.01')));
      expect(money(l)).toEqual(paid('1000.00'));
    });

    it('A3.3.3: the matching recurs every year on that year\'s money — the 2027 round matches 2026', () => {
      const c = disbursed(d('nationalKeyRd', '1000000.00'), d('provincialKeyRd', '600000.00', 2026));
      // 2027 round: 0.5 × 600,000.00 = 300,000.00
      expect(money(one(c, { awardYear: 2027, approvalDate: '2027-06-01' }))).toEqual(paid('300000.00'));
    });
  });

  describe('the team-reward note (A3.3.7): 10 % of the amount paid, floored, for enterprises only', () => {
    it('0.10 × 617,283.94 = 61,728.394 → 61,728.39', () => {
      const l = one(disbursed(d('provincialKeyRd', '1234567.89')));
      expect(l.notes).toContainEqual({ code: 'teamReward', rule: ID, amount: '61728.39', share: '0.10' });
    });

    it('the note follows the amount after 九(四): investment 300,000.01 → paid 300,000.01 → note 30,000.00', () => {
      // 0.10 × 300,000.01 = 30,000.001 → 30,000.00
      const l = one(claim(ID), { projects: [{ id: 'S', auditedInvestment: '300000.01' }] });
      expect(l.net).toBe('300000.01');
      expect(l.notes).toContainEqual({ code: 'teamReward', rule: ID, amount: '30000.00', share: '0.10' });
    });
  });

  describe('readings', () => {
    it('A3.3.1 b: the ratio follows the programme — major special 1:1, key R&D 1:0.5', () => {
      const opt = { readings: { 'A3.3.1': 'b' } } as const;
      expect(one(disbursed(d('provincialMajorSpecial', '1000000.00')), {}, opt).net).toBe('1000000.00');
      expect(one(disbursed(d('nationalKeyRd', '1000000.00')), {}, opt).net).toBe('500000.00');
      // 1,000,000.00 (major special, national) + 0.5 × 1,234,567.89 (key R&D, provincial) = 1,617,283.94
      expect(one(disbursed(d('nationalMajorSpecial', '1000000.00'), d('provincialKeyRd', '1234567.89')), {}, opt).net).toBe('1617283.94');
    });

    it('A3.3.2 b: 1:0.5 read the other way (district = 2 × provincial)', () => {
      const opt = { readings: { 'A3.3.2': 'b' } } as const;
      expect(one(disbursed(d('provincialKeyRd', '1000000.00')), {}, opt).net).toBe('2000000.00');
      expect(one(disbursed(d('provincialKeyRd', '0.01')), {}, opt).net).toBe('0.02');
      // national money is unaffected
      expect(one(claim(ID), {}, opt).net).toBe('1000000.00');
    });
  });

  describe('reading A3.3.3: every year on the previous year\'s disbursement (a, default) or once per project (b)', () => {
    const ONCE = { readings: { 'A3.3.3': 'b' } } as const;
    /** An earlier 三(三) line of project `subjectId` with entitlement `entitlement`. */
    const earlier = (entitlement: string, subjectId = 'S'): Json =>
      ({ clause: ID, subjectId, awardYear: 2025, entitlement, paid: entitlement });
    // 2026 round: national 1,000,000.00 received in 2025 → 1:1 → 1,000,000.00. 2027 round: provincial 600,000.00
    // received in 2026 → 1:0.5 → 300,000.00.
    const input = {
      beneficiary: withContribution2024,
      years: [
        { awardYear: 2026, approvalDate: '2026-12-01', claims: [claim(ID)], projects: [bigProject()] },
        { awardYear: 2027, approvalDate: '2027-12-01', projects: [bigProject()],
          claims: [disbursed(d('nationalKeyRd', '1000000.00'), d('provincialKeyRd', '600000.00', 2026))] },
      ],
    };

    it('evaluateYears, default (a): the project is matched in 2026 and again in 2027 → 1,000,000.00 + 300,000.00; naming a is the same', () => {
      const r = evaluateYears(input);
      expect(r.years.map((y) => y.total)).toEqual(['1000000.00', '300000.00']);
      expect(r.total).toBe('1300000.00');
      expect(evaluateYears(input, { readings: { 'A3.3.3': 'a' } }).years.map((y) => y.lines)).toEqual(r.years.map((y) => y.lines));
    });

    it('evaluateYears, b: matched once — 1,000,000.00 in 2026, the 2027 round pays 0 (already awarded)', () => {
      const r = evaluateYears(input, ONCE);
      expect(r.years.map((y) => y.total)).toEqual(['1000000.00', '0.00']);
      const l = lineOf(r.years[1]!);
      expect(money(l)).toEqual({ status: 'zero', gross: '300000.00', entitlement: '0.00', net: '0.00' });
      expect(l.adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '300000.00', after: '0.00', why: 'alreadyAwarded' }]);
    });

    it.each([
      // an earlier line with an entitlement of one fen is an award already made; one of 0.00 is not
      ['0.01', 'zero', '0.00'],
      ['0.00', 'paid', '1000000.00'],
    ])('b, history: an earlier 三(三) entitlement of %s for this project → %s, %s', (entitlement, status, net) => {
      const l = one(claim(ID), { beneficiary: withContribution2024, history: [earlier(entitlement)] }, ONCE);
      expect([l.status, l.net]).toEqual([status, net]);
      // a: every year is matched, whatever was paid before
      expect(one(claim(ID), { beneficiary: withContribution2024, history: [earlier(entitlement)] }).net).toBe('1000000.00');
    });

    it('b: an earlier award for another project does not count', () => {
      expect(one(claim(ID), { history: [earlier('500000.00', 'OTHER')] }, ONCE).net).toBe('1000000.00');
    });

    it('b: two claims for one project in one batch — only the larger is paid (a: both)', () => {
      const big = disbursed(d('nationalKeyRd', '1000000.00'));
      const small = { ...disbursed(d('provincialKeyRd', '600000.00')), id: 'c2' };
      const app = application([small, big], { projects: [bigProject()] });
      const once = evaluate(app, ONCE);
      expect([lineOf(once, 'c').net, lineOf(once, 'c2').net]).toEqual(['1000000.00', '0.00']);
      expect(lineOf(once, 'c2').adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '300000.00', after: '0.00', why: 'largerInBatch' }]);
      expect(evaluate(app).total).toBe('1300000.00');
    });
  });

  describe('九(四) always applies (A9.4.1)', () => {
    it('without an audited investment → pending', () => {
      const l = one(claim(ID), { projects: [] });
      expect(l.status).toBe('pending');
      expect(l.reasons).toContainEqual({ code: 'pending', rule: 'art09_4', missing: 'projects[S].auditedInvestment' });
    });

    it('district money already paid to the project uses up the room: investment 1,500,000.00 − 800,000.00 paid', () => {
      const history = [{ clause: ID, subjectId: 'S', awardYear: 2025, entitlement: '800000.00', paid: '800000.00' }];
      const l = one(claim(ID), { history, projects: [{ id: 'S', auditedInvestment: '1500000.00' }] });
      expect(money(l)).toEqual({ status: 'reduced', gross: '1000000.00', entitlement: '1000000.00', net: '700000.00' });
      expect(l.adjustments).toContainEqual(expect.objectContaining({ code: 'auditedInvestment', prior: '800000.00', room: '700000.00' }));
    });
  });

  describe('OG2 with 三(一): the same R&D project is funded once, the higher line kept (A3.3.8, §9.3)', () => {
    const rd = claim('art03_1', { id: 'r' }); // 1,500,000.00 reviewed, same subject S

    it('三(一) 1,500,000.00 and 三(三) 1,000,000.00 in one batch → 三(一) kept, 三(三) zero', () => {
      const r = evaluate(application([rd, claim(ID)], { projects: [bigProject('S')] }));
      expect(lineOf(r, 'r').net).toBe('1500000.00');
      expect(lineOf(r, 'c').status).toBe('zero');
      expect(lineOf(r, 'c').adjustments).toContainEqual(expect.objectContaining({ code: 'overlap', group: 'OG2', room: '1500000.00' }));
      expect(r.total).toBe('1500000.00');
    });

    it('A9.1.1 a (就高 only between policies): both are paid', () => {
      const r = evaluate(application([rd, claim(ID)], { projects: [bigProject('S')] }), { readings: { 'A9.1.1': 'a' } });
      expect(r.total).toBe('2500000.00');
    });

    it('across years: 三(一) entitled and paid 1,500,000.00 in 2025; 三(三) of 2,000,000.00 in 2026 pays the 500,000.00 difference', () => {
      const history = [{ clause: 'art03_1', subjectId: 'S', awardYear: 2025, entitlement: '1500000.00', paid: '1500000.00' }];
      const l = one(disbursed(d('nationalKeyRd', '2000000.00')), { history });
      expect(money(l)).toEqual({ status: 'reduced', gross: '2000000.00', entitlement: '2000000.00', net: '500000.00' });
    });
  });

  describe('validity window 九(七): the anchor is 31 December of the base year', () => {
    it.each([
      { awardYear: 2025, approvalDate: '2025-12-01', base: 2024, inside: false },
      { awardYear: 2026, approvalDate: '2026-12-01', base: 2025, inside: true },
      { awardYear: 2028, approvalDate: '2028-12-01', base: 2027, inside: true },
      { awardYear: 2029, approvalDate: '2029-03-01', base: 2028, inside: false },
    ])('award year $awardYear (money of $base) → inside = $inside', ({ awardYear, approvalDate, base, inside }) => {
      const l = one(disbursed(d('nationalKeyRd', '1000000.00', base)), { awardYear, approvalDate, beneficiary: withContribution2024 });
      if (inside) expect(money(l)).toEqual(paid('1000000.00'));
      else {
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: `${base}-12-31`, ...DEFAULT_WINDOW });
      }
    });

    it.each([
      { effectiveDate: '2026-01-01', awardYear: 2026, inside: false },
      { effectiveDate: '2025-12-31', awardYear: 2026, inside: true },
      { effectiveDate: '2025-01-01', awardYear: 2028, inside: true },
      { effectiveDate: '2024-12-31', awardYear: 2028, inside: false },
    ])('anchor on the boundary day: E = $effectiveDate, award year $awardYear → inside = $inside', ({ effectiveDate, awardYear, inside }) => {
      const l = one(disbursed(d('nationalKeyRd', '1000000.00', awardYear - 1)), { awardYear, approvalDate: `${awardYear}-12-01` },
        { parameters: { 'art09_7.effectiveDate': effectiveDate } });
      expect(l.status).toBe(inside ? 'paid' : 'ineligible');
    });

    it.each([
      { awardYear: 2025, applicationDate: '2025-06-30', inside: false },
      { awardYear: 2025, applicationDate: '2025-07-01', inside: true },
      { awardYear: 2028, applicationDate: '2028-06-30', inside: true },
      { awardYear: 2028, applicationDate: '2028-07-01', inside: false },
    ])('A9.7.3 d (annual lines use the application date): filed $applicationDate → inside = $inside', ({ awardYear, applicationDate, inside }) => {
      const l = one(disbursed(d('nationalKeyRd', '1000000.00', awardYear - 1)),
        { awardYear, approvalDate: `${awardYear}-12-01`, applicationDate, beneficiary: withContribution2024 }, { readings: { 'A9.7.3': 'd' } });
      expect(l.status).toBe(inside ? 'paid' : 'ineligible');
      if (!inside) expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: applicationDate, ...DEFAULT_WINDOW });
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // 2025 national key R&D 1,000,000.00 at 1:1, nothing at 1:0.5.
    explanationData(ID, {
      basis: { baseYear: 2025, atNationalRatio: '1000000.00', nationalRatio: '1', atProvincialRatio: '0.00', provincialRatio: '0.5' }, q: '2025-12-31', superiorFunded: true,
      conditions: ['aiField', 'disbursedInBaseYear'], net: '1000000.00',
    });
    it('reading A3.3.2 b shows its ratio for provincial money', () => {
      expect(one(claim(ID, { disbursements: [{ programme: 'provincialKeyRd', calendarYear: 2025, amount: '100.00' }] }), {}, { readings: { 'A3.3.2': 'b' } }).basis)
        .toMatchObject({ atProvincialRatio: '100.00', provincialRatio: '1/0.5' });
    });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('once per subject (A3.3.3 b)', claim(ID), '1000000.00', { options: { readings: { 'A3.3.3': 'b' } } });

    it('A3.3.3 b: once per subject, not once per batch → two subjects are both paid 1,000,000.00', () => {
      // 1,000,000.00 of national key R&D disbursed → 1,000,000.00 each (plus a team-reward note).
      expect(twoSubjects(ID, { readings: { 'A3.3.3': 'b' } })).toStrictEqual([paid('1000000.00'), paid('1000000.00')]);
    });
  });
});
