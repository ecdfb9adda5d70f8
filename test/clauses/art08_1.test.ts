/**
 * 八(一) 支持建设人工智能展示中心 — 「经认定，按照实际装修及购置、租赁应用场景产品的费用，给予设备及软件类投资30%、最高300万元的一次性补贴。」
 * Register § 八(一): PCT 30 % of 「设备及软件类投资」 (bought or leased and paid; decoration excluded, A8.1.1 b;
 * readings a = all costs, c = equipment and software plus decoration), floored to the fen (R7), at most
 * 3,000,000.00, once per centre (A8.1.3). Anchor: the recognition date (A9.7.3).
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateOptions } from '../../src/index.js';
import { beneficiary, claim, lineOf, one, type Json } from '../helpers.js';
import { type Want, run, negativeCases, windowEdges, explanationData, ignoresOtherClauses, zeroLineIsNoAward, type Negative } from './support.js';

const ID = 'art08_1';
const base = (over: Json = {}): Json => claim(ID, over);
/** A centre whose whole equipment-and-software base is `amount` (bought equipment only). */
const only = (amount: string): Json => ({ equipmentPurchased: amount, softwarePurchased: '0.00', equipmentOrSoftwareLeasedPaid: '0.00' });

describe('art08_1 八(一)', () => {
  it('base case: equipment 1,000,000.00 + software 500,000.00 + leases paid 500,000.00 → 600,000.00', () => {
    // base (A8.1.1 b) = 1,000,000.00 + 500,000.00 + 500,000.00 = 2,000,000.00 (decoration 3,000,000.00 excluded);
    // 30 % × 2,000,000.00 = 600,000.00 ≤ 3,000,000.00.
    const line = one(base());
    expect(line).toMatchObject({ item: '八(一)', status: 'paid', gross: '600000.00', entitlement: '600000.00', net: '600000.00', failed: [] });
    expect(line.adjustments).toEqual([]);
    expect(line.qualifyingDate).toBe('2026-03-01');
    expect(line.basis).toMatchObject({ base: '2000000.00', decoration: '3000000.00', rate: '0.30' });
  });

  it.each<[string, Json, Json, EvaluateOptions | undefined, Want]>([
    // (1,000,000 + 500,000 + 500,000 + 3,000,000 + 100,000) × 30 % = 5,100,000.00 × 30 % = 1,530,000.00
    ['A8.1.1 a：装修、购置、租赁及其他费用全部计入 → 1,530,000.00', { otherCosts: '100000.00' }, {}, { readings: { 'A8.1.1': 'a' } },
      { status: 'paid', gross: '1530000.00', net: '1530000.00' }],
    // (2,000,000 + 3,000,000) × 30 % = 1,500,000.00; other costs excluded
    ['A8.1.1 c：设备及软件加装修 → 1,500,000.00', { otherCosts: '100000.00' }, {}, { readings: { 'A8.1.1': 'c' } },
      { status: 'paid', gross: '1500000.00', net: '1500000.00' }],
    ['默认（b）：其他应用场景产品费用不计入 → 600,000.00', { otherCosts: '100000.00' }, {}, undefined, { status: 'paid', net: '600000.00' }],
    // A8.1.1 a: 2,000,000.00 + 8,000,000.04 = 10,000,000.04 → floor(0.3 × 1,000,000,004 fen) = 300,000,001 fen → cap
    ['A8.1.1 a：装修使基数超过 10,000,000.03 → 封顶 3,000,000.00', { decorationCost: '8000000.04' }, {}, { readings: { 'A8.1.1': 'a' } },
      { status: 'reduced', gross: '3000000.01', net: '3000000.00' }],
    ['同一数据在默认解读下装修不计 → 600,000.00', { decorationCost: '8000000.04' }, {}, undefined, { status: 'paid', net: '600000.00' }],
    // 333,333.33 + 0.01 = 333,333.34 → floor(0.3 × 33,333,334 fen) = floor(10,000,000.2) = 10,000,000 fen
    ['基数 333,333.34 → 100,000.00（向下取整到分）', { equipmentPurchased: '333333.33', softwarePurchased: '0.01', equipmentOrSoftwareLeasedPaid: '0.00' }, {}, undefined,
      { status: 'paid', gross: '100000.00', net: '100000.00' }],
    // floor(0.3 × 123,456,789 fen) = floor(37,037,036.7) = 37,037,036 fen
    ['基数 1,234,567.89 → 370,370.36', only('1234567.89'), {}, undefined, { status: 'paid', gross: '370370.36', net: '370370.36' }],
    // floor(0.3 × 3) = 0; floor(0.3 × 4) = 1 fen
    ['基数 0.03 → 不足一分，为零', only('0.03'), {}, undefined, { status: 'zero', gross: '0.00', net: '0.00' }],
    ['基数 0.04 → 0.01', only('0.04'), {}, undefined, { status: 'paid', net: '0.01' }],
    ['仅租赁（已付）设备软件 → 计入基数', { equipmentPurchased: '0.00', softwarePurchased: '0.00', equipmentOrSoftwareLeasedPaid: '1000000.00' }, {}, undefined,
      { status: 'paid', net: '300000.00' }],
    ['建设单位为社会组织：受益人为任一单位', {}, { beneficiary: beneficiary({ legalForm: 'socialOrganization' }) }, undefined, { status: 'paid', net: '600000.00' }],
  ])('%s', (_name, over, app, options, want) => {
    expect(one(base(over), app, options)).toMatchObject(want);
  });

  describe('generated negative case for each condition', () => {
    const NEGATIVES: Record<string, Negative> = { recognized: { claim: { recognized: false } } };

    negativeCases(ID, NEGATIVES);
  });

  describe('the 3,000,000.00 cap (最高 is inclusive)', () => {
    it.each<[string, string, Want]>([
      // floor(0.3 × 999,999,999 fen) = floor(299,999,999.7) = 299,999,999 fen
      ['基数 9,999,999.99 → 2,999,999.99', '9999999.99', { status: 'paid', gross: '2999999.99', net: '2999999.99' }],
      ['基数 10,000,000.00 → 恰为上限，paid', '10000000.00', { status: 'paid', gross: '3000000.00', entitlement: '3000000.00', net: '3000000.00' }],
      // floor(0.3 × 1,000,000,003 fen) = floor(300,000,000.9) = 300,000,000 fen
      ['基数 10,000,000.03 → 取整后恰为上限，paid', '10000000.03', { status: 'paid', gross: '3000000.00', net: '3000000.00' }],
      // floor(0.3 × 1,000,000,004 fen) = 300,000,001 fen
      ['基数 10,000,000.04 → 3,000,000.01 超一分，reduced', '10000000.04', { status: 'reduced', gross: '3000000.01', entitlement: '3000000.00', net: '3000000.00' }],
    ])('%s', (_name, amount, want) => {
      expect(one(base(only(amount)))).toMatchObject(want);
    });

    it('the cut is an itemCap adjustment of 八(一)', () => {
      expect(one(base(only('10000000.04'))).adjustments).toEqual([
        { code: 'itemCap', rule: ID, before: '3000000.01', after: '3000000.00', param: 'art08_1.cap', cap: '3000000.00' },
      ]);
    });
  });

  describe('validity window 九(七) on the recognition date', () => {
    windowEdges('recognised', (date) => base({ recognizedOn: date }), '600000.00');
  });

  describe('once per centre (A8.1.3, R5)', () => {
    const earlier = (over: Json = {}): Json => ({ clause: ID, subjectId: 'S', awardYear: 2025, entitlement: '600000.00', paid: '600000.00', ...over });

    it('a centre already subsidised → zero', () => {
      const line = one(base(), { history: [earlier()] });
      expect(line).toMatchObject({ status: 'zero', entitlement: '0.00', net: '0.00' });
      expect(line.adjustments).toEqual([{ code: 'oneTime', rule: ID, before: '600000.00', after: '0.00', why: 'alreadyAwarded' }]);
    });

    it('another centre in the history does not count', () => {
      expect(one(base(), { history: [earlier({ subjectId: 'CENTRE2' })] })).toMatchObject({ status: 'paid', net: '600000.00' });
    });

    it('two claims for the same centre in one batch: the larger is paid, the other zero', () => {
      const r = run([base({ id: 'a', ...only('1000000.00') }), base({ id: 'b', ...only('2000000.00') })]);
      expect(lineOf(r, 'b')).toMatchObject({ status: 'paid', net: '600000.00' });
      expect(lineOf(r, 'a')).toMatchObject({ status: 'zero', net: '0.00' });
      expect(r.total).toBe('600000.00');
    });

    it('two centres are separate subjects, each with its own cap', () => {
      const r = run([base({ id: 'a', subjectId: 'C1', ...only('20000000.00') }), base({ id: 'b', subjectId: 'C2', ...only('20000000.00') })]);
      expect(r.total).toBe('6000000.00');
    });
  });

  it('A8.1.6: the same centre already supported by another district policy → this policy tops up only (九(一)①)', () => {
    // room = 600,000.00 − 200,000.00 received from the other district policy = 400,000.00
    const other = { policy: 'decoration-subsidy', subjectId: 'S', clause: ID, amount: '200000.00', paidOn: '2026-01-15' };
    const line = one(base(), { beneficiary: beneficiary({ otherDistrictSupport: [other] }) });
    expect(line).toMatchObject({ status: 'reduced', entitlement: '600000.00', net: '400000.00' });
    expect(line.adjustments).toEqual([{ code: 'crossPolicy', rule: 'art09_1', before: '600000.00', after: '400000.00', other: '200000.00', room: '400000.00' }]);
  });

  it('一: a beneficiary whose main business is not a listed AI field is out of scope (no subject test for 八(一))', () => {
    const line = one(base(), { beneficiary: beneficiary({ mainBusinessFields: [] }) });
    expect(line.status).toBe('ineligible');
    expect(line.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
  });

  describe('explanation data: the figures the formula read', () => {
    // Equipment 1,000,000.00 + software 500,000.00 + leases 500,000.00 (decoration 3,000,000.00 left out, A8.1.1 b), × 30 %.
    explanationData(ID, { basis: { base: '2000000.00', equipmentAndSoftware: '2000000.00', decoration: '3000000.00', rate: '0.30' }, q: '2026-03-01', conditions: ['recognized'], net: '600000.00' });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('once', claim(ID), '600000.00');
    zeroLineIsNoAward(ID, '600000.00');
  });
});
