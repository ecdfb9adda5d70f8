/**
 * 六(五)a 实施标准领航工程（主导制定标准） — 「智能机器人企业主导制定国家标准、行业标准，每项分别给予不超过100万元、50万元资助。」
 * Register § 六(五): REVIEW with maxima 1,000,000.00 (national) / 500,000.00 (industry) per standard (A6.5.3 a;
 * reading b: the maxima as fixed amounts); the first drafting unit only (A6.5.1), new standards only (A6.5.2),
 * robotics-related (A6.5.5); 「企业」 means an enterprise (R6); once per standard (R5). Anchor: publication (A6.5.4).
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { claim, lineOf, one, type Json } from '../helpers.js';
import { money, paid, type Want, as, run, negativeCases, enterprisesOnly, windowEdges, explanationData, ignoresOtherClauses, zeroLineIsNoAward, type Negative } from './support.js';

const ID = 'art06_5a';
const base = (over: Json = {}): Json => claim(ID, over);

describe('art06_5a 六(五)a', () => {
  it('base case: a new national robotics standard led by the enterprise, reviewed at 800,000.00', () => {
    // national maximum 100万元 = 1,000,000.00; approved 800,000.00 ≤ maximum → 800,000.00.
    const line = one(base());
    expect(line).toMatchObject({ item: '六(五)a', status: 'paid', gross: '800000.00', entitlement: '800000.00', net: '800000.00', failed: [] });
    expect(line.adjustments).toEqual([]);
    expect(line.qualifyingDate).toBe('2026-03-01');
  });

  it.each<[string, Json, Json, EvaluateOptions | undefined, Want]>([
    ['行业标准，核定 300,000.00', { standardLevel: 'industry', approvedAmount: '300000.00' }, {}, undefined, { status: 'paid', net: '300000.00' }],
    ['核定额为任意分值，原样给予', { approvedAmount: '654321.09' }, {}, undefined, { status: 'paid', gross: '654321.09', net: '654321.09' }],
    ['A6.5.3 b：国家标准按 1,000,000.00 定额', { approvedAmount: '1.00' }, {}, { readings: { 'A6.5.3': 'b' } }, { status: 'paid', gross: '1000000.00', net: '1000000.00' }],
    ['A6.5.3 b：行业标准按 500,000.00 定额', { standardLevel: 'industry', approvedAmount: '0.00' }, {}, { readings: { 'A6.5.3': 'b' } },
      { status: 'paid', gross: '500000.00', net: '500000.00' }],
    ['A6.5.3 b：参与起草仍不予资助', { role: 'participant' }, {}, { readings: { 'A6.5.3': 'b' } }, { status: 'ineligible', net: '0.00' }],
  ])('%s', (_name, over, app, options, want) => {
    expect(one(base(over), app, options)).toMatchObject(want);
  });

  describe('generated negative case for each condition', () => {
    const NEGATIVES: Record<string, Negative> = {
      enterprise: { app: as('publicInstitution') },
      leadDrafter: { claim: { role: 'participant' } },
      newStandard: { claim: { standardKind: 'revision' } },
      roboticsRelated: { claim: { roboticsRelated: false } },
      approvedAmountPositive: { claim: { approvedAmount: '0.00' } },
    };

    negativeCases(ID, NEGATIVES);

    enterprisesOnly('R6: an in-scope %s is not an enterprise → ineligible', (app) => one(base(), app));
  });

  describe('thresholds and maxima (不超过 is inclusive)', () => {
    it.each<[string, Json, Want]>([
      ['核定 0.00', { approvedAmount: '0.00' }, { status: 'ineligible', net: '0.00' }],
      ['核定 0.01', { approvedAmount: '0.01' }, { status: 'paid', net: '0.01' }],
      ['国家标准 999,999.99', { approvedAmount: '999999.99' }, { status: 'paid', net: '999999.99' }],
      ['国家标准恰为 1,000,000.00 → paid', { approvedAmount: '1000000.00' }, { status: 'paid', gross: '1000000.00', net: '1000000.00' }],
      ['国家标准 1,000,000.01 → reduced', { approvedAmount: '1000000.01' }, { status: 'reduced', gross: '1000000.01', entitlement: '1000000.00', net: '1000000.00' }],
      ['行业标准 499,999.99', { standardLevel: 'industry', approvedAmount: '499999.99' }, { status: 'paid', net: '499999.99' }],
      ['行业标准恰为 500,000.00 → paid', { standardLevel: 'industry', approvedAmount: '500000.00' }, { status: 'paid', net: '500000.00' }],
      ['行业标准 500,000.01 → reduced', { standardLevel: 'industry', approvedAmount: '500000.01' },
        { status: 'reduced', gross: '500000.01', entitlement: '500000.00', net: '500000.00' }],
    ])('%s', (_name, over, want) => {
      expect(one(base(over))).toMatchObject(want);
    });

    it('the cut is an itemCap adjustment naming the level parameter', () => {
      expect(one(base({ standardLevel: 'industry', approvedAmount: '500000.01' })).adjustments).toEqual([
        { code: 'itemCap', rule: ID, before: '500000.01', after: '500000.00', param: 'art06_5a.industry', cap: '500000.00' },
      ]);
      expect(one(base({ approvedAmount: '1000000.01' })).adjustments).toEqual([
        { code: 'itemCap', rule: ID, before: '1000000.01', after: '1000000.00', param: 'art06_5a.national', cap: '1000000.00' },
      ]);
    });
  });

  describe('validity window 九(七) on the publication date (A6.5.4)', () => {
    windowEdges('published', (date) => base({ publishedOn: date }), '800000.00');
  });

  describe('once per standard (R5)', () => {
    it('the standard already has an award in the history → zero', () => {
      const line = one(base(), { history: [{ clause: ID, subjectId: 'S', awardYear: 2025, entitlement: '800000.00', paid: '800000.00' }] });
      expect(line).toMatchObject({ status: 'zero', net: '0.00' });
      expect(line.adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '800000.00', after: '0.00', why: 'alreadyAwarded' }]);
    });

    it('two claims for the same standard in one batch: the larger is paid, the other is zero', () => {
      const r = run([base({ id: 'a', approvedAmount: '900000.00' }), base({ id: 'b', approvedAmount: '700000.00' })]);
      expect(lineOf(r, 'a')).toMatchObject({ status: 'paid', net: '900000.00' });
      expect(lineOf(r, 'b')).toMatchObject({ status: 'zero', net: '0.00' });
      expect(lineOf(r, 'b').adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '700000.00', after: '0.00', why: 'largerInBatch' }]);
    });

    it('a national and an industry standard are separate items, each at its maximum', () => {
      const r = run([base({ id: 'a', subjectId: 'GB1', approvedAmount: '1000000.00' }), base({ id: 'b', subjectId: 'JB1', standardLevel: 'industry', approvedAmount: '500000.00' })]);
      expect(r.total).toBe('1500000.00');
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // A national standard approved at 800,000.00 under the 1,000,000.00 maximum; a standard funds no project.
    explanationData(ID, {
      basis: { standardLevel: 'national', approvedAmount: '800000.00', cap: '1000000.00' }, q: '2026-03-01', project: null,
      conditions: ['enterprise', 'leadDrafter', 'newStandard', 'roboticsRelated', 'approvedAmountPositive'], net: '800000.00',
    });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('once', claim(ID), '800000.00');
    zeroLineIsNoAward(ID, '800000.00');

    it('an earlier award for another standard does not make this one "already awarded"', () => {
      const history = [{ clause: ID, subjectId: 'OTHER', awardYear: 2025, entitlement: '800000.00', paid: '800000.00' }];
      expect(money(one(claim(ID), { history }))).toStrictEqual(paid('800000.00'));
    });
  });
});
