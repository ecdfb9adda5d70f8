/**
 * 七(一) 支持人工智能全产业链园区建设 — 「对获批国家、省级人工智能示范性园区的，分别给予500万元、300万元的一次性奖励。」
 * Register § 七(一): TIER (fixed, no 最高) 5,000,000.00 / 3,000,000.00, once per park; provincial then national
 * pays the difference (A7.1.2 a), reading b pays both; 补差 subtracts what was paid (R9); the park operator may
 * meet the main-business test through the park (A1.2). Anchor: the designation date (A9.7.3).
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { beneficiary, claim, lineOf, one, type Json } from '../helpers.js';
import { type Want, run, windowEdges, explanationData, ignoresOtherClauses } from './support.js';

const ID = 'art07_1';
/** A 七(一) claim with one designation (D9: the park's designations are a list). */
const base = ({ level = 'provincial', designatedOn = '2026-03-01', ...over }: Json = {}): Json =>
  claim(ID, { designations: [{ level, designatedOn }], ...over });
const earlier = (over: Json = {}): Json => ({ clause: ID, subjectId: 'S', awardYear: 2025, entitlement: '3000000.00', paid: '3000000.00', tier: 'provincial', ...over });

describe('art07_1 七(一)', () => {
  it('base case: a provincial AI demonstration park → 3,000,000.00', () => {
    // 省级 300万元 = 3,000,000.00, fixed.
    const line = one(base());
    expect(line).toMatchObject({ item: '七(一)', status: 'paid', gross: '3000000.00', entitlement: '3000000.00', net: '3000000.00', failed: [] });
    expect(line.adjustments).toEqual([]);
    expect(line.qualifyingDate).toBe('2026-03-01');
    expect(line.tier).toBe('provincial');
  });

  it.each<[string, Json, Json, EvaluateOptions | undefined, Want]>([
    ['国家级示范性园区 → 5,000,000.00', { level: 'national' }, {}, undefined, { status: 'paid', gross: '5000000.00', net: '5000000.00' }],
    ['运营单位为国资平台（事业单位形式）：受益人为任一单位', {}, { beneficiary: beneficiary({ legalForm: 'publicInstitution' }) }, undefined, { status: 'paid', net: '3000000.00' }],
    ['运营单位主营非AI，园区属所列领域（A1.2 b）', { subjectInAiField: true }, { beneficiary: beneficiary({ mainBusinessFields: [] }) }, undefined, { status: 'paid', net: '3000000.00' }],
  ])('%s', (_name, over, app, options, want) => {
    expect(one(base(over), app, options)).toMatchObject(want);
  });

  it('generated negatives: its one condition is a designation (the level is the tier); D9: an empty list → ineligible', () => {
    expect(one(base()).conditions).toEqual([{ id: 'designated', met: true }]);
    expect(one(base({ level: 'national' })).conditions).toEqual([{ id: 'designated', met: true }]);
    const l = one(claim(ID, { designations: [] }));
    expect(l).toMatchObject({ status: 'ineligible', failed: ['designated'], gross: '0.00', net: '0.00' });
  });

  describe('validity window 九(七) on the designation date', () => {
    windowEdges('designated', (date) => base({ designatedOn: date }), '3000000.00');
  });

  describe('tier ladder (A7.1.2 a) and one-time per park', () => {
    it.each<[string, Json, Json[], EvaluateOptions | undefined, Want]>([
      // 5,000,000.00 − 3,000,000.00 = 2,000,000.00
      ['先省级已付 3,000,000.00，后国家级 → 补差 2,000,000.00', { level: 'national' }, [earlier()], undefined,
        { status: 'reduced', gross: '5000000.00', entitlement: '2000000.00', net: '2000000.00' }],
      // R9 paid: 5,000,000.00 − 2,400,000.00 = 2,600,000.00
      ['省级应得 3,000,000.00 实付 2,400,000.00（九(三)核减）→ 国家级补差 2,600,000.00', { level: 'national' }, [earlier({ paid: '2400000.00' })], undefined,
        { status: 'reduced', net: '2600000.00' }],
      // R9 = entitlement: 5,000,000.00 − 3,000,000.00 = 2,000,000.00
      ['R9 = entitlement → 2,000,000.00', { level: 'national' }, [earlier({ paid: '2400000.00' })], { readings: { R9: 'entitlement' } },
        { status: 'reduced', net: '2000000.00' }],
      ['A7.1.2 b：两级分别全额 → 国家级 5,000,000.00', { level: 'national' }, [earlier()], { readings: { 'A7.1.2': 'b' } },
        { status: 'paid', net: '5000000.00' }],
      ['省级重复获批 → 零', {}, [earlier()], undefined, { status: 'zero', entitlement: '0.00', net: '0.00' }],
      ['A7.1.2 b：省级重复获批仍为零', {}, [earlier()], { readings: { 'A7.1.2': 'b' } }, { status: 'zero', net: '0.00' }],
      ['国家级重复获批 → 零', { level: 'national' }, [earlier({ entitlement: '5000000.00', paid: '5000000.00', tier: 'national' })], undefined,
        { status: 'zero', net: '0.00' }],
      ['先国家级后省级 → 零', {}, [earlier({ entitlement: '5000000.00', paid: '5000000.00', tier: 'national' })], undefined,
        { status: 'zero', net: '0.00' }],
      ['另一园区的历史不影响', { level: 'national' }, [earlier({ subjectId: 'PARK2' })], undefined, { status: 'paid', net: '5000000.00' }],
    ])('%s', (_name, over, history, options, want) => {
      expect(one(base(over), { history }, options)).toMatchObject(want);
    });

    it('the difference payment is a ladder adjustment of 七(一) naming the prior payment', () => {
      expect(one(base({ level: 'national' }), { history: [earlier()] }).adjustments).toEqual([
        { code: 'ladder', rule: ID, before: '5000000.00', after: '2000000.00', prior: '3000000.00', best: true, alreadyAwarded: false },
      ]);
    });

    it('both levels in one batch: national 5,000,000.00 paid, provincial zero', () => {
      const r = run([base({ id: 'p' }), base({ id: 'n', level: 'national' })]);
      expect(lineOf(r, 'n')).toMatchObject({ status: 'paid', net: '5000000.00' });
      expect(lineOf(r, 'p')).toMatchObject({ status: 'zero', net: '0.00' });
      expect(r.total).toBe('5000000.00');
    });

    it('both levels in the park\'s list under A7.1.2 b: 3,000,000.00 + 5,000,000.00 on one line (D9)', () => {
      const both = claim(ID, { designations: [{ level: 'provincial', designatedOn: '2026-01-05' }, { level: 'national', designatedOn: '2026-03-01' }] });
      const r = run([both], {}, { readings: { 'A7.1.2': 'b' } });
      expect(r.total).toBe('8000000.00');
      expect(r.lines).toHaveLength(1);
    });

    it('both levels in the park\'s list by default: the national tier only, 5,000,000.00', () => {
      const both = claim(ID, { designations: [{ level: 'provincial', designatedOn: '2026-01-05' }, { level: 'national', designatedOn: '2026-03-01' }] });
      expect(one(both)).toMatchObject({ status: 'paid', net: '5000000.00', tier: 'national' });
    });

    it('D6: national awarded 5,000,000.00 but paid 3,500,000.00 (九(三)) → designated again: nothing, the cut does not revive', () => {
      const l = one(base({ level: 'national' }), { history: [earlier({ entitlement: '5000000.00', paid: '3500000.00', tier: 'national' })] });
      expect(l).toMatchObject({ status: 'zero', net: '0.00' });
      expect(l.adjustments[0]).toMatchObject({ code: 'ladder', alreadyAwarded: true });
    });

    it('two parks of one operator are separate subjects', () => {
      const r = run([base({ id: 'a', subjectId: 'PARK1' }), base({ id: 'b', subjectId: 'PARK2', level: 'national' })]);
      expect(r.total).toBe('8000000.00');
    });
  });

  describe('A1.2: the main-business test met by the park', () => {
    const outside = { beneficiary: beneficiary({ mainBusinessFields: [] }) };

    it('reading a: the operator itself must have a listed main business → out of scope', () => {
      const line = one(base({ subjectInAiField: true }), outside, { readings: { 'A1.2': 'a' } });
      expect(line).toMatchObject({ status: 'ineligible', net: '0.00' });
      expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
    });

    it.each([[false], [undefined]])('subjectInAiField %s → out of scope', (flag) => {
      const line = one(base(flag === undefined ? {} : { subjectInAiField: flag }), outside);
      expect(line.status).toBe('ineligible');
      expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // A provincial designation: 3,000,000.00, the tier kept for 晋级补差.
    explanationData(ID, { basis: { level: 'provincial', amount: '3000000.00', designations: 1 }, q: '2026-03-01', tier: 'provincial', conditions: ['designated'], net: '3000000.00' });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('ladder', claim(ID), '3000000.00', { tier: 'provincial' });
  });
});
