/**
 * 八(三) 打造生态合作交流平台 — 「符合以上条件并经管委会备案同意的，按每次活动费用总额的50%给予承办单位不超过150万元的补助。」
 * Register § 八(三): PCT 50 % of the event cost borne by the host (A8.3.3 net; reading gross = 总额), floored to the
 * fen (R7), at most 1,500,000.00 per event (A8.3.2); national/provincial level for every event type (A8.3.1;
 * reading conferenceOnly), held in the district, 承办 only (A8.3.5), filed and approved no later than the event
 * (A8.3.4); any in-scope unit (R6), with the A1.2 subject test. Anchor: the event date (A9.7.3).
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { beneficiary, claim, lineOf, one, type Json } from '../helpers.js';
import { money, paid, type Want, run, negativeCases, windowEdges, explanationData, ignoresOtherClauses, type Negative } from './support.js';

const ID = 'art08_3';
const base = (over: Json = {}): Json => claim(ID, over);
const borne = (amount: string): Json => ({ totalCost: amount, costBorneByHost: amount });

describe('art08_3 八(三)', () => {
  it('base case: a national academic conference hosted in the district, filed beforehand, host bore 800,000.00 of 1,000,000.00', () => {
    // A8.3.3 net: base = 800,000.00 borne by the host; 50 % × 800,000.00 = 400,000.00 ≤ 1,500,000.00.
    const line = one(base());
    expect(line).toMatchObject({ item: '八(三)', status: 'paid', gross: '400000.00', entitlement: '400000.00', net: '400000.00', failed: [] });
    expect(line.adjustments).toEqual([]);
    expect(line.qualifyingDate).toBe('2026-03-01');
  });

  it.each<[string, Json, Json, EvaluateOptions | undefined, Want]>([
    ['省级人工智能行业大赛 → 400,000.00', { eventLevel: 'provincial', eventType: 'industryCompetition' }, {}, undefined, { status: 'paid', net: '400000.00' }],
    ['“数据要素×”大赛、招商引资等各类活动均可', { eventType: 'dataElementsCompetition' }, {}, undefined, { status: 'paid', net: '400000.00' }],
    // 50 % × 1,000,000.00 = 500,000.00
    ['A8.3.3 gross：按活动费用总额 1,000,000.00 计 → 500,000.00', {}, {}, { readings: { 'A8.3.3': 'gross' } }, { status: 'paid', gross: '500000.00', net: '500000.00' }],
    ['A8.3.1 conferenceOnly：非国家、省级的行业大赛亦可', { eventLevel: 'other', eventType: 'industryCompetition' }, {}, { readings: { 'A8.3.1': 'conferenceOnly' } },
      { status: 'paid', net: '400000.00' }],
    ['A8.3.1 conferenceOnly：非国家、省级的学术会议仍不可', { eventLevel: 'other' }, {}, { readings: { 'A8.3.1': 'conferenceOnly' } },
      { status: 'ineligible', net: '0.00' }],
    ['默认：非国家、省级的行业大赛不可', { eventLevel: 'other', eventType: 'industryCompetition' }, {}, undefined, { status: 'ineligible', net: '0.00' }],
    ['承办单位为行业协会（社会组织，A8.3.6）', {}, { beneficiary: beneficiary({ legalForm: 'socialOrganization' }) }, undefined, { status: 'paid', net: '400000.00' }],
    ['承办单位主营非AI，活动属所列领域（A1.2 b）', { subjectInAiField: true }, { beneficiary: beneficiary({ mainBusinessFields: [] }) }, undefined, { status: 'paid', net: '400000.00' }],
    // floor(0.5 × 33,333,333 fen) = floor(16,666,666.5) = 16,666,666 fen
    ['费用 333,333.33 → 166,666.66（向下取整到分）', borne('333333.33'), {}, undefined, { status: 'paid', gross: '166666.66', net: '166666.66' }],
    // floor(0.5 × 1) = 0; floor(0.5 × 2) = 1 fen
    ['费用 0.01 → 不足一分，为零', borne('0.01'), {}, undefined, { status: 'zero', gross: '0.00', net: '0.00' }],
    ['费用 0.02 → 0.01', borne('0.02'), {}, undefined, { status: 'paid', net: '0.01' }],
    // 九(三) applies to associations (not R&D institutions): contribution 100,000.00 → cut to 100,000.00
    ['协会区级综合贡献额仅 100,000.00 → 九(三) 核减为 100,000.00',
      {}, { beneficiary: beneficiary({ legalForm: 'socialOrganization', districtContribution: { '2025': '100000.00' } }) }, undefined,
      { status: 'reduced', entitlement: '400000.00', net: '100000.00' }],
  ])('%s', (_name, over, app, options, want) => {
    expect(one(base(over), app, options)).toMatchObject(want);
  });

  describe('generated negative case for each condition', () => {
    const NEGATIVES: Record<string, Negative> = {
      nationalOrProvincialLevel: { claim: { eventLevel: 'other' } },
      heldInDistrict: { claim: { heldInDistrict: false } },
      host: { claim: { hostRole: 'organizerOnly' } },
      filedBeforeEvent: { claim: { filedAndApprovedOn: '2026-03-02', heldOn: '2026-03-01' } },
    };

    negativeCases(ID, NEGATIVES);

    it('never filed with the management committee → filedBeforeEvent fails', () => {
      const c = base();
      delete c.filedAndApprovedOn;
      expect(one(c)).toMatchObject({ status: 'ineligible', failed: ['filedBeforeEvent'] });
    });
  });

  describe('thresholds: filing date against the event date (A8.3.4) and the 1,500,000.00 cap', () => {
    it.each<[string, string, string]>([
      ['filed the day before the event', '2026-02-28', 'paid'],
      ['filed on the day of the event', '2026-03-01', 'paid'],
      ['filed the day after the event', '2026-03-02', 'ineligible'],
    ])('%s → %s', (_name, filed, status) => {
      expect(one(base({ filedAndApprovedOn: filed })).status).toBe(status);
    });

    it.each<[string, string, Want]>([
      // floor(0.5 × 299,999,999 fen) = floor(149,999,999.5) = 149,999,999 fen
      ['费用 2,999,999.99 → 1,499,999.99', '2999999.99', { status: 'paid', gross: '1499999.99', net: '1499999.99' }],
      ['费用 3,000,000.00 → 恰为上限，paid', '3000000.00', { status: 'paid', gross: '1500000.00', entitlement: '1500000.00', net: '1500000.00' }],
      // floor(0.5 × 300,000,001 fen) = floor(150,000,000.5) = 150,000,000 fen
      ['费用 3,000,000.01 → 取整后恰为上限，paid', '3000000.01', { status: 'paid', gross: '1500000.00', net: '1500000.00' }],
      // floor(0.5 × 300,000,002 fen) = 150,000,001 fen
      ['费用 3,000,000.02 → 1,500,000.01 超一分，reduced', '3000000.02', { status: 'reduced', gross: '1500000.01', entitlement: '1500000.00', net: '1500000.00' }],
    ])('%s', (_name, amount, want) => {
      expect(one(base(borne(amount)))).toMatchObject(want);
    });

    it('the cut is an itemCap adjustment of 八(三)', () => {
      expect(one(base(borne('3000000.02'))).adjustments).toEqual([
        { code: 'itemCap', rule: ID, before: '1500000.01', after: '1500000.00', param: 'art08_3.cap', cap: '1500000.00' },
      ]);
    });

    it('the cap is per event (A8.3.2): two capped events of one host are both paid in full', () => {
      const r = run([base({ id: 'a', subjectId: 'E1', ...borne('4000000.00') }), base({ id: 'b', subjectId: 'E2', ...borne('4000000.00') })]);
      expect(lineOf(r, 'a').net).toBe('1500000.00');
      expect(lineOf(r, 'b').net).toBe('1500000.00');
      expect(r.total).toBe('3000000.00');
    });
  });

  describe('the cap is shared by every claim for one event (A8.3.2 a: 「每次活动」), in a batch and over batches', () => {
    it('two claims for event E1 of 1,000,000.00 each share 1,500,000.00 pro rata: 750,000.00 each', () => {
      const r = run([base({ id: 'a', subjectId: 'E1', ...borne('2000000.00') }), base({ id: 'b', subjectId: 'E1', ...borne('2000000.00') })]);
      expect(lineOf(r, 'a')).toMatchObject({ status: 'reduced', gross: '1000000.00', entitlement: '750000.00', net: '750000.00' });
      expect(lineOf(r, 'b')).toMatchObject({ status: 'reduced', net: '750000.00' });
      expect(lineOf(r, 'a').adjustments).toEqual([{ code: 'cumulativeCap', rule: ID, before: '1000000.00', after: '750000.00',
        param: 'art08_3.cap', scope: 'perItem', cap: '1500000.00', prior: '0.00', room: '1500000.00' }]);
      expect(r.total).toBe('1500000.00');
    });

    it('exactly at the cap together (750,000.00 + 750,000.00): nothing is cut', () => {
      const r = run([base({ id: 'a', subjectId: 'E1', ...borne('1500000.00') }), base({ id: 'b', subjectId: 'E1', ...borne('1500000.00') })]);
      expect(r.lines.map((l) => [l.status, l.net])).toEqual([['paid', '750000.00'], ['paid', '750000.00']]);
    });

    it('one fen over the cap together: shares floored, the leftover fen to the first claim (R7)', () => {
      // 750,000.01 + 750,000.00 = 1,500,000.01 > 1,500,000.00. Shares: floor(150,000,000 × 75,000,001 / 150,000,001)
      // = 75,000,000 fen and floor(150,000,000 × 75,000,000 / 150,000,001) = 74,999,999 fen; the leftover fen goes
      // to claim a (same clause and event: claim id order), which is then paid in full.
      const r = run([base({ id: 'a', subjectId: 'E1', ...borne('1500000.02') }), base({ id: 'b', subjectId: 'E1', ...borne('1500000.00') })]);
      expect(lineOf(r, 'a')).toMatchObject({ status: 'paid', net: '750000.01' });
      expect(lineOf(r, 'b')).toMatchObject({ status: 'reduced', net: '749999.99' });
      expect(r.total).toBe('1500000.00');
    });

    it('an event already paid 1,500,000.00 gets nothing more; one paid 1,000,000.00 gets at most 500,000.00', () => {
      const paid = (amount: string) => [{ clause: ID, subjectId: 'E1', awardYear: 2026, entitlement: amount, paid: amount }];
      expect(one(base({ subjectId: 'E1', ...borne('2000000.00') }), { history: paid('1500000.00') })).toMatchObject({ status: 'zero', net: '0.00' });
      expect(one(base({ subjectId: 'E1', ...borne('2000000.00') }), { history: paid('1000000.00') })).toMatchObject({ status: 'reduced', net: '500000.00' });
      // Another event's history does not count.
      const other = [{ clause: ID, subjectId: 'E0', awardYear: 2026, entitlement: '1500000.00', paid: '1500000.00' }];
      expect(one(base({ subjectId: 'E1', ...borne('2000000.00') }), { history: other })).toMatchObject({ status: 'paid', net: '1000000.00' });
    });

    it('A8.3.2 b (per host per year): two events of one host share 1,500,000.00 in the award year', () => {
      const options = { readings: { 'A8.3.2': 'b' } } as const;
      const r = run([base({ id: 'a', subjectId: 'E1', ...borne('2000000.00') }), base({ id: 'b', subjectId: 'E2', ...borne('2000000.00') })], {}, options);
      expect(r.total).toBe('1500000.00');
      expect(lineOf(r, 'a').adjustments[0]).toMatchObject({ code: 'cumulativeCap', scope: 'perBeneficiaryPerYear', room: '1500000.00' });
      const lastYear = [{ clause: ID, subjectId: 'E0', awardYear: 2025, entitlement: '1500000.00', paid: '1500000.00' }];
      const thisYear = [{ clause: ID, subjectId: 'E0', awardYear: 2026, entitlement: '1500000.00', paid: '1500000.00' }];
      expect(one(base({ subjectId: 'E1' }), { history: lastYear }, options)).toMatchObject({ status: 'paid', net: '400000.00' });
      expect(one(base({ subjectId: 'E1' }), { history: thisYear }, options)).toMatchObject({ status: 'zero', net: '0.00' });
    });
  });

  describe('validity window 九(七) on the event date', () => {
    windowEdges('held', (date) => base({ filedAndApprovedOn: '2025-06-01', heldOn: date }), '400000.00');
  });

  describe('A1.2: the main-business test met by the event', () => {
    const outside = { beneficiary: beneficiary({ mainBusinessFields: [] }) };

    it('reading a: out of scope', () => {
      const line = one(base({ subjectInAiField: true }), outside, { readings: { 'A1.2': 'a' } });
      expect(line.status).toBe('ineligible');
      expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
    });

    it.each([[false], [undefined]])('subjectInAiField %s → out of scope', (flag) => {
      const line = one(base(flag === undefined ? {} : { subjectInAiField: flag }), outside);
      expect(line.status).toBe('ineligible');
      expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
    });

    it('an unincorporated alliance has no legal personality (A1.6) → out of scope', () => {
      const line = one(base(), { beneficiary: beneficiary({ legalForm: 'unincorporated' }) });
      expect(line.status).toBe('ineligible');
      expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['independentLegalPerson'] });
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // 50 % of the 800,000.00 the host bore; an event funds no project.
    explanationData(ID, { basis: { eventLevel: 'national', cost: '800000.00', rate: '0.50' }, q: '2026-03-01', project: null, conditions: ['nationalOrProvincialLevel', 'heldInDistrict', 'host', 'filedBeforeEvent'], net: '400000.00' });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('per event (A8.3.2 a)', claim(ID), '400000.00');
    ignoresOtherClauses('per host per year (A8.3.2 b)', claim(ID), '400000.00', { options: { readings: { 'A8.3.2': 'b' } } });

    it('per host per year (A8.3.2 b): 1,400,000.00 already paid this year → room 100,000.00, the cut names art08_3.cap', () => {
      // Cap 1,500,000.00; prior 1,400,000.00 → room 100,000.00 < 400,000.00.
      const history = [{ clause: ID, subjectId: 'E0', awardYear: 2026, entitlement: '1400000.00', paid: '1400000.00' }];
      const l = one(claim(ID), { history }, { readings: { 'A8.3.2': 'b' } });
      expect(money(l)).toStrictEqual({ status: 'reduced', gross: '400000.00', entitlement: '100000.00', net: '100000.00' });
      const cut = l.adjustments.find((a) => a.code === 'cumulativeCap');
      expect(cut).toMatchObject({ param: 'art08_3.cap', scope: 'perBeneficiaryPerYear' });
    });
  });
});
