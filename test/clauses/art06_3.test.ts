/**
 * 六(三) 用好首台（套）政策 — 「…相关配套支持金额在本政策第五条第三款基础上上浮20%。」
 * Register § 六(三): a line of its own (A6.3.2) of 20 % of the same product's 五(三) entitlement, computed before
 * 九(四)/九(三) (A6.3.3), which then cut 五(三) and 六(三) together pro rata (A9.4.6). Robots only by default
 * (A6.3.1 a), every AI 首台（套） under reading b. No 五(三) line surviving the gates → no uplift (A6.3.4).
 * The product is named by the same subjectId on the 五(三) claim (`c`) and the 六(三) claim (`c6`).
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { application, beneficiary, bigProject, claim, lineOf, one, type Json, evaluate } from '../helpers.js';
import { type Want, DEFAULT_WINDOW, negativeCases, WINDOW_EDGES } from './support.js';

const ID = 'art06_3';
/** 五(三) for product S: 1:1 of a received higher-level award (default 1,000,000.00 received 2026-03-01). */
const match = (over: Json = {}): Json => claim('art05_3', over);
const uplift = (over: Json = {}): Json => claim(ID, over);
const run = (claims: Json[], app: Json = {}, options?: EvaluateOptions) =>
  evaluate(application(claims, { projects: [bigProject()], ...app }), options);
/** Evaluates 五(三) + 六(三) for one product; returns both lines and the result. */
const pair = (m: Json = {}, u: Json = {}, app: Json = {}, options?: EvaluateOptions) => {
  const r = run([match(m), uplift(u)], app, options);
  return { r, m: lineOf(r, 'c'), u: lineOf(r, 'c6') };
};

