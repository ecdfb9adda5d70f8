/**
 * 六(四)b 支持示范应用推广（“机器换人”示范项目配套） — 「对入选省“机器换人”示范项目的，按照省级支持资金给予1:1配套支持。」
 * Register § 六(四): MATCH 1:1 of provincial support actually received (R3: approved but not received → pending),
 * no cap of its own; 九(四) always applies (A6.4.7: no audited investment → pending, A9.4.4 a); OG3 with 五(一)
 * (A6.4.6); the A1.2 subject test (A6.4.5). Anchor: the date the provincial money was received (A9.7.3).
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { application, beneficiary, bigProject, claim, lineOf, one, type Json, evaluate } from '../helpers.js';
import { type Want, negativeCases, windowEdges, explanationData, type Negative } from './support.js';

const ID = 'art06_4b';
const base = (over: Json = {}): Json => claim(ID, over);
const support = (amount: string, receivedOn = '2026-03-01') => ({ provincialSupport: { amount, receivedOn } });
const run = (claims: Json[], app: Json = {}, options?: EvaluateOptions) =>
  evaluate(application(claims, { projects: [bigProject()], ...app }), options);

describe('art06_4b 六(四)b', () => {
  it('base case: provincial support of 600,000.00 received is matched 1:1', () => {
    // 1:1 → district = 100 % × 600,000.00 = 600,000.00; no cap of its own; audited investment large.
    const line = one(base());
    expect(line).toMatchObject({ item: '六(四)b', status: 'paid', gross: '600000.00', entitlement: '600000.00', net: '600000.00', failed: [] });
    expect(line.adjustments).toEqual([]);
    expect(line.qualifyingDate).toBe('2026-03-01');
    expect(line.projectId).toBe('S');
  });

  it.each<[string, Json, Json, EvaluateOptions | undefined, Want]>([
    ['任意分值按 1:1 原样配套', support('123456.78'), {}, undefined, { status: 'paid', gross: '123456.78', net: '123456.78' }],
    ['无上限：省级支持 30,000,000.00 → 30,000,000.00', support('30000000.00'), {}, undefined, { status: 'paid', net: '30000000.00' }],
    // parameter set to 1:0.5 for a reform: floor(0.5 × 33,333,333 fen) = floor(16,666,666.5) = 16,666,666 fen
    ['比例参数改为 0.5 时向下取整到分：333,333.33 → 166,666.66', support('333333.33'), {}, { parameters: { 'art06_4b.ratio': '0.5' } },
      { status: 'paid', gross: '166666.66', net: '166666.66' }],
    ['项目业主为制造业企业（主营非AI），受奖项目属所列领域（A1.2 b）', { subjectInAiField: true }, { beneficiary: beneficiary({ mainBusinessFields: [] }) }, undefined,
      { status: 'paid', net: '600000.00' }],
    ['项目业主为事业单位：受益人为任一单位', {}, { beneficiary: beneficiary({ legalForm: 'publicInstitution' }) }, undefined, { status: 'paid', net: '600000.00' }],
    ['入选日期早于有效期，资金到账在有效期内：以到账日为准', { selectedOn: '2025-03-01', ...support('600000.00', '2025-07-01') }, {}, undefined,
      { status: 'paid', net: '600000.00' }],
  ])('%s', (_name, over, app, options, want) => {
    expect(one(base(over), app, options)).toMatchObject(want);
  });

  describe('generated negative case for each condition', () => {
    const NEGATIVES: Record<string, Negative> = {
      selectedProvincial: { claim: { selectedProvincial: false } },
      provincialSupportReceived: { claim: support('0.00') },
    };

    negativeCases(ID, NEGATIVES);
  });

  it.each<[string, string, Want]>([
    ['省级支持 0.00 → 无可配套（A6.4.4）', '0.00', { status: 'ineligible', net: '0.00' }],
    ['省级支持 0.01 → 0.01', '0.01', { status: 'paid', net: '0.01' }],
    ['省级支持 0.02 → 0.02', '0.02', { status: 'paid', net: '0.02' }],
  ])('threshold: %s', (_name, amount, want) => {
    expect(one(base(support(amount)))).toMatchObject(want);
  });

  it('provincial support approved but not yet received (R3) → pending', () => {
    const line = one(base({ provincialSupport: { amount: '600000.00' } }));
    expect(line).toMatchObject({ status: 'pending', net: '0.00' });
    expect(line.reasons).toContainEqual({ code: 'pending', rule: ID, missing: 'provincialSupport.receivedOn' });
  });

  describe('九(四): the project needs an audited investment (A6.4.7, A9.4.4)', () => {
    it('no project with an audited investment → pending', () => {
      const line = one(base(), { projects: [] });
      expect(line).toMatchObject({ status: 'pending', net: '0.00' });
      expect(line.reasons).toContainEqual({ code: 'pending', rule: 'art09_4', missing: 'projects[S].auditedInvestment' });
    });

    it('the project is keyed by projectId when given', () => {
      expect(one(base({ projectId: 'P1' }))).toMatchObject({ status: 'paid', net: '600000.00', projectId: 'P1' });
      const missing = one(base({ projectId: 'P1' }), { projects: [bigProject('S')] });
      expect(missing.status).toBe('pending');
      expect(missing.reasons).toContainEqual({ code: 'pending', rule: 'art09_4', missing: 'projects[P1].auditedInvestment' });
    });

    it('A9.4.4 b: without an audited investment the ceiling is not applied and the line is paid, with a note', () => {
      const line = one(base(), { projects: [] }, { readings: { 'A9.4.4': 'b' } });
      expect(line).toMatchObject({ status: 'paid', net: '600000.00' });
      expect(line.notes).toContainEqual({ code: 'auditedInvestmentNotApplied', rule: 'art09_4', projectId: 'S' });
    });

    it.each<[string, Want]>([
      ['599999.99', { status: 'reduced', entitlement: '600000.00', net: '599999.99' }],
      ['600000.00', { status: 'paid', net: '600000.00' }],
      ['600000.01', { status: 'paid', net: '600000.00' }],
    ])('audited investment %s', (investment, want) => {
      expect(one(base(), { projects: [{ id: 'S', auditedInvestment: investment }] })).toMatchObject(want);
    });

    it('district money already paid to the project in earlier years uses up the room', () => {
      // room = 800,000.00 − 400,000.00 paid earlier = 400,000.00 < 600,000.00
      const line = one(base(), {
        projects: [{ id: 'S', auditedInvestment: '800000.00' }],
        history: [{ clause: ID, subjectId: 'S', projectId: 'S', awardYear: 2025, entitlement: '400000.00', paid: '400000.00' }],
      });
      expect(line).toMatchObject({ status: 'reduced', net: '400000.00' });
      expect(line.adjustments).toEqual([{ code: 'auditedInvestment', rule: 'art09_4', before: '600000.00', after: '400000.00',
        projectId: 'S', investment: '800000.00', prior: '400000.00', room: '400000.00' }]);
    });

    it('a later provincial tranche is matched again: no one-time rule, no cap of its own', () => {
      const line = one(base(support('300000.00')), {
        history: [{ clause: ID, subjectId: 'S', awardYear: 2025, entitlement: '600000.00', paid: '600000.00' }],
      });
      expect(line).toMatchObject({ status: 'paid', net: '300000.00' });
    });
  });

  describe('OG3 with 五(一) for the same project (A6.4.6, §9.3)', () => {
    const scenario = (over: Json = {}) => claim('art05_1', { id: 's', ...over });

    it('五(一) provincial 1,000,000.00 beats 六(四)b 600,000.00: 六(四)b is zero', () => {
      const r = run([scenario(), base()]);
      expect(lineOf(r, 's')).toMatchObject({ status: 'paid', net: '1000000.00' });
      expect(lineOf(r, 'c')).toMatchObject({ status: 'zero', entitlement: '600000.00', net: '0.00' });
      expect(lineOf(r, 'c').adjustments).toEqual([{ code: 'overlap', rule: 'art09_1', before: '600000.00', after: '0.00', group: 'OG3', other: '0.00', room: '1000000.00' }]);
      expect(r.total).toBe('1000000.00');
    });

    it('六(四)b 1,500,000.00 beats 五(一) 1,000,000.00: 五(一) is zero', () => {
      const r = run([scenario(), base(support('1500000.00'))]);
      expect(lineOf(r, 'c')).toMatchObject({ status: 'paid', net: '1500000.00' });
      expect(lineOf(r, 's')).toMatchObject({ status: 'zero', net: '0.00' });
      expect(r.total).toBe('1500000.00');
    });

    it.each<[string, string, Want]>([
      // group room = max entitlement 1,000,000.00 − 1,000,000.00 already paid = 0
      ['五(一) 1,000,000.00 paid last year; 六(四)b 600,000.00 now → zero', '600000.00', { status: 'zero', entitlement: '600000.00', net: '0.00' }],
      // group room = max(1,000,000.00, 1,500,000.00) − 1,000,000.00 = 500,000.00 (top-up)
      ['五(一) 1,000,000.00 paid last year; 六(四)b 1,500,000.00 now → top-up 500,000.00', '1500000.00', { status: 'reduced', net: '500000.00' }],
    ])('across years (§9.3 group rule): %s', (_name, amount, want) => {
      const history = [{ clause: 'art05_1', subjectId: 'S', awardYear: 2025, entitlement: '1000000.00', paid: '1000000.00', tier: 'provincial' }];
      expect(one(base(support(amount)), { history })).toMatchObject(want);
    });

    it('a different project is not an overlap', () => {
      const r = run([scenario({ subjectId: 'OTHER' }), base()]);
      expect(r.total).toBe('1600000.00');
    });

    it('A9.1.1 a (就高 only across policies): both are paid', () => {
      const r = run([scenario(), base()], {}, { readings: { 'A9.1.1': 'a' } });
      expect(lineOf(r, 'c')).toMatchObject({ status: 'paid', net: '600000.00' });
      expect(r.total).toBe('1600000.00');
    });
  });

  describe('validity window 九(七) on the date the provincial money was received', () => {
    windowEdges('received', (date) => base({ selectedOn: '2025-01-10', ...support('600000.00', date) }), '600000.00');
  });

  describe('A1.2: the main-business test met by the rewarded project', () => {
    const outside = { beneficiary: beneficiary({ mainBusinessFields: [] }) };

    it('default reading b: subjectInAiField true → in scope', () => {
      expect(one(base({ subjectInAiField: true }), outside)).toMatchObject({ status: 'paid', net: '600000.00' });
    });

    it('reading a: the entity itself must have a listed main business → out of scope', () => {
      const line = one(base({ subjectInAiField: true }), outside, { readings: { 'A1.2': 'a' } });
      expect(line.status).toBe('ineligible');
      expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
    });

    it.each([[false], [undefined]])('subjectInAiField %s → out of scope', (flag) => {
      const c = base(flag === undefined ? {} : { subjectInAiField: flag });
      const line = one(c, outside);
      expect(line.status).toBe('ineligible');
      expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // 1:1 of 600,000.00 provincial support.
    explanationData(ID, { basis: { provincialSupport: '600000.00', ratio: '1' }, q: '2026-03-01', superiorFunded: true, conditions: ['selectedProvincial', 'provincialSupportReceived'], net: '600000.00' });
  });
});
