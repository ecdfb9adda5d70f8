/**
 * Surviving mutants in src/clauses: the history filters of the clauses' caps (which earlier lines count as prior,
 * which make a one-time award "already awarded"), the per-subject keys that keep two subjects' ladders apart, the
 * 五(二) 补差 base under its readings, the cumulative cap's reported parameter, and the NOT_ENCODED texts.
 *
 * The history "decoy" used throughout is an earlier line of a clause that is NOT the one under test, for the same
 * subject, in the same award year, with the same tier: it must be ignored by the clause's filters. Had a filter
 * lost its clause test, the decoy (90,000,000.00 paid) would eat the whole cap / make the award "already given".
 */
import { describe, expect, it } from 'vitest';
import { NOT_ENCODED, type LineResult } from '../../src/index.js';
import type { EvaluateOptions } from '../../src/edges/input/validate.js';
import { application, bigProject, claim, lineOf, one, type Json, evaluate } from '../helpers.js';

const money = (l: LineResult) => ({ status: l.status, gross: l.gross, entitlement: l.entitlement, net: l.net });
const paid = (amount: string) => ({ status: 'paid', gross: amount, entitlement: amount, net: amount });

/** An earlier line of another clause (`art02_2` unless said), same subject `S`, year 2026. */
const decoy = (tier?: string, clause = 'art02_2'): Json => ({
  clause, subjectId: 'S', awardYear: 2026, entitlement: '90000000.00', paid: '90000000.00',
  ...(tier === undefined ? {} : { tier }),
});
/** An earlier line of `clause` for subject `S` that was entitled to nothing (a zero line). */
const zeroLine = (clause: string, tier?: string): Json => ({
  clause, subjectId: 'S', awardYear: 2025, entitlement: '0.00', paid: '0.00', ...(tier === undefined ? {} : { tier }),
});
const readings = (r: Record<string, string>): EvaluateOptions => ({ readings: r });

describe('cap history filters ignore other clauses (decoy line of art02_2)', () => {
  // [label, clause claim, options, decoy tier, expected paid amount with no history and with the decoy]
  const CASES: [string, Json, EvaluateOptions | undefined, string | undefined, string, string?][] = [
    // 200,000.00 × ratio 0.5 (A2.1.1 c) = 100,000.00 ≤ 1,000,000.00 (per unit per year / per event).
    ['art02_1 perYear (A2.1.6)', claim('art02_1'), readings({ 'A2.1.6': 'perYear', 'A2.1.1': 'c' }), undefined, '100000.00'],
    ['art02_1 perEvent (A2.1.6)', claim('art02_1'), readings({ 'A2.1.6': 'perEvent', 'A2.1.1': 'c' }), undefined, '100000.00'],
    // keyRd approved 1,500,000.00, within the class's cap; the per-year class cap counts only 三(一) lines of the class.
    ['art03_1 perEnterpriseYear (A3.1.2)', claim('art03_1'), readings({ 'A3.1.2': 'perEnterpriseYear' }), 'keyRd', '1500000.00'],
    // 800,000.00 × 1 = 800,000.00 within the product cap and the enterprise-year cap.
    ['art03_2 product and enterprise-year caps', claim('art03_2'), undefined, undefined, '800000.00'],
    ['art03_3 once per subject (A3.3.3 b)', claim('art03_3'), readings({ 'A3.3.3': 'b' }), undefined, '1000000.00'],
    ['art04_1 once per model', claim('art04_1'), undefined, undefined, '6000000.00'],
    ['art04_3 once per unit (A4.3.2 a)', claim('art04_3'), undefined, undefined, '400000.00'],
    ['art05_2 补差 base, this policy (A5.2.5 a)', claim('art05_2'), undefined, 'provincialSmartFactory', '500000.00'],
    ['art06_2 ladder', claim('art06_2'), undefined, 'provincial', '1500000.00'],
    ['art06_4a once', claim('art06_4a'), undefined, undefined, '400000.00'],
    ['art06_5a once', claim('art06_5a'), undefined, undefined, '800000.00'],
    ['art06_5b once per unit', claim('art06_5b'), undefined, undefined, '1000000.00'],
    ['art07_1 ladder', claim('art07_1'), undefined, 'provincial', '3000000.00'],
    ['art07_2a once', claim('art07_2a'), undefined, undefined, '3000000.00'],
    ['art07_2b per park per year', claim('art07_2b'), undefined, undefined, '600000.00'],
    ['art08_1 once', claim('art08_1'), undefined, undefined, '600000.00'],
    // 八(二) shares overlap group OG4 with 二(二), so its decoy is a 六(五)b line.
    ['art08_2 per year (A8.2.3 a)', claim('art08_2'), undefined, undefined, '500000.00', 'art06_5b'],
    ['art08_2 per platform per year (A8.2.3 b)', claim('art08_2'), readings({ 'A8.2.3': 'b' }), undefined, '500000.00', 'art06_5b'],
    ['art08_3 per event (A8.3.2 a)', claim('art08_3'), undefined, undefined, '400000.00'],
    ['art08_3 per host per year (A8.3.2 b)', claim('art08_3'), readings({ 'A8.3.2': 'b' }), undefined, '400000.00'],
  ];

  it.each(CASES)('%s', (_label, c, options, tier, amount, decoyClause) => {
    const alone = one(c, {}, options);
    expect(money(alone)).toStrictEqual(paid(amount));
    const withDecoy = one(c, { history: [decoy(tier, decoyClause)] }, options);
    expect(money(withDecoy)).toStrictEqual(paid(amount));
    expect(withDecoy.adjustments).toStrictEqual([]);
  });
});

