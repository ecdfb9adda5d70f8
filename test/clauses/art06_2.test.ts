/**
 * 六(二) 支持中试平台建设 — 「对通过国家级、省级认定的，分别给予最高500万元、200万元的奖励。」
 * Register § 六(二): REVIEW with tiered maxima (approvedAmount clipped to the cap, A6.2.1 a); provincial then
 * national pays the difference (A6.2.2 a), reading b pays both; 补差 subtracts what was paid (R9). Anchor: the
 * recognition date (A9.7.3).
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { application, beneficiary, bigProject, claim, lineOf, one, type Json, evaluate } from '../helpers.js';
import { type Want, negativeCases, windowEdges, explanationData, ignoresOtherClauses, type Negative } from './support.js';

const ID = 'art06_2';
/** A 六(二) claim with one recognition (D9: the platform's recognitions are a list). */
const base = ({ recognitionLevel = 'provincial', recognizedOn = '2026-03-01', approvedAmount = '1500000.00', ...over }: Json = {}): Json =>
  claim(ID, { recognitions: [{ level: recognitionLevel, recognizedOn, approvedAmount }], ...over });
const run = (claims: Json[], app: Json = {}, options?: EvaluateOptions) =>
  evaluate(application(claims, { projects: [bigProject()], ...app }), options);
/** An earlier 六(二) payment for platform S. */
const paid = (over: Json): Json => ({ clause: ID, subjectId: 'S', awardYear: 2026, entitlement: '2000000.00', paid: '2000000.00', ...over });

