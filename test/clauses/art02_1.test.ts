/**
 * 二(一) 促进数据开放共享 — 「对数据的首登记、首挂牌、首交易、首开放、首评估、首入表、首认证等，按照上级奖励标准按比例给予
 * 一定比例配套支持，同一单位所获配套资金奖励总额最高100万元。」
 *
 * Register § 二(一): raw = floor(ratio × higher-level award received); line = min(Σ raw, 1,000,000 − Σ paid
 * under 二(一) to the unit, all years). The ratio is not in the text (A2.1.1): the line is indeterminate until a
 * caller sets `art02_1.ratio` or picks reading b (1:1) or c (1:0.5). Any in-scope unit (「同一单位」, R6). The
 * window anchor is the date the higher-level money was received (A9.7.3). 九(四) applies only when the matched
 * award is national or provincial (A2.1.9). Every expected figure below is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { application, beneficiary, claim, lineOf, one, type Json, evaluate, evaluateYears } from '../helpers.js';
import { money, paid, DEFAULT_WINDOW, negativeCases, anyUnit, explanationData, ignoresOtherClauses, type Negative } from './support.js';

const ID = 'art02_1';
const HALF = { parameters: { 'art02_1.ratio': '0.5' } } as const;
/** A claim for a higher-level award of `amount`; `receivedOn` null = approved, not yet received. */
const award = (amount: string, receivedOn: string | null = '2026-03-01', extra: Json = {}): Json =>
  claim(ID, { superiorAward: receivedOn === null ? { amount } : { amount, receivedOn }, ...extra });
/** An earlier 二(一) payment to this unit (for another data product unless said). */
const earlier = (paidYuan: string, entitlement = paidYuan, extra: Json = {}): Json =>
  ({ clause: ID, subjectId: 'D0', awardYear: 2025, entitlement, paid: paidYuan, ...extra });