describe('one-time awards: an earlier line entitled to nothing was not an award', () => {
  // [label, clause, options, expected]: the earlier line of the same clause and subject has entitlement 0.00, so
  // `h.entitlement > 0` keeps it from counting (≥ 0 or `true` would make the award "already given" → zero).
  const CASES: [string, string, EvaluateOptions | undefined, string][] = [
    ['art04_1', 'art04_1', undefined, '6000000.00'],
    ['art04_2', 'art04_2', undefined, '3000000.00'],
    ['art04_3 per unit (A4.3.2 a)', 'art04_3', undefined, '400000.00'],
    ['art06_4a', 'art06_4a', undefined, '400000.00'],
    ['art06_5a', 'art06_5a', undefined, '800000.00'],
    ['art06_5b', 'art06_5b', undefined, '1000000.00'],
    ['art07_2a', 'art07_2a', undefined, '3000000.00'],
    ['art08_1', 'art08_1', undefined, '600000.00'],
  ];
  it.each(CASES)('%s', (_label, clause, options, amount) => {
    const l = one(claim(clause), { history: [zeroLine(clause)] }, options);
    expect(money(l)).toStrictEqual(paid(amount));
    expect(l.adjustments).toStrictEqual([]);
  });

  it('art06_5a: an earlier award for another standard does not make this one "already awarded"', () => {
    const history = [{ clause: 'art06_5a', subjectId: 'OTHER', awardYear: 2025, entitlement: '800000.00', paid: '800000.00' }];
    expect(money(one(claim('art06_5a'), { history }))).toStrictEqual(paid('800000.00'));
  });
});

describe('per-subject keys keep two subjects apart', () => {
  const two = (clause: string, options?: EvaluateOptions) => {
    const app = application(
      [claim(clause, { id: 'c1', subjectId: 'S1' }), claim(clause, { id: 'c2', subjectId: 'S2' })],
      { projects: [bigProject('S1'), bigProject('S2')] },
    );
    const r = evaluate(app, options);
    return [money(lineOf(r, 'c1')), money(lineOf(r, 'c2'))];
  };

  it('art05_1 (A5.1.2 a): each subject its own ladder → both 省级 titles paid', () => {
    const l = one(claim('art05_1'));
    expect(l.status).toBe('paid');
    expect(two('art05_1')).toStrictEqual([paid(l.net), paid(l.net)]);
  });

  it('art03_3 (A3.3.3 b): once per subject, not once per batch → both paid 1,000,000.00', () => {
    // 1,000,000.00 of national key R&D disbursed → 1,000,000.00 each (plus a team-reward note).
    expect(two('art03_3', readings({ 'A3.3.3': 'b' }))).toStrictEqual([paid('1000000.00'), paid('1000000.00')]);
  });
});

