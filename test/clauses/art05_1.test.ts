/**
 * 五(一) 支持打造人工智能示范应用场景 — 「对入选国家、省示范应用场景的项目，分别给予200万元、100万元一次性奖励。」
 *
 * Register § 五(一): entitlement(project) = {national: 2,000,000, provincial: 1,000,000}; line = max(0,
 * entitlement − Σ paid under 五(一) for the project) — provincial then national pays the difference (A5.1.2 a;
 * b = both in full); fixed amounts (A5.1.1); paid once per project (A5.1.4). The clause has no condition of its own
 * beyond the selection, which the claim states. Any unit; the scope's main-business test may be met by the
 * scenario (A1.2 b). OG3 with 六(四)b. Anchor: the announcement date.
 */
import { describe, expect, it } from 'vitest';
import { application, beneficiary, claim, lineOf, one, type Json, evaluate } from '../helpers.js';
import { money, paid, DEFAULT_WINDOW, anyUnit, explanationData, twoSubjects } from './support.js';

const ID = 'art05_1';
/** A 五(一) claim with one selection (D9: the project's selections are a list). */
const sel = ({ level = 'provincial', announcedOn = '2026-03-01', ...extra }: Json = {}): Json =>
  claim(ID, { selections: [{ level, announcedOn }], ...extra });
const national = (extra: Json = {}): Json => sel({ level: 'national', ...extra });
/** An earlier 五(一) payment for project `subjectId` at `tier`. */
const earlier = (tier: string, paidYuan: string, entitlement = paidYuan, subjectId = 'S'): Json =>
  ({ clause: ID, subjectId, awardYear: 2025, entitlement, paid: paidYuan, tier });

