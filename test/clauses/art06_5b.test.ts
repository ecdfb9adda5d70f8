/**
 * 六(五)b 实施标准领航工程（首次入选规范条件目录） — 「对首次入选工信部《工业机器人行业规范条件》目录的企业，给予一次性100万元的奖励。」
 * Register § 六(五): FIXED 1,000,000.00 (A6.5.8, no 最高), once per enterprise (R5), first inclusion only
 * (A6.5.7), enterprises only (R6). Anchor: the inclusion date (A9.7.3).
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { claim, lineOf, one, type Json } from '../helpers.js';
import { as, run, negativeCases, enterprisesOnly, windowEdges, explanationData, ignoresOtherClauses, zeroLineIsNoAward, type Negative } from './support.js';

const ID = 'art06_5b';
const base = (over: Json = {}): Json => claim(ID, over);
const earlier = (over: Json = {}): Json => ({ clause: ID, subjectId: 'S', awardYear: 2025, entitlement: '1000000.00', paid: '1000000.00', ...over });

describe('art06_5b 六(五)b', () => {
  it('base case: first inclusion of the enterprise → the fixed 1,000,000.00', () => {
    // 一次性100万元 = 1,000,000.00, a fixed amount: no review, no rate, no cap.
    const line = one(base());
    expect(line).toMatchObject({ item: '六(五)b', status: 'paid', gross: '1000000.00', entitlement: '1000000.00', net: '1000000.00', failed: [] });
    expect(line.adjustments).toEqual([]);
    expect(line.qualifyingDate).toBe('2026-03-01');
  });

  it.each<[string, Json, Json, EvaluateOptions | undefined, { status: string; net: string }]>([
    ['入选日为有效期首日', { firstIncludedOn: '2025-07-01' }, {}, undefined, { status: 'paid', net: '1000000.00' }],
    ['历史中有他项奖励（非本条）不影响', {}, { history: [{ ...earlier(), clause: 'art06_5a' }] }, undefined, { status: 'paid', net: '1000000.00' }],
    ['参数改为 1,500,000.00 时按参数定额', {}, {}, { parameters: { 'art06_5b.amount': '1500000' } }, { status: 'paid', net: '1500000.00' }],
    ['事业单位（非企业）不予奖励（R6）', {}, as('publicInstitution'), undefined, { status: 'ineligible', net: '0.00' }],
  ])('%s', (_name, over, app, options, want) => {
    expect(one(base(over), app, options)).toMatchObject(want);
  });

  describe('generated negative case for each condition', () => {
    const NEGATIVES: Record<string, Negative> = {
      enterprise: { app: as('socialOrganization') },
      firstInclusion: { claim: { previouslyIncluded: true } },
    };

    negativeCases(ID, NEGATIVES);

    enterprisesOnly('R6: an in-scope %s is not an enterprise → ineligible', (app) => one(base(), app));
  });

  describe('validity window 九(七) on the inclusion date (a first inclusion before the window pays nothing, A6.5.7)', () => {
    windowEdges('included', (date) => base({ firstIncludedOn: date }), '1000000.00');
  });

  describe('once per enterprise (R5)', () => {
    it('already awarded under 六(五)b → zero', () => {
      const line = one(base(), { history: [earlier()] });
      expect(line).toMatchObject({ status: 'zero', entitlement: '0.00', net: '0.00' });
      expect(line.adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '1000000.00', after: '0.00', why: 'alreadyAwarded' }]);
    });

    it('the earlier award was recorded under another subject id: still the same enterprise → zero', () => {
      expect(one(base(), { history: [earlier({ subjectId: 'LIST-2025' })] })).toMatchObject({ status: 'zero', net: '0.00' });
    });

    it('an earlier award cut to a lower payment by 九(三) still counts as awarded', () => {
      expect(one(base(), { history: [earlier({ paid: '10000.00' })] })).toMatchObject({ status: 'zero', net: '0.00' });
    });

    it('two claims in one batch (different subject ids): one 1,000,000.00 is paid, the other is zero', () => {
      // Equal amounts: the tie goes to the first line in clause order, then subject id ('S1' < 'S2').
      const r = run([base({ id: 'b', subjectId: 'S2' }), base({ id: 'a', subjectId: 'S1' })]);
      expect(lineOf(r, 'a')).toMatchObject({ status: 'paid', net: '1000000.00' });
      expect(lineOf(r, 'b')).toMatchObject({ status: 'zero', net: '0.00' });
      expect(lineOf(r, 'b').adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '1000000.00', after: '0.00', why: 'largerInBatch' }]);
      expect(r.total).toBe('1000000.00');
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // The fixed 1,000,000.00; an enterprise as such funds no project.
    explanationData(ID, { basis: { amount: '1000000.00' }, q: '2026-03-01', project: null, conditions: ['enterprise', 'firstInclusion'], net: '1000000.00' });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('once per unit', claim(ID), '1000000.00');
    zeroLineIsNoAward(ID, '1000000.00');
  });
});