describe('art05_2 补差 base under A5.2.5 b (nominal of the highest title held)', () => {
  const B = readings({ 'A5.2.5': 'b' });

  it('a tiered line of another clause is no 五(二) title: 省级智能工厂 still paid 500,000.00', () => {
    // An art05_1 line whose tier happens to be a 五(二) title name (nominal 3,000,000.00): it must be skipped.
    const history = [{ clause: 'art05_1', subjectId: 'S', awardYear: 2025, entitlement: '100000.00', paid: '100000.00', tier: 'nationalDemoFactory' }];
    const l = one(claim('art05_2'), { history }, B);
    expect(money(l)).toStrictEqual(paid('500000.00'));
    expect(l.basis).toMatchObject({ alreadyReceived: '0.00' });
  });

  it('a 五(二) line with an unknown tier carries no nominal amount: prior 0.00', () => {
    const history = [{ clause: 'art05_2', subjectId: 'S', awardYear: 2025, entitlement: '100000.00', paid: '100000.00', tier: 'notATitle' }];
    const l = one(claim('art05_2'), { history }, B);
    expect(money(l)).toStrictEqual(paid('500000.00'));
    expect(l.basis).toMatchObject({ alreadyReceived: '0.00' });
  });

  it('reading a: a paid line of another clause is not money for a title', () => {
    const history = [{ clause: 'art05_1', subjectId: 'W0', awardYear: 2025, entitlement: '300000.00', paid: '300000.00' }];
    const l = one(claim('art05_2'), { history });
    expect(money(l)).toStrictEqual(paid('500000.00'));
    expect(l.basis).toMatchObject({ alreadyReceived: '0.00' });
  });
});

describe('art08_3 per host per year (A8.3.2 b): the cumulative cut names its parameter', () => {
  it('1,400,000.00 already paid this year → room 100,000.00, cut reported with param art08_3.cap', () => {
    // Cap 1,500,000.00; prior 1,400,000.00 → room 100,000.00 < 400,000.00.
    const history = [{ clause: 'art08_3', subjectId: 'E0', awardYear: 2026, entitlement: '1400000.00', paid: '1400000.00' }];
    const l = one(claim('art08_3'), { history }, readings({ 'A8.3.2': 'b' }));
    expect(money(l)).toStrictEqual({ status: 'reduced', gross: '400000.00', entitlement: '100000.00', net: '100000.00' });
    const cut = l.adjustments.find((a) => a.code === 'cumulativeCap');
    expect(cut).toMatchObject({ param: 'art08_3.cap', scope: 'perBeneficiaryPerYear' });
  });
});

describe('NOT_ENCODED', () => {
  it('says, in Chinese, why each item is not an award line', () => {
    expect(NOT_ENCODED.map((n) => [n.id, n.why.zh])).toStrictEqual([
      ['art06_1', '转介航空港区片区开发政策，本政策不计算金额（转介行）'],
      ['art09_1', '就高不重复与一企一策排除为约束（constraints/overlap、constraints/oneEnterprise）；一事一议转人工'],
      ['art09_2', '未列明领域转介其他政策（转介行）'],
      ['art09_3', '年度总额上限为约束（constraints/annualCap）'],
      ['art09_4', '审计投资额上限为约束（constraints/auditedInvestment）'],
      ['art09_5', '追回为拨付后的退款计算（clawback）'],
      ['art09_6', '程序性条款：绩效监控、监督检查与档案保存，不涉及计算'],
      ['art09_7', '有效期为约束（constraints/validity）'],
    ]);
  });
});