describe('art02_1 二(一)', () => {
  it('base case, no ratio set: indeterminate (A2.1.1 a), 0.00, naming the missing parameter', () => {
    const l = one(claim(ID));
    expect(money(l)).toEqual({ status: 'indeterminate', gross: '0.00', entitlement: '0.00', net: '0.00' });
    expect(l.item).toBe('二(一)');
    expect(l.failed).toEqual([]);
    expect(l.reasons).toEqual([{ code: 'indeterminate', rule: ID, param: 'art02_1.ratio' }]);
  });

  it('base case with the ratio set to 0.5: municipal award 200,000.00 → 100,000.00 paid, the supplied ratio recorded', () => {
    // 0.5 × 200,000.00 = 100,000.00 ≤ 1,000,000.00 lifetime room.
    const l = one(claim(ID), {}, HALF);
    expect(money(l)).toEqual(paid('100000.00'));
    expect(l.qualifyingDate).toBe('2026-03-01');
    expect(l.notes).toContainEqual({ code: 'indeterminateRatioSupplied', rule: ID, ratio: '0.5', source: 'parameter art02_1.ratio' });
    // A municipal award does not bring the data product (its project, by default the subject) under 九(四) (A2.1.9).
    expect(l.projectId).toBe('S');
    expect(l.superiorFunded).toBe(false);
  });

  describe('conditions', () => {
    const NEGATIVE: Record<string, Negative> = {
      // Money of 0.00 received is nothing to match (docs/interpretations.md).
      superiorAwardReceived: { claim: { superiorAward: { amount: '0.00', receivedOn: '2026-03-01' } } },
    };

    negativeCases(ID, NEGATIVE, { options: HALF });

    it('a failed condition wins over the missing ratio (ineligible, not indeterminate)', () => {
      const l = one(claim(ID, NEGATIVE.superiorAwardReceived!.claim));
      expect(l.status).toBe('ineligible');
    });

    anyUnit('R6: 「同一单位」 is any unit — a %s is paid', (app) => one(claim(ID), app, HALF), paid('100000.00'));
  });

  describe('named cases (ratio 0.5 unless said)', () => {
    it.each([
      { name: '首挂牌（基础情形）', claim: claim(ID), expected: paid('100000.00') },
      { name: '首入表', claim: claim(ID, { eventKind: 'firstBalanceSheetEntry' }), expected: paid('100000.00') },
      // A2.1.5: 「等」 leaves the list open.
      { name: '清单外的其他“首”类事项（“等”）：同样配套', claim: claim(ID, { eventKind: 'other' }), expected: paid('100000.00') },
      // 0.5 × 1,234,567.89 = 617,283.945 → floor (R7) 617,283.94
      { name: '上级奖励含零头：617,283.945 向下取整到分', claim: award('1234567.89'), expected: paid('617283.94') },
      // 0.5 × 0.01 = 0.005 → 0.00: eligible, nothing to pay
      { name: '上级奖励仅0.01元：配套额取整为0', claim: award('0.01'), expected: { status: 'zero', gross: '0.00', entitlement: '0.00', net: '0.00' } },
      // 0.5 × 2,000,000.00 = 1,000,000.00: lands on the lifetime cap, still paid (§0.7)
      { name: '配套额恰为100万元：全额支付', claim: award('2000000.00'), expected: paid('1000000.00') },
      // 0.5 × 2,000,001.99 = 1,000,000.995 → 1,000,000.99 → over the cap by 0.99
      { name: '配套额超过100万元：核减到100万元', claim: award('2000001.99'),
        expected: { status: 'reduced', gross: '1000000.99', entitlement: '1000000.00', net: '1000000.00' } },
    ])('$name', ({ claim: c, expected }) => {
      expect(money(one(c, {}, HALF))).toEqual(expected);
    });

    it.each([
      // ratio 0.3: 0.3 × 333.33 = 99.999 → 99.99
      ['0.3', '333.33', '99.99'],
      // ratio 0.35: 0.35 × 100.01 = 35.0035 → 35.00
      ['0.35', '100.01', '35.00'],
      // ratio 0.125: 0.125 × 999,999.99 = 124,999.99875 → 124,999.99
      ['0.125', '999999.99', '124999.99'],
    ])('R7: ratio %s × %s is floored to %s', (ratio, amount, expected) => {
      expect(money(one(award(amount), {}, { parameters: { 'art02_1.ratio': ratio } }))).toEqual(paid(expected));
    });
  });

  describe('the 1,000,000 lifetime cap per unit: n−1, n, n+1 fen', () => {
    it.each([
      // ratio 1 (reading b): the line equals the award
      ['999999.99', paid('999999.99'), []],
      ['1000000.00', paid('1000000.00'), []],
      ['1000000.01', { status: 'reduced', gross: '1000000.01', entitlement: '1000000.00', net: '1000000.00' }, [{
        code: 'cumulativeCap', rule: ID, before: '1000000.01', after: '1000000.00', param: 'art02_1.cap',
        scope: 'perUnitLifetime', cap: '1000000.00', prior: '0.00', room: '1000000.00',
      }]],
    ])('award %s at 1:1', (amount, expected, adjustments) => {
      const l = one(award(amount), {}, { readings: { 'A2.1.1': 'b' } });
      expect(money(l)).toEqual(expected);
      expect(l.adjustments).toEqual(adjustments);
    });
  });

  describe('history: 「同一单位所获配套资金奖励总额最高100万元」 is lifetime, per unit, on money paid (A2.1.6, A2.1.8)', () => {
    // This year: 0.5 × 300,000.00 = 150,000.00.
    const c = award('300000.00');

    it('900,000.00 already paid (another data product, 2025) → room 100,000.00: reduced', () => {
      const l = one(c, { history: [earlier('900000.00')] }, HALF);
      expect(money(l)).toEqual({ status: 'reduced', gross: '150000.00', entitlement: '100000.00', net: '100000.00' });
      expect(l.adjustments).toEqual([expect.objectContaining({ code: 'cumulativeCap', scope: 'perUnitLifetime', prior: '900000.00', room: '100000.00' })]);
    });

    it('850,000.00 already paid → room 150,000.00 exactly: paid', () => {
      expect(money(one(c, { history: [earlier('850000.00')] }, HALF))).toEqual(paid('150000.00'));
    });

    it('payments of two earlier years add up: 400,000.00 (2025) + 600,000.00 (2026) → zero', () => {
      const history = [earlier('400000.00'), earlier('600000.00', '600000.00', { awardYear: 2026, subjectId: 'D1' })];
      const l = one(c, { history }, HALF);
      expect(l.status).toBe('zero');
      expect(l.net).toBe('0.00');
    });

    it('a refund gives room back: paid 1,000,000.00, refunded 900,000.00 → net 100,000.00 → room 900,000.00', () => {
      expect(money(one(c, { history: [earlier('1000000.00', '1000000.00', { refunded: '900000.00' })] }, HALF))).toEqual(paid('150000.00'));
    });

    it('R9: entitled 1,000,000.00 but paid 900,000.00 (cut by 九(三)) → room 100,000.00; under R9 = entitlement, zero', () => {
      const history = [earlier('900000.00', '1000000.00')];
      expect(one(c, { history }, HALF).net).toBe('100000.00');
      expect(one(c, { history }, { ...HALF, readings: { R9: 'entitlement' } }).status).toBe('zero');
    });

    it('another clause\'s payments do not count against the 二(一) cap', () => {
      const history = [{ clause: 'art02_2', subjectId: 'S', awardYear: 2025, entitlement: '1000000.00', paid: '1000000.00' }];
      expect(money(one(c, { history }, HALF))).toEqual(paid('150000.00'));
    });

    it('several events in one batch share the room pro rata; leftover fen by subject id (R7)', () => {
      // E1: 0.5 × 1,000,000.00 = 500,000.00; E2: 0.5 × 1,000,000.03 = 500,000.015 → 500,000.01. Σ 1,000,000.01 fen
      // over 100,000,000 fen of room. E1: floor(100,000,000 × 50,000,000 / 100,000,001) = 49,999,999;
      // E2: floor(100,000,000 × 50,000,001 / 100,000,001) = 50,000,000. Σ 99,999,999: one fen left, to E1.
      // → E1 500,000.00 (its formula amount: paid), E2 500,000.00 (reduced by one fen).
      const e2 = award('1000000.03', '2026-03-01', { id: 'a', subjectId: 'E2' });
      const e1 = award('1000000.00', '2026-03-01', { id: 'b', subjectId: 'E1' });
      const r = evaluate(application([e2, e1]), HALF);
      expect(money(lineOf(r, 'b'))).toEqual(paid('500000.00'));
      expect(money(lineOf(r, 'a'))).toEqual({ status: 'reduced', gross: '500000.01', entitlement: '500000.00', net: '500000.00' });
      expect(r.total).toBe('1000000.00');
    });
  });

  describe('readings of the cap\'s scope (A2.1.6): lifetime per unit (default), per year, per event', () => {
    // This year: 0.5 × 300,000.00 = 150,000.00, for subject S.
    const c = award('300000.00');
    const scoped = (scope: string) => ({ ...HALF, readings: { 'A2.1.6': scope } });
    /** Two award years of one unit, each claim received in its award year, ratio 0.5 unless `options` say. */
    const twoYears = (claims2026: Json[], claims2027: Json[], scope: string | null) =>
      evaluateYears({
        beneficiary: beneficiary(),
        years: [
          { awardYear: 2026, approvalDate: '2026-12-01', claims: claims2026 },
          { awardYear: 2027, approvalDate: '2027-12-01', claims: claims2027 },
        ],
      }, scope === null ? HALF : scoped(scope));

    it('default is lifetime: naming it changes nothing; 900,000.00 paid in 2025 for D0 → room 100,000.00', () => {
      const history = [earlier('900000.00')];
      const byDefault = one(c, { history }, HALF);
      expect(money(byDefault)).toEqual({ status: 'reduced', gross: '150000.00', entitlement: '100000.00', net: '100000.00' });
      expect(byDefault.adjustments).toEqual([expect.objectContaining({ code: 'cumulativeCap', scope: 'perUnitLifetime', prior: '900000.00', room: '100000.00' })]);
      expect(one(c, { history }, scoped('lifetime'))).toEqual(byDefault);
    });

    describe('perYear: 1,000,000.00 per unit per award year', () => {
      it('900,000.00 paid in 2025 does not count in 2026: 150,000.00 paid in full (default: 100,000.00)', () => {
        expect(money(one(c, { history: [earlier('900000.00')] }, scoped('perYear')))).toEqual(paid('150000.00'));
      });

      it('900,000.00 paid in an earlier 2026 batch → room 100,000.00: reduced', () => {
        const l = one(c, { history: [earlier('900000.00', '900000.00', { awardYear: 2026 })] }, scoped('perYear'));
        expect(money(l)).toEqual({ status: 'reduced', gross: '150000.00', entitlement: '100000.00', net: '100000.00' });
        expect(l.adjustments).toEqual([{
          code: 'cumulativeCap', rule: ID, before: '150000.00', after: '100000.00', param: 'art02_1.cap',
          scope: 'perBeneficiaryPerYear', cap: '1000000.00', prior: '900000.00', room: '100000.00',
        }]);
      });

      it.each([
        // room 1,000,000.00 − 850,000.00 = 150,000.00: the line fits exactly
        ['850000.00', paid('150000.00')],
        // room 1,000,000.00 − 850,000.01 = 149,999.99: one fen short
        ['850000.01', { status: 'reduced', gross: '150000.00', entitlement: '149999.99', net: '149999.99' }],
      ])('%s paid earlier in 2026 → %o', (earlierYuan, expected) => {
        expect(money(one(c, { history: [earlier(earlierYuan, earlierYuan, { awardYear: 2026 })] }, scoped('perYear')))).toEqual(expected);
      });

      it('evaluateYears: 0.5 × 2,000,000.00 in 2026 and again in 2027 → 1,000,000.00 each year (default: 1,000,000.00, then zero)', () => {
        const y26 = [award('2000000.00', '2026-03-01')];
        const y27 = [award('2000000.00', '2027-03-01', { id: 'c2', subjectId: 'S2' })];
        const perYear = twoYears(y26, y27, 'perYear');
        expect(perYear.years.map((r) => r.total)).toEqual(['1000000.00', '1000000.00']);
        expect(perYear.total).toBe('2000000.00');
        const lifetime = twoYears(y26, y27, null);
        expect(lifetime.years.map((r) => r.total)).toEqual(['1000000.00', '0.00']);
        expect(lineOf(lifetime.years[1]!, 'c2').status).toBe('zero');
      });
    });

    describe('perEvent: 1,000,000.00 per data "first" (the claim\'s subject), over the years', () => {
      it('900,000.00 paid for another event (D0) does not count: 150,000.00 paid in full', () => {
        expect(money(one(c, { history: [earlier('900000.00')] }, scoped('perEvent')))).toEqual(paid('150000.00'));
      });

      it('900,000.00 paid for this event (S, an earlier tranche) → room 100,000.00: reduced', () => {
        const l = one(c, { history: [earlier('900000.00', '900000.00', { subjectId: 'S' })] }, scoped('perEvent'));
        expect(money(l)).toEqual({ status: 'reduced', gross: '150000.00', entitlement: '100000.00', net: '100000.00' });
        expect(l.adjustments).toEqual([{
          code: 'cumulativeCap', rule: ID, before: '150000.00', after: '100000.00', param: 'art02_1.cap',
          scope: 'perSubjectCumulative', cap: '1000000.00', prior: '900000.00', room: '100000.00',
        }]);
      });

      it.each([
        // 1:1 (A2.1.1 b): the line equals the award; the cap is 1,000,000.00 for this one event
        ['1000000.00', paid('1000000.00')],
        ['1000000.01', { status: 'reduced', gross: '1000000.01', entitlement: '1000000.00', net: '1000000.00' }],
      ])('one event, award %s at 1:1 → %o', (amount, expected) => {
        expect(money(one(award(amount), {}, { readings: { 'A2.1.1': 'b', 'A2.1.6': 'perEvent' } }))).toEqual(expected);
      });

      it('two events in one batch at 1:1, 1,000,000.00 each → 2,000,000.00 (default: they share 1,000,000.00)', () => {
        const claims = [award('1000000.00', '2026-03-01', { id: 'a', subjectId: 'E1' }), award('1000000.00', '2026-03-01', { id: 'b', subjectId: 'E2' })];
        const perEvent = evaluate(application(claims), { readings: { 'A2.1.1': 'b', 'A2.1.6': 'perEvent' } });
        expect([lineOf(perEvent, 'a').net, lineOf(perEvent, 'b').net, perEvent.total]).toEqual(['1000000.00', '1000000.00', '2000000.00']);
        // default: room 1,000,000.00 over 2,000,000.00, pro rata → 500,000.00 each
        const lifetime = evaluate(application(claims), { readings: { 'A2.1.1': 'b' } });
        expect([lineOf(lifetime, 'a').net, lineOf(lifetime, 'b').net, lifetime.total]).toEqual(['500000.00', '500000.00', '1000000.00']);
      });

      it('evaluateYears: event S 800,000.00 in 2026; in 2027 S gets its last 200,000.00 and a new event E2 its 500,000.00', () => {
        // 2026: 0.5 × 1,600,000.00 = 800,000.00 (S). 2027: S 0.5 × 1,000,000.00 = 500,000.00 → room 200,000.00;
        // E2 0.5 × 1,000,000.00 = 500,000.00, room 1,000,000.00 → 700,000.00.
        // Default (lifetime): 2027 room 200,000.00 shared pro rata by S and E2 → 100,000.00 each.
        const y26 = [award('1600000.00', '2026-03-01')];
        const y27 = [award('1000000.00', '2027-03-01', { id: 'c' }), award('1000000.00', '2027-03-01', { id: 'e', subjectId: 'E2' })];
        const perEvent = twoYears(y26, y27, 'perEvent');
        expect(lineOf(perEvent.years[1]!, 'c').net).toBe('200000.00');
        expect(lineOf(perEvent.years[1]!, 'e').net).toBe('500000.00');
        expect(perEvent.total).toBe('1500000.00');
        const lifetime = twoYears(y26, y27, null);
        expect(lifetime.years.map((r) => r.total)).toEqual(['800000.00', '200000.00']);
        expect(lifetime.total).toBe('1000000.00');
      });
    });
  });

  describe('readings of the ratio (A2.1.1)', () => {
    it.each([
      // b: 1:1 → 200,000.00; c: 1:0.5 → 100,000.00
      ['b', '200000.00', '1'],
      ['c', '100000.00', '0.5'],
    ])('reading %s: 200,000.00 → %s, recorded as supplied by the reading', (reading, net, ratio) => {
      const l = one(claim(ID), {}, { readings: { 'A2.1.1': reading } });
      expect(money(l)).toEqual(paid(net));
      expect(l.notes).toContainEqual({ code: 'indeterminateRatioSupplied', rule: ID, ratio, source: `reading A2.1.1 ${reading}` });
    });

    it('a reading wins over a parameter: reading b with ratio 0.3 set → 1:1', () => {
      expect(one(claim(ID), {}, { parameters: { 'art02_1.ratio': '0.3' }, readings: { 'A2.1.1': 'b' } }).net).toBe('200000.00');
    });
  });

  describe('R3: higher-level money approved but not received', () => {
    it('no receivedOn → pending, 0.00', () => {
      const l = one(award('200000.00', null), {}, HALF);
      expect(money(l)).toEqual({ status: 'pending', gross: '0.00', entitlement: '0.00', net: '0.00' });
      expect(l.reasons).toEqual([{ code: 'pending', rule: ID, missing: 'superiorAward.receivedOn' }]);
    });

    it('no receivedOn and no ratio → indeterminate (the ratio is checked first)', () => {
      expect(one(award('200000.00', null)).status).toBe('indeterminate');
    });
  });

  describe('九(四): a national or provincial award makes the data product a project (A2.1.9, A9.4.1)', () => {
    it.each(['national', 'provincial'])('%s award with the project\'s audited investment: paid', (superiorLevel) => {
      const l = one(claim(ID, { superiorLevel }), {}, HALF);
      expect(money(l)).toEqual(paid('100000.00'));
      expect(l.projectId).toBe('S');
    });

    it.each(['national', 'provincial'])('%s award without an audited investment → pending (A9.4.4)', (superiorLevel) => {
      const l = one(claim(ID, { superiorLevel }), { projects: [] }, HALF);
      expect(l.status).toBe('pending');
      expect(l.reasons).toContainEqual({ code: 'pending', rule: 'art09_4', missing: 'projects[S].auditedInvestment' });
    });

    it('a municipal award needs no audited investment', () => {
      expect(money(one(claim(ID), { projects: [] }, HALF))).toEqual(paid('100000.00'));
    });

    it('the project is keyed by projectId when given; an audited investment of 60,000.00 cuts 100,000.00', () => {
      const c = claim(ID, { superiorLevel: 'national', projectId: 'P9' });
      const l = one(c, { projects: [{ id: 'P9', auditedInvestment: '60000.00' }] }, HALF);
      expect(money(l)).toEqual({ status: 'reduced', gross: '100000.00', entitlement: '100000.00', net: '60000.00' });
      expect(l.adjustments).toContainEqual(expect.objectContaining({ code: 'auditedInvestment', rule: 'art09_4', projectId: 'P9', room: '60000.00' }));
    });
  });

  describe('validity window 九(七): the anchor is the date the higher-level money was received', () => {
    it.each([
      { receivedOn: '2025-06-30', app: {}, inside: false },
      { receivedOn: '2025-07-01', app: {}, inside: true },
      { receivedOn: '2028-06-30', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: true },
      { receivedOn: '2028-07-01', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: false },
    ])('received $receivedOn → inside = $inside', ({ receivedOn, app, inside }) => {
      const l = one(award('200000.00', receivedOn), app, HALF);
      if (inside) expect(money(l)).toEqual(paid('100000.00'));
      else {
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: receivedOn, ...DEFAULT_WINDOW });
      }
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // 0.5 × 200,000.00 received from the city.
    explanationData(ID, { basis: { superiorLevel: 'municipal', superiorAward: '200000.00', ratio: '0.5' }, q: '2026-03-01', conditions: ['superiorAwardReceived'], net: '100000.00' }, HALF);

    it('a ratio left unset is shown as unset; readings A2.1.1 b and c show the ratio they set', () => {
      expect(one(claim(ID)).basis).toMatchObject({ ratio: 'unset' });
      expect(one(claim(ID), {}, { readings: { 'A2.1.1': 'b' } }).basis).toMatchObject({ ratio: '1' });
      expect(one(claim(ID), {}, { readings: { 'A2.1.1': 'c' } }).basis).toMatchObject({ ratio: '0.5' });
    });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('perYear (A2.1.6)', claim(ID), '100000.00', { options: { readings: { 'A2.1.6': 'perYear', 'A2.1.1': 'c' } } });
    ignoresOtherClauses('perEvent (A2.1.6)', claim(ID), '100000.00', { options: { readings: { 'A2.1.6': 'perEvent', 'A2.1.1': 'c' } } });
  });
});