describe('art05_1 五(一)', () => {
  it('base case: a provincial demonstration scenario → 1,000,000.00 one-time, paid', () => {
    const l = one(sel());
    expect(money(l)).toEqual(paid('1000000.00'));
    expect(l.item).toBe('五(一)');
    expect(l.tier).toBe('provincial');
    expect(l.qualifyingDate).toBe('2026-03-01');
  });

  it('a national demonstration scenario → 2,000,000.00, paid', () => {
    expect(money(one(national()))).toEqual(paid('2000000.00'));
  });

  describe('conditions', () => {
    it('its one condition is a selection (A5.1.1: the level is the tier); D9: an empty list can be stated → ineligible', () => {
      expect(one(sel()).conditions).toEqual([{ id: 'selected', met: true }]);
      const l = one(claim(ID, { selections: [] }));
      expect(l.status).toBe('ineligible');
      expect(l.failed).toEqual(['selected']);
      expect(l.reasons).toContainEqual({ code: 'conditions', rule: ID, failed: ['selected'] });
      expect(l.gross).toBe('0.00');
    });

    anyUnit('「项目」: the applicant of record may be any unit — a %s is paid', (app) => one(sel(), app), paid('1000000.00'));

    describe('A1.2: an adopter whose own business is not AI', () => {
      const notAi = { beneficiary: beneficiary({ mainBusinessFields: [] }) };

      it('is in scope when the scenario itself is in a listed AI field (b, default)', () => {
        expect(money(one(sel({ subjectInAiField: true }), notAi))).toEqual(paid('1000000.00'));
      });

      it.each([
        { name: 'scenario not in an AI field', over: { subjectInAiField: false } },
        { name: 'scenario field not stated', over: {} },
      ])('is out of scope when $name', ({ over }) => {
        const l = one(sel(over), notAi);
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
      });

      it('is out of scope under the literal reading A1.2 a, whatever the scenario', () => {
        const l = one(sel({ subjectInAiField: true }), notAi, { readings: { 'A1.2': 'a' } });
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
      });
    });
  });

  describe('tier ladder: provincial then national pays the difference (A5.1.2 a, R9)', () => {
    it('provincial 1,000,000.00 paid in 2025 → national now pays 2,000,000.00 − 1,000,000.00 = 1,000,000.00', () => {
      const l = one(national(), { history: [earlier('provincial', '1000000.00')] });
      expect(money(l)).toEqual({ status: 'reduced', gross: '2000000.00', entitlement: '1000000.00', net: '1000000.00' });
      expect(l.adjustments).toEqual([{ code: 'ladder', rule: ID, before: '2000000.00', after: '1000000.00', prior: '1000000.00', best: true, alreadyAwarded: false }]);
    });

    it.each([
      // n−1, n, n+1 fen of money already received for the project (an earlier line with no tier: money only, D6)
      // against the 2,000,000.00 national tier
      ['1999999.99', 'reduced', '0.01'],
      ['2000000.00', 'zero', '0.00'],
      ['2000000.01', 'zero', '0.00'],
    ])('already paid %s → national pays %s %s', (prior, status, net) => {
      const l = one(national(), { history: [{ clause: ID, subjectId: 'S', awardYear: 2025, entitlement: prior, paid: prior }] });
      expect(l.status).toBe(status);
      expect(l.net).toBe(net);
    });

    it('the same level again (a second provincial list) → zero', () => {
      expect(one(sel(), { history: [earlier('provincial', '1000000.00')] }).status).toBe('zero');
    });

    it('A5.1.4: a second national list for the same project → zero', () => {
      expect(one(national(), { history: [earlier('national', '2000000.00')] }).status).toBe('zero');
    });

    it('D6: national awarded 2,000,000.00 but paid 800,000.00 (九(三)) → a second national list pays nothing', () => {
      const l = one(national(), { history: [earlier('national', '800000.00', '2000000.00')] });
      expect(l.status).toBe('zero');
      expect(l.adjustments).toEqual([{ code: 'ladder', rule: ID, before: '2000000.00', after: '0.00', prior: '800000.00', best: true, alreadyAwarded: true }]);
    });

    it('D9: provincial and national selections in one claim → one line at the national tier, 2,000,000.00', () => {
      const l = one(claim(ID, { selections: [{ level: 'provincial', announcedOn: '2026-01-05' }, { level: 'national', announcedOn: '2026-03-01' }] }));
      expect(money(l)).toEqual(paid('2000000.00'));
      expect(l.tier).toBe('national');
      expect(l.qualifyingDate).toBe('2026-03-01');
    });

    it('D9: a selection before the window does not count; the provincial one inside it does', () => {
      const l = one(claim(ID, { selections: [{ level: 'national', announcedOn: '2025-06-30' }, { level: 'provincial', announcedOn: '2025-07-01' }] }));
      expect(money(l)).toEqual(paid('1000000.00'));
      expect(l.tier).toBe('provincial');
    });

    it('national first, provincial later → zero', () => {
      expect(one(sel(), { history: [earlier('national', '2000000.00')] }).status).toBe('zero');
    });

    it('R9: the provincial award was entitled 1,000,000.00 but paid 600,000.00 → national pays 1,400,000.00; under R9 = entitlement 1,000,000.00', () => {
      const history = [earlier('provincial', '600000.00', '1000000.00')];
      expect(one(national(), { history }).net).toBe('1400000.00');
      expect(one(national(), { history }, { readings: { R9: 'entitlement' } }).net).toBe('1000000.00');
    });

    it('another project\'s award does not count', () => {
      expect(money(one(national(), { history: [earlier('provincial', '1000000.00', '1000000.00', 'OTHER')] }))).toEqual(paid('2000000.00'));
    });

    it('both levels in one batch: only the national 2,000,000.00 is paid', () => {
      const r = evaluate(application([sel({ id: 'p' }), national({ id: 'n' })]));
      expect(money(lineOf(r, 'n'))).toEqual(paid('2000000.00'));
      expect(lineOf(r, 'p').status).toBe('zero');
      expect(lineOf(r, 'p').adjustments).toEqual([{ code: 'ladder', rule: ID, before: '1000000.00', after: '0.00', prior: '0.00', best: false, alreadyAwarded: false }]);
      expect(r.total).toBe('2000000.00');
    });
  });

  describe('A5.1.2 b: both levels paid in full', () => {
    const opt = { readings: { 'A5.1.2': 'b' } } as const;
    it('provincial paid earlier → national pays the full 2,000,000.00', () => {
      expect(money(one(national(), { history: [earlier('provincial', '1000000.00')] }, opt))).toEqual(paid('2000000.00'));
    });

    it('the same level again still pays nothing', () => {
      expect(one(sel(), { history: [earlier('provincial', '1000000.00')] }, opt).status).toBe('zero');
    });

    it('both levels in the project\'s list → 3,000,000.00 on one line (D9)', () => {
      const l = one(claim(ID, { selections: [{ level: 'provincial', announcedOn: '2026-01-05' }, { level: 'national', announcedOn: '2026-03-01' }] }), {}, opt);
      expect(money(l)).toEqual(paid('3000000.00'));
      expect(l.basis).toMatchObject({ national: '2000000.00', provincial: '1000000.00' });
    });

    it('a level of the list already awarded adds nothing: national + provincial after provincial → 2,000,000.00', () => {
      const l = one(claim(ID, { selections: [{ level: 'provincial', announcedOn: '2026-01-05' }, { level: 'national', announcedOn: '2026-03-01' }] }),
        { history: [earlier('provincial', '1000000.00')] }, opt);
      expect(money(l)).toEqual(paid('2000000.00'));
      expect(l.basis).toMatchObject({ national: '2000000.00', provincial: 'alreadyAwarded' });
    });

    it('two claims for one project are one award (R5, D9): the larger is paid', () => {
      const r = evaluate(application([sel({ id: 'p' }), national({ id: 'n' })]), opt);
      expect(r.total).toBe('2000000.00');
      expect(lineOf(r, 'p').status).toBe('zero');
    });
  });

  describe('九(一) across policies: money from another district policy for the same scenario is topped up, not repeated', () => {
    const other = (amount: string, subjectId = 'S') =>
      ({ beneficiary: beneficiary({ otherDistrictSupport: [{ policy: '其他区级政策', subjectId, clause: ID, amount, paidOn: '2025-10-01' }] }) });

    it('another policy paid 1,000,000.00 for the provincial selection → national pays 2,000,000.00 − 1,000,000.00, taken off once', () => {
      const l = one(national(), other('1000000.00'));
      expect(money(l)).toEqual({ status: 'reduced', gross: '2000000.00', entitlement: '2000000.00', net: '1000000.00' });
      expect(l.adjustments).toEqual([expect.objectContaining({ code: 'overlap', rule: 'art09_1', group: 'OG3', other: '1000000.00', room: '1000000.00' })]);
    });

    it('money for another project is not the same 事项', () => {
      expect(money(one(national(), other('1000000.00', 'OTHER')))).toEqual(paid('2000000.00'));
    });
  });

  describe('OG3 with 六(四)b (A5.1.8): the same project, the higher line kept', () => {
    it('五(一) provincial 1,000,000.00 and 六(四)b 600,000.00 for the same project → 六(四)b zero', () => {
      const r = evaluate(application([sel(), claim('art06_4b', { id: 'm' })], { projects: [{ id: 'S', auditedInvestment: '999999999.00' }] }));
      expect(lineOf(r, 'c').net).toBe('1000000.00');
      expect(lineOf(r, 'm').status).toBe('zero');
    });
  });

  describe('validity window 九(七): the anchor is the announcement date', () => {
    it.each([
      { announcedOn: '2025-06-30', app: {}, inside: false },
      { announcedOn: '2025-07-01', app: {}, inside: true },
      { announcedOn: '2028-06-30', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: true },
      { announcedOn: '2028-07-01', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: false },
    ])('announced $announcedOn → inside = $inside', ({ announcedOn, app, inside }) => {
      const l = one(sel({ announcedOn }), app);
      if (inside) expect(money(l)).toEqual(paid('1000000.00'));
      else {
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: announcedOn, ...DEFAULT_WINDOW });
      }
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // A provincial selection: 1,000,000.00, the tier kept for 晋级补差.
    explanationData(ID, { basis: { level: 'provincial', amount: '1000000.00', selections: 1 }, q: '2026-03-01', tier: 'provincial', conditions: ['selected'], net: '1000000.00' });
  });

  describe('history filters: which earlier lines count against this clause', () => {

    it('A5.1.2 a: each subject its own ladder → two subjects\' 省级 selections are both paid', () => {
      const l = one(claim(ID));
      expect(l.status).toBe('paid');
      expect(twoSubjects(ID)).toStrictEqual([paid(l.net), paid(l.net)]);
    });
  });
});