describe('art06_3 六(三)', () => {
  it('base case: a robot product with a 1,000,000.00 五(三) match gets a 200,000.00 uplift', () => {
    // 五(三) = 1:1 × 1,000,000.00 = 1,000,000.00; 六(三) = floor(20 % × 1,000,000.00) = 200,000.00.
    const { r, m, u } = pair();
    expect(m).toMatchObject({ status: 'paid', net: '1000000.00' });
    expect(u).toMatchObject({ item: '六(三)', status: 'paid', gross: '200000.00', entitlement: '200000.00', net: '200000.00', failed: [] });
    expect(u.adjustments).toEqual([]);
    expect(u.basis).toMatchObject({ art05_3Entitlement: '1000000.00', uplift: '0.20' });
    // No date of its own: the window is tested on the 五(三) line (A9.7.3).
    expect(u.qualifyingDate).toBeNull();
    // The uplift funds the same project as its 五(三) line (九(四), A6.3.5).
    expect(u.projectId).toBe('S');
    expect(r.total).toBe('1200000.00');
  });

  it.each<[string, Json[], EvaluateOptions | undefined, Want]>([
    ['A6.3.1 b：非机器人首台（套）产品亦上浮 20% → 200,000.00', [match(), uplift({ intelligentRobot: false })], { readings: { 'A6.3.1': 'b' } },
      { status: 'paid', gross: '200000.00', net: '200000.00' }],
    // 500,000.00 + 300,000.01 = 800,000.01 → floor(0.2 × 80,000,001 fen) = floor(16,000,000.2) = 16,000,000 fen
    ['同一产品国家、省两笔五(三)配套相加为基数（A5.3.1）→ 160,000.00',
      [match({ id: 'n', superiorLevel: 'national', superiorAward: { amount: '500000.00', receivedOn: '2026-02-01' } }),
        match({ id: 'p', superiorAward: { amount: '300000.01', receivedOn: '2026-03-01' } }), uplift()], undefined,
      { status: 'paid', gross: '160000.00', net: '160000.00' }],
    // floor(0.2 × 33,333,333 fen) = floor(6,666,666.6) = 6,666,666 fen
    ['基数 333,333.33 → 上浮 66,666.66（向下取整到分）', [match({ superiorAward: { amount: '333333.33', receivedOn: '2026-03-01' } }), uplift()], undefined,
      { status: 'paid', gross: '66666.66', net: '66666.66' }],
    // floor(0.2 × 4 fen) = 0; floor(0.2 × 5 fen) = 1 fen
    ['基数 0.04 → 上浮不足一分，为零', [match({ superiorAward: { amount: '0.04', receivedOn: '2026-03-01' } }), uplift()], undefined,
      { status: 'zero', gross: '0.00', net: '0.00' }],
    ['基数 0.05 → 上浮 0.01', [match({ superiorAward: { amount: '0.05', receivedOn: '2026-03-01' } }), uplift()], undefined,
      { status: 'paid', gross: '0.01', net: '0.01' }],
    ['五(三)属另一产品 → 本产品无基数，不予上浮', [match({ subjectId: 'OTHER' }), uplift()], undefined,
      { status: 'ineligible', net: '0.00' }],
    ['五(三)非人工智能产品而不符合条件 → 六(三)亦无基数（A6.3.4）', [match({ aiProduct: false }), uplift()], undefined,
      { status: 'ineligible', net: '0.00' }],
  ])('%s', (_name, claims, options, want) => {
    expect(lineOf(run(claims, {}, options), 'c6')).toMatchObject(want);
  });

  describe('generated negative case for each condition', () => {
    // Each row is the claims of the batch: 六(三) has no line without a 五(三) line of the same product.
    const NEGATIVES: Record<string, Json[]> = {
      intelligentRobot: [match(), uplift({ intelligentRobot: false })],
      art05_3Line: [uplift()],
    };

    negativeCases(ID, NEGATIVES, { base: () => pair().u, line: (claims) => lineOf(run(claims), 'c6') });

    it('a non-robot product (A6.3.1 a) keeps its 五(三) match in full', () => {
      const { m, u } = pair({}, { intelligentRobot: false });
      expect(m).toMatchObject({ status: 'paid', net: '1000000.00' });
      expect(u.status).toBe('ineligible');
    });
  });

  it('五(三) pending (higher-level award approved, not yet received, R3) → 六(三) pending', () => {
    const { m, u } = pair({ superiorAward: { amount: '1000000.00' } });
    expect(m.status).toBe('pending');
    expect(u).toMatchObject({ status: 'pending', net: '0.00' });
    expect(u.reasons).toContainEqual({ code: 'pending', rule: ID, missing: 'art05_3.superiorAward.receivedOn' });
  });

  describe('validity window 九(七), tested on the 五(三) line (receipt of the higher-level award)', () => {
    it.each(WINDOW_EDGES)('award received on %s (award year %i) → %s', (date, year, status) => {
      const { m, u } = pair({ recognizedOn: '2025-01-10', superiorAward: { amount: '1000000.00', receivedOn: date } }, {},
        { awardYear: year, approvalDate: `${year}-12-01` });
      expect(m.status).toBe(status);
      expect(u.status).toBe(status);
      if (status === 'ineligible') {
        expect(m.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date, ...DEFAULT_WINDOW });
        expect(u.failed).toEqual(['art05_3Line']);
        expect(u.net).toBe('0.00');
      } else {
        expect(u.net).toBe('200000.00');
      }
    });
  });

  describe('gates on the 五(三) line remove the uplift too (A6.3.4)', () => {
    it('一企一策 covering 五(三): 五(三) excluded, 六(三) has no base', () => {
      const deal = { oneEnterpriseOnePolicy: { signedOn: '2025-01-01', similarClauses: ['art05_3'] } };
      const { m, u } = pair({}, {}, { beneficiary: beneficiary(deal) });
      expect(m.reasons).toContainEqual({ code: 'oneEnterpriseOnePolicy', rule: 'art09_1', signedOn: '2025-01-01' });
      expect(u).toMatchObject({ status: 'ineligible', failed: ['art05_3Line'], net: '0.00' });
    });

    it('一企一策 covering 六(三) only: the uplift is excluded, 五(三) is paid', () => {
      const deal = { oneEnterpriseOnePolicy: { signedOn: '2025-01-01', similarClauses: ['art06_3'] } };
      const { m, u } = pair({}, {}, { beneficiary: beneficiary(deal) });
      expect(m).toMatchObject({ status: 'paid', net: '1000000.00' });
      expect(u).toMatchObject({ status: 'ineligible', net: '0.00' });
      expect(u.reasons).toContainEqual({ code: 'oneEnterpriseOnePolicy', rule: 'art09_1', signedOn: '2025-01-01' });
    });

    it('一 out of scope: both lines ineligible', () => {
      const { m, u } = pair({}, {}, { beneficiary: beneficiary({ goodCredit: false }) });
      expect(m.status).toBe('ineligible');
      expect(u.status).toBe('ineligible');
      expect(u.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['goodCredit'] });
    });
  });

  describe('九(四) and 九(三) cut 五(三) and 六(三) together, pro rata, on the pre-cut base (A6.3.3, A9.4.6, R7)', () => {
    it('audited investment 1,000,000.00: 五(三) 833,333.34 and 六(三) 166,666.66', () => {
      // Room 1,000,000.00 shared over 1,000,000.00 + 200,000.00 = 1,200,000.00 (fen):
      //   五(三) floor(100,000,000 × 100,000,000 / 120,000,000) = 83,333,333
      //   六(三) floor(100,000,000 ×  20,000,000 / 120,000,000) = 16,666,666
      //   leftover 1 fen → first line in clause order (五(三)) → 83,333,334.
      const { r, m, u } = pair({}, {}, { projects: [{ id: 'S', auditedInvestment: '1000000.00' }] });
      expect(m).toMatchObject({ status: 'reduced', entitlement: '1000000.00', net: '833333.34' });
      expect(u).toMatchObject({ status: 'reduced', gross: '200000.00', entitlement: '200000.00', net: '166666.66' });
      expect(u.adjustments).toEqual([{ code: 'auditedInvestment', rule: 'art09_4', before: '200000.00', after: '166666.66',
        projectId: 'S', investment: '1000000.00', prior: '0.00', room: '1000000.00' }]);
      expect(r.total).toBe('1000000.00');
    });

    it('audited investment exactly 1,200,000.00: nothing is cut', () => {
      const { m, u } = pair({}, {}, { projects: [{ id: 'S', auditedInvestment: '1200000.00' }] });
      expect(m).toMatchObject({ status: 'paid', net: '1000000.00' });
      expect(u).toMatchObject({ status: 'paid', net: '200000.00' });
    });

    it('no audited investment for the product (A9.4.4 a): both lines pending', () => {
      const { m, u } = pair({}, {}, { projects: [] });
      expect(m.status).toBe('pending');
      expect(u).toMatchObject({ status: 'pending', net: '0.00' });
      expect(u.reasons).toContainEqual({ code: 'pending', rule: 'art09_4', missing: 'projects[S].auditedInvestment' });
    });

    it('九(三) contribution 600,000.00: 五(三) 500,000.00 and 六(三) 100,000.00', () => {
      // 600,000.00 × 1,000,000 / 1,200,000 = 500,000.00; 600,000.00 × 200,000 / 1,200,000 = 100,000.00 (exact).
      const b = beneficiary({ districtContribution: { '2025': '600000.00' } });
      const { m, u } = pair({}, {}, { beneficiary: b });
      expect(m).toMatchObject({ status: 'reduced', net: '500000.00' });
      expect(u).toMatchObject({ status: 'reduced', entitlement: '200000.00', net: '100000.00' });
      expect(u.adjustments.map((a) => a.code)).toEqual(['annualCap']);
    });
  });

  describe('one uplift per product in a batch (fix pinned: a second 六(三) claim used to add another 20 %)', () => {
    it('two 六(三) claims for the same product: the first by claim id carries 200,000.00, the other is zero', () => {
      const r = run([match(), uplift({ id: 'u1' }), uplift({ id: 'u2' })]);
      expect(lineOf(r, 'u1')).toMatchObject({ status: 'paid', net: '200000.00' });
      expect(lineOf(r, 'u2')).toMatchObject({ status: 'zero', net: '0.00' });
      expect(lineOf(r, 'u2').adjustments).toEqual([{ code: 'oneTime', rule: 'art06_3', before: '200000.00', after: '0.00', why: 'largerInBatch' }]);
      expect(lineOf(r, 'u2').entitlement).toBe('0.00');
      expect(r.total).toBe('1200000.00');
    });

    it('a non-robot duplicate (ineligible under A6.3.1 a) does not take the uplift from the robot claim', () => {
      const r = run([match(), uplift({ id: 'u1', intelligentRobot: false }), uplift({ id: 'u2' })]);
      expect(lineOf(r, 'u1').status).toBe('ineligible');
      expect(lineOf(r, 'u2')).toMatchObject({ status: 'paid', net: '200000.00' });
    });

    it('two products each get their own uplift', () => {
      const r = run([match(), match({ id: 'c2', subjectId: 'T', superiorAward: { amount: '500000.00', receivedOn: '2026-03-01' } }),
        uplift(), uplift({ id: 't6', subjectId: 'T' })], { projects: [bigProject('S'), bigProject('T')] });
      expect(lineOf(r, 'c6').net).toBe('200000.00');
      expect(lineOf(r, 't6').net).toBe('100000.00');
    });
  });

  describe('explanation data: the figures the formula read', () => {
    it('the 五(三) entitlement it builds on and its uplift rate', () => {
      const r = evaluate(application([claim('art05_3'), claim(ID)], { projects: [bigProject()] }));
      const l = lineOf(r, 'c6');
      // 20 % of the 五(三) entitlement 1,000,000.00; its project is the product's.
      expect(l).toMatchObject({ status: 'paid', net: '200000.00', projectId: 'S', qualifyingDate: null });
      expect(l.basis).toStrictEqual({ art05_3Entitlement: '1000000.00', uplift: '0.20' });
      expect(l.conditions.map((c) => c.id)).toStrictEqual(['intelligentRobot', 'art05_3Line']);
    });

    it('without a 五(三) line the base is named as none', () => {
      expect(one(claim(ID), {}).basis).toStrictEqual({ art05_3Entitlement: 'none', uplift: '0.20' });
    });
  });

  describe('the uplift stage (constraints/uplift.ts): the project it funds', () => {
    it('the uplift funds the 五(三) line\'s project, not the subject', () => {
      // 五(三) for product S, project P: 1,000,000.00; 六(三) 20 % = 200,000.00, project P (no record for S).
      const r = evaluate(application([claim('art05_3', { id: 'm', projectId: 'P' }), claim('art06_3', { id: 'u' })], { projects: [{ id: 'P', auditedInvestment: '99999999.00' }] }));
      expect(lineOf(r, 'u')).toMatchObject({ status: 'paid', entitlement: '200000.00', net: '200000.00', projectId: 'P' });
    });
  });
});
