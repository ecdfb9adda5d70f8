/**
 * 七(二)a 支持数据要素园区建设（省级数据标注基地） — 「对获批省级数据标注基地的，给予园区建设运营单位一次性300万元奖励。」
 * Register § 七(二): FIXED 3,000,000.00 to the park's operating unit, once per park (A7.2.2); a national base is
 * not covered by default (A7.2.1 a), reading b treats it as at least provincial; the operator may meet the
 * main-business test through the park (A1.2). Anchor: the designation date (A9.7.3).
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { beneficiary, claim, lineOf, one, type Json } from '../helpers.js';
import { type Want, run, negativeCases, windowEdges, explanationData, ignoresOtherClauses, zeroLineIsNoAward, type Negative } from './support.js';

const ID = 'art07_2a';
const base = (over: Json = {}): Json => claim(ID, over);
const earlier = (over: Json = {}): Json => ({ clause: ID, subjectId: 'S', awardYear: 2025, entitlement: '3000000.00', paid: '3000000.00', ...over });

describe('art07_2a 七(二)a', () => {
  it('base case: a provincial data-labelling base → the fixed 3,000,000.00', () => {
    // 一次性300万元 = 3,000,000.00, fixed.
    const line = one(base());
    expect(line).toMatchObject({ item: '七(二)a', status: 'paid', gross: '3000000.00', entitlement: '3000000.00', net: '3000000.00', failed: [] });
    expect(line.adjustments).toEqual([]);
    expect(line.qualifyingDate).toBe('2026-03-01');
  });

  it.each<[string, Json, Json, EvaluateOptions | undefined, Want]>([
    ['A7.2.1 b：国家级数据标注基地视同省级 → 3,000,000.00', { level: 'national' }, {}, { readings: { 'A7.2.1': 'b' } }, { status: 'paid', net: '3000000.00' }],
    ['运营单位为事业单位：“园区建设运营单位”为任一单位（R6）', {}, { beneficiary: beneficiary({ legalForm: 'publicInstitution' }) }, undefined, { status: 'paid', net: '3000000.00' }],
    ['运营单位主营非AI，基地属所列领域（A1.2 b）', { subjectInAiField: true }, { beneficiary: beneficiary({ mainBusinessFields: [] }) }, undefined, { status: 'paid', net: '3000000.00' }],
  ])('%s', (_name, over, app, options, want) => {
    expect(one(base(over), app, options)).toMatchObject(want);
  });

  describe('generated negative case for each condition', () => {
    const NEGATIVES: Record<string, Negative> = { provincialBase: { claim: { level: 'national' } } };

    negativeCases(ID, NEGATIVES, { why: 'A7.2.1 a: a national base is not covered' });
  });

  describe('validity window 九(七) on the designation date', () => {
    windowEdges('designated', (date) => base({ designatedOn: date }), '3000000.00');
  });

  describe('once per park (A7.2.2, R5)', () => {
    it('re-designation of a park already awarded → zero', () => {
      const line = one(base(), { history: [earlier()] });
      expect(line).toMatchObject({ status: 'zero', entitlement: '0.00', net: '0.00' });
      expect(line.adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '3000000.00', after: '0.00', why: 'alreadyAwarded' }]);
    });

    it('A7.2.1 b: provincial already awarded, then national → still zero (once per park)', () => {
      expect(one(base({ level: 'national' }), { history: [earlier()] }, { readings: { 'A7.2.1': 'b' } })).toMatchObject({ status: 'zero', net: '0.00' });
    });

    it('another park in the history does not count', () => {
      expect(one(base(), { history: [earlier({ subjectId: 'PARK2' })] })).toMatchObject({ status: 'paid', net: '3000000.00' });
    });

    it('two claims for the same park in one batch: one is paid, the other zero', () => {
      const r = run([base({ id: 'a' }), base({ id: 'b' })]);
      expect(lineOf(r, 'a')).toMatchObject({ status: 'paid', net: '3000000.00' });
      expect(lineOf(r, 'b')).toMatchObject({ status: 'zero', net: '0.00' });
      expect(lineOf(r, 'b').adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '3000000.00', after: '0.00', why: 'largerInBatch' }]);
      expect(r.total).toBe('3000000.00');
    });

    it('an operator with two bases gets two awards', () => {
      const r = run([base({ id: 'a', subjectId: 'PARK1' }), base({ id: 'b', subjectId: 'PARK2' })]);
      expect(r.total).toBe('6000000.00');
    });

    it('no overlap with 七(一) for the same park (A7.1.5): both paid', () => {
      const r = run([base(), claim('art07_1', { id: 'p' })]);
      expect(r.total).toBe('6000000.00');
    });
  });

  describe('A1.2: the main-business test met by the base', () => {
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
  });

  describe('explanation data: the figures the formula read', () => {
    // A provincial base: the fixed 3,000,000.00.
    explanationData(ID, { basis: { level: 'provincial', amount: '3000000.00' }, q: '2026-03-01', conditions: ['provincialBase'], net: '3000000.00' });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('once', claim(ID), '3000000.00');
    zeroLineIsNoAward(ID, '3000000.00');
  });
});