describe('art06_2 六(二)', () => {
  it('base case: provincial recognition, reviewed amount below the 200万元 maximum, paid as approved', () => {
    // provincial cap = 200万元 = 2,000,000.00; approved 1,500,000.00 ≤ cap → 1,500,000.00, nothing cuts it.
    const line = one(base());
    expect(line).toMatchObject({ item: '六(二)', status: 'paid', gross: '1500000.00', entitlement: '1500000.00', net: '1500000.00', failed: [] });
    expect(line.adjustments).toEqual([]);
    expect(line.qualifyingDate).toBe('2026-03-01');
    expect(line.tier).toBe('provincial');
  });

  it.each<[string, Json, Json, EvaluateOptions | undefined, Want]>([
    // national cap = 500万元 = 5,000,000.00
    ['国家级认定，核定 4,800,000.00 元，低于最高额', { recognitionLevel: 'national', approvedAmount: '4800000.00' }, {}, undefined,
      { status: 'paid', gross: '4800000.00', entitlement: '4800000.00', net: '4800000.00' }],
    ['核定额为任意分值，原样给予（无比例，无舍入）', { approvedAmount: '1234567.89' }, {}, undefined,
      { status: 'paid', gross: '1234567.89', net: '1234567.89' }],
    ['运营单位为事业单位：受益人为任一单位（R6）', {}, { beneficiary: beneficiary({ legalForm: 'publicInstitution' }) }, undefined,
      { status: 'paid', net: '1500000.00' }],
    ['A6.2.1 b：省级按最高额定额给予 2,000,000.00', { approvedAmount: '1.00' }, {}, { readings: { 'A6.2.1': 'b' } },
      { status: 'paid', gross: '2000000.00', net: '2000000.00' }],
    ['A6.2.1 b：国家级按最高额定额给予 5,000,000.00', { recognitionLevel: 'national', approvedAmount: '1.00' }, {}, { readings: { 'A6.2.1': 'b' } },
      { status: 'paid', gross: '5000000.00', net: '5000000.00' }],
    ['A6.2.1 b：核定额为零也按定额给予', { approvedAmount: '0.00' }, {}, { readings: { 'A6.2.1': 'b' } },
      { status: 'paid', gross: '2000000.00', net: '2000000.00' }],
  ])('%s', (_name, over, app, options, want) => {
    expect(one(base(over), app, options)).toMatchObject(want);
  });

  describe('generated negative case for each condition', () => {
    const NEGATIVES: Record<string, Negative> = {
      approvedAmountPositive: { claim: { approvedAmount: '0.00' } },
      // D9: the recognitions are a list, and an empty list can be stated
      platformRecognized: { claim: { recognitions: [] } },
    };

    negativeCases(ID, NEGATIVES, { build: base });
  });

  describe('thresholds and caps (最高 is inclusive)', () => {
    it.each<[string, Json, Want]>([
      ['核定额 0.00 元 → 不予奖励', { approvedAmount: '0.00' }, { status: 'ineligible', net: '0.00' }],
      ['核定额 0.01 元 → 0.01', { approvedAmount: '0.01' }, { status: 'paid', net: '0.01' }],
      ['省级 1,999,999.99 → 全额', { approvedAmount: '1999999.99' }, { status: 'paid', gross: '1999999.99', net: '1999999.99' }],
      ['省级恰为最高额 2,000,000.00 → paid（不是 reduced）', { approvedAmount: '2000000.00' }, { status: 'paid', gross: '2000000.00', net: '2000000.00' }],
      ['省级 2,000,000.01 → 核减为 2,000,000.00', { approvedAmount: '2000000.01' },
        { status: 'reduced', gross: '2000000.01', entitlement: '2000000.00', net: '2000000.00' }],
      ['国家级 4,999,999.99 → 全额', { recognitionLevel: 'national', approvedAmount: '4999999.99' }, { status: 'paid', net: '4999999.99' }],
      ['国家级恰为最高额 5,000,000.00 → paid', { recognitionLevel: 'national', approvedAmount: '5000000.00' }, { status: 'paid', net: '5000000.00' }],
      ['国家级 5,000,000.01 → 核减为 5,000,000.00', { recognitionLevel: 'national', approvedAmount: '5000000.01' },
        { status: 'reduced', gross: '5000000.01', entitlement: '5000000.00', net: '5000000.00' }],
    ])('%s', (_name, over, want) => {
      expect(one(base(over))).toMatchObject(want);
    });

    it('the cut above the cap is an itemCap adjustment of 六(二) naming the level parameter', () => {
      expect(one(base({ approvedAmount: '2000000.01' })).adjustments).toEqual([
        { code: 'itemCap', rule: ID, before: '2000000.01', after: '2000000.00', param: 'art06_2.provincial', cap: '2000000.00' },
      ]);
      expect(one(base({ recognitionLevel: 'national', approvedAmount: '5000000.01' })).adjustments).toEqual([
        { code: 'itemCap', rule: ID, before: '5000000.01', after: '5000000.00', param: 'art06_2.national', cap: '5000000.00' },
      ]);
    });
  });

  describe('validity window 九(七) on the recognition date (2025-07-01 … 2028-06-30)', () => {
    windowEdges('recognised', (date) => base({ recognizedOn: date }), '1500000.00');
  });

  describe('tier ladder: provincial then national pays the difference (A6.2.2 a, R9)', () => {
    it.each<[string, Json, Json[], EvaluateOptions | undefined, Want]>([
      // 5,000,000.00 − 2,000,000.00 paid = 3,000,000.00
      ['先省级已付 2,000,000.00，后国家级核定 5,000,000.00 → 补差 3,000,000.00',
        { recognitionLevel: 'national', approvedAmount: '5000000.00' }, [paid({ awardYear: 2025, tier: 'provincial' })], undefined,
        { status: 'reduced', gross: '5000000.00', entitlement: '3000000.00', net: '3000000.00' }],
      // R9: the base is money actually paid: 5,000,000.00 − 1,500,000.00 = 3,500,000.00
      ['省级应得 2,000,000.00 但仅实付 1,500,000.00 → 国家级补差 3,500,000.00（R9 按实付）',
        { recognitionLevel: 'national', approvedAmount: '5000000.00' }, [paid({ awardYear: 2025, paid: '1500000.00' })], undefined,
        { status: 'reduced', net: '3500000.00' }],
      // R9 = entitlement: 5,000,000.00 − 2,000,000.00 = 3,000,000.00
      ['R9 = entitlement：按应得额扣减 → 3,000,000.00',
        { recognitionLevel: 'national', approvedAmount: '5000000.00' }, [paid({ awardYear: 2025, paid: '1500000.00' })], { readings: { R9: 'entitlement' } },
        { status: 'reduced', net: '3000000.00' }],
      // refunded money leaves the base: 2,000,000.00 − 500,000.00 = 1,500,000.00 counted → 3,500,000.00
      ['省级已付 2,000,000.00 退回 500,000.00 → 国家级补差 3,500,000.00',
        { recognitionLevel: 'national', approvedAmount: '5000000.00' }, [paid({ awardYear: 2025, refunded: '500000.00' })], undefined,
        { status: 'reduced', net: '3500000.00' }],
      ['省级复核再次认定 → 已获 2,000,000.00，补差为零', {}, [paid({ awardYear: 2025 })], undefined,
        { status: 'zero', entitlement: '0.00', net: '0.00' }],
      ['先国家级已付 5,000,000.00，后省级 → 零', { approvedAmount: '2000000.00' }, [paid({ awardYear: 2025, entitlement: '5000000.00', paid: '5000000.00', tier: 'national' })], undefined,
        { status: 'zero', net: '0.00' }],
      ['另一平台的历史不影响本平台', { recognitionLevel: 'national', approvedAmount: '5000000.00' }, [paid({ subjectId: 'OTHER' })], undefined,
        { status: 'paid', net: '5000000.00' }],
      ['A6.2.2 b：两级分别给予，国家级全额 5,000,000.00',
        { recognitionLevel: 'national', approvedAmount: '5000000.00' }, [paid({ awardYear: 2025, tier: 'provincial' })], { readings: { 'A6.2.2': 'b' } },
        { status: 'paid', net: '5000000.00' }],
      ['A6.2.2 b：同一等级再次认定仍为零', {}, [paid({ awardYear: 2025, tier: 'provincial' })], { readings: { 'A6.2.2': 'b' } },
        { status: 'zero', net: '0.00' }],
    ])('%s', (_name, over, history, options, want) => {
      expect(one(base(over), { history }, options)).toMatchObject(want);
    });

    it('the difference payment is recorded as a ladder adjustment with the prior payment', () => {
      const line = one(base({ recognitionLevel: 'national', approvedAmount: '5000000.00' }), { history: [paid({ awardYear: 2025 })] });
      expect(line.adjustments).toEqual([{ code: 'ladder', rule: ID, before: '5000000.00', after: '3000000.00', prior: '2000000.00', best: true, alreadyAwarded: false }]);
    });

    it('both levels in one batch: the national line is paid, the provincial one is zero', () => {
      const r = run([base({ id: 'p' }), base({ id: 'n', recognitionLevel: 'national', approvedAmount: '5000000.00' })]);
      expect(lineOf(r, 'n')).toMatchObject({ status: 'paid', net: '5000000.00' });
      expect(lineOf(r, 'p')).toMatchObject({ status: 'zero', net: '0.00' });
      expect(lineOf(r, 'p').adjustments).toEqual([{ code: 'ladder', rule: ID, before: '1500000.00', after: '0.00', prior: '0.00', best: false, alreadyAwarded: false }]);
      expect(r.total).toBe('5000000.00');
    });

    const both = (provincial: string, national: string): Json => claim(ID, { recognitions: [
      { level: 'provincial', recognizedOn: '2026-01-05', approvedAmount: provincial },
      { level: 'national', recognizedOn: '2026-03-01', approvedAmount: national },
    ] });

    it('both levels in the platform\'s list (D9): one line at the best recognition, 5,000,000.00', () => {
      const line = one(both('1500000.00', '5000000.00'));
      expect(line).toMatchObject({ status: 'paid', net: '5000000.00', tier: 'national', qualifyingDate: '2026-03-01' });
    });

    it('both levels in the platform\'s list under A6.2.2 b: both are paid on one line (1,500,000.00 + 5,000,000.00)', () => {
      const line = one(both('1500000.00', '5000000.00'), {}, { readings: { 'A6.2.2': 'b' } });
      expect(line).toMatchObject({ status: 'paid', net: '6500000.00' });
      expect(line.basis).toMatchObject({ national: '5000000.00', provincial: '1500000.00' });
    });

    it('A6.2.2 b: each level capped at its own maximum (2,500,000 → 2,000,000) before the sum', () => {
      expect(one(both('2500000.00', '1000000.00'), {}, { readings: { 'A6.2.2': 'b' } }).net).toBe('3000000.00');
    });

    it('D8: of two recognitions of equal capped amount the uncut one is kept: paid, not reduced', () => {
      // provincial approved 2,500,000 → capped 2,000,000; national approved 2,000,000: equal after the cap
      const line = one(both('2500000.00', '2000000.00'));
      expect(line).toMatchObject({ status: 'paid', gross: '2000000.00', net: '2000000.00', tier: 'national' });
      const swapped = one(claim(ID, { recognitions: [
        { level: 'national', recognizedOn: '2026-03-01', approvedAmount: '2000000.00' },
        { level: 'provincial', recognizedOn: '2026-01-05', approvedAmount: '2500000.00' },
      ] }));
      expect(swapped).toEqual(line);
    });

    it('D8: two claims for one platform with equal capped amounts: the uncut claim is kept whatever the ids', () => {
      const cut = (id: string) => base({ id, approvedAmount: '2500000.00' });
      const uncut = (id: string) => base({ id, recognitionLevel: 'national', approvedAmount: '2000000.00' });
      for (const [a, b] of [['a', 'b'], ['b', 'a']] as const) {
        const r = run([cut(a), uncut(b)]);
        expect(lineOf(r, b)).toMatchObject({ status: 'paid', net: '2000000.00' });
        expect(lineOf(r, a)).toMatchObject({ status: 'zero', net: '0.00' });
      }
    });

    it('D6: national awarded 5,000,000.00 (paid 2,000,000.00 after 九(三)) → recognised again: nothing', () => {
      const line = one(base({ recognitionLevel: 'national', approvedAmount: '5000000.00' }),
        { history: [paid({ awardYear: 2025, entitlement: '5000000.00', paid: '2000000.00', tier: 'national' })] });
      expect(line).toMatchObject({ status: 'zero', net: '0.00' });
      expect(line.adjustments[0]).toMatchObject({ alreadyAwarded: true });
    });

    it('in one batch the best tier is compared after the per-level cap: 省级 min(2,500,000, 2,000,000) beats 国家级 1,000,000', () => {
      const r = run([base({ id: 'p', approvedAmount: '2500000.00' }), base({ id: 'n', recognitionLevel: 'national', approvedAmount: '1000000.00' })]);
      expect(lineOf(r, 'p')).toMatchObject({ status: 'reduced', gross: '2500000.00', net: '2000000.00' });
      expect(lineOf(r, 'n')).toMatchObject({ status: 'zero', net: '0.00' });
    });

    it('two platforms of one operator are separate subjects', () => {
      const r = run([base({ id: 'a', subjectId: 'P1' }), base({ id: 'b', subjectId: 'P2', recognitionLevel: 'national', approvedAmount: '5000000.00' })]);
      expect(lineOf(r, 'a').net).toBe('1500000.00');
      expect(lineOf(r, 'b').net).toBe('5000000.00');
      expect(r.total).toBe('6500000.00');
    });
  });

  it('一: a beneficiary whose main business is not a listed AI field is out of scope (六(二) has no subject test, A1.2)', () => {
    const line = one(base(), { beneficiary: beneficiary({ mainBusinessFields: [] }) });
    expect(line).toMatchObject({ status: 'ineligible', net: '0.00' });
    expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
  });

  describe('explanation data: the figures the formula read', () => {
    // A provincial platform approved at 1,500,000.00 under its 2,000,000.00 maximum.
    explanationData(ID, { basis: { recognitionLevel: 'provincial', approvedAmount: '1500000.00', cap: '2000000.00', recognitions: 1 }, q: '2026-03-01', tier: 'provincial', conditions: ['platformRecognized', 'approvedAmountPositive'], net: '1500000.00' });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('ladder', claim(ID), '1500000.00', { tier: 'provincial' });
  });
});
