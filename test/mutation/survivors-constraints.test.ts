/**
 * Survivors of the mutation run in the constraint stages 一 (scope), routing, 六(三) uplift, 九(一)① overlap and
 * 九(四) audited investment: inputs chosen so that each mutated expression takes another value and the result
 * shows it. Expected figures are worked by hand in the comments.
 */
import { describe, expect, it } from 'vitest';

import { REFERRAL_POLICY } from '../../src/constraints/routing.js';
import { ART01_TEXT } from '../../src/constraints/scope.js';
import { application, beneficiary, claim, lineOf, type Json, evaluate } from '../helpers.js';

const other = (subjectId: string, clause: string, amount: string): Json => ({ policy: 'X', subjectId, clause, amount, paidOn: '2026-01-01' });
const paidLine = (clause: string, subjectId: string, awardYear: number, entitlement: string, paid: string, extra: Json = {}): Json =>
  ({ clause, subjectId, awardYear, entitlement, paid, ...extra });

describe('九(四) audited investment', () => {
  it('reading R7 clauseOrder fills the earlier clause first instead of sharing pro rata', () => {
    // Project P, investment 1,000,000.00: 三(二) 800,000.00 + 三(三) 1,000,000.00 = 1,800,000.00 > room.
    // Clause order: 三(二) keeps 800,000.00, 三(三) gets the remaining 200,000.00 (pro rata would be 444,444.45 / 555,555.55).
    const r = evaluate(application([claim('art03_2', { id: 'a', subjectId: 'P' }), claim('art03_3', { id: 'b', subjectId: 'P' })],
      { projects: [{ id: 'P', auditedInvestment: '1000000.00' }] }), { readings: { R7: 'clauseOrder' } });
    expect(lineOf(r, 'a')).toMatchObject({ status: 'paid', net: '800000.00' });
    expect(lineOf(r, 'b')).toMatchObject({ status: 'reduced', net: '200000.00' });
    expect(lineOf(r, 'b').adjustments).toStrictEqual([{ code: 'auditedInvestment', rule: 'art09_4', before: '1000000.00', after: '200000.00', projectId: 'P', investment: '1000000.00', prior: '0.00', room: '1000000.00' }]);
  });

  it('prior money counts only for the same project: history of another project and other-policy money of another subject do not', () => {
    // Investment 1,200,000.00. Prior = history of project P 100,000.00 + other policy to P 50,000.00 = 150,000.00
    // → room 1,050,000.00 ≥ 三(三) 1,000,000.00: not cut. Counting project Q's 500,000.00 or subject Q's
    // 500,000.00 would leave less than 1,000,000.00.
    const history = [
      paidLine('art04_3', 'F', 2025, '100000.00', '100000.00', { projectId: 'P' }),
      paidLine('art04_3', 'G', 2025, '500000.00', '500000.00', { projectId: 'Q' }),
    ];
    const ben = beneficiary({ otherDistrictSupport: [other('P', 'art06_5a', '50000.00'), other('Q', 'art06_5a', '500000.00')] });
    const ok = evaluate(application([claim('art03_3', { id: 'b', subjectId: 'P' })], { beneficiary: ben, history, projects: [{ id: 'P', auditedInvestment: '1200000.00' }] }));
    expect(lineOf(ok, 'b')).toMatchObject({ status: 'paid', net: '1000000.00', adjustments: [] });
    // Investment 1,100,000.00: room 950,000.00 → cut, and the adjustment shows prior 150,000.00.
    const cut = evaluate(application([claim('art03_3', { id: 'b', subjectId: 'P' })], { beneficiary: ben, history, projects: [{ id: 'P', auditedInvestment: '1100000.00' }] }));
    expect(lineOf(cut, 'b').adjustments).toStrictEqual([{ code: 'auditedInvestment', rule: 'art09_4', before: '1000000.00', after: '950000.00', projectId: 'P', investment: '1100000.00', prior: '150000.00', room: '950000.00' }]);
  });

  it('reading A9.4.3 b: the project record\'s superior funding, when given, replaces the lines\' own figures', () => {
    // 三(三) line's superior funding = its disbursements 1,000,000.00; the record says 300,000.00.
    // Investment 1,500,000.00 − 300,000.00 = 1,200,000.00 ≥ 1,000,000.00: not cut (with the line figure: 500,000.00).
    const run = (project: Json) => lineOf(evaluate(application([claim('art03_3', { id: 'b', subjectId: 'P' })], { projects: [project] }), { readings: { 'A9.4.3': 'b' } }), 'b');
    expect(run({ id: 'P', auditedInvestment: '1500000.00', superiorFunding: '300000.00' })).toMatchObject({ status: 'paid', net: '1000000.00', adjustments: [] });
    // Without the record figure the line's 1,000,000.00 counts: room 500,000.00.
    expect(run({ id: 'P', auditedInvestment: '1500000.00' })).toMatchObject({ status: 'reduced', net: '500000.00' });
  });

  it('reading A9.4.1 b: the ceiling still bounds 三(一) and 三(三) project lines (and only those)', () => {
    // Each project's investment 100,000.00: 三(一) 1,500,000.00 → 100,000.00; 三(三) 1,000,000.00 → 100,000.00;
    // 三(二) is not an R&D project line under this reading and keeps 800,000.00.
    const r = evaluate(application([
      claim('art03_1', { id: 'a', subjectId: 'P1', nationalOrProvincialFunding: true }),
      claim('art03_3', { id: 'b', subjectId: 'P2' }),
      claim('art03_2', { id: 'c', subjectId: 'P3' }),
    ], { projects: ['P1', 'P2', 'P3'].map((id) => ({ id, auditedInvestment: '100000.00' })) }), { readings: { 'A9.4.1': 'b' } });
    expect(lineOf(r, 'a')).toMatchObject({ status: 'reduced', net: '100000.00' });
    expect(lineOf(r, 'b')).toMatchObject({ status: 'reduced', net: '100000.00' });
    expect(lineOf(r, 'c')).toMatchObject({ status: 'paid', net: '800000.00' });
  });
});

describe('九(一)① cumulative entitlement of a difference clause (三(一) in OG2)', () => {
  const rd = (history: Json[]) => lineOf(evaluate(application(
    [claim('art03_3', { id: 'b', subjectId: 'P', disbursements: [{ programme: 'nationalKeyRd', calendarYear: 2027, amount: '1000000.00' }] })],
    { awardYear: 2028, approvalDate: '2028-12-01', history, projects: [{ id: 'P', auditedInvestment: '99999999.00' }] },
  )), 'b');

  it('years are taken in ascending order, whatever the order of the history', () => {
    // 三(一) for P: 2027 entitled 1,000,000.00 paid 1,000,000.00 (listed first); 2026 two lines entitled 6,000,000.00
    // + 4,000,000.00, paid 5,000,000.00 + 4,000,000.00. In year order: 2026 → 10,000,000.00; 2027 → 9,000,000.00 +
    // 1,000,000.00 = 10,000,000.00; best 10,000,000.00; paid 10,000,000.00. 三(三) 1,000,000.00 (entitled 1,000,000.00)
    // → group room 10,000,000.00 − 10,000,000.00 = 0. (2027 before 2026 would give 1,000,000.00 + 10,000,000.00.)
    const line = rd([
      paidLine('art03_1', 'P', 2027, '1000000.00', '1000000.00'),
      paidLine('art03_1', 'P', 2026, '6000000.00', '5000000.00'),
      paidLine('art03_1', 'P', 2026, '4000000.00', '4000000.00'),
    ]);
    expect(line).toMatchObject({ status: 'zero', entitlement: '1000000.00', net: '0.00' });
    expect(line.adjustments).toStrictEqual([{ code: 'overlap', rule: 'art09_1', before: '1000000.00', after: '0.00', group: 'OG2', other: '0.00', room: '0.00' }]);
  });

  it('a year entitled more than it paid counts its entitlement; other subjects\' and clauses\' lines do not count', () => {
    // 三(一) for P: 2026 entitled 10,000,000.00, paid 9,000,000.00 → best 10,000,000.00; group paid 9,000,000.00 →
    // room 1,000,000.00: 三(三) paid in full. Subject Q's 三(一) 50,000,000.00 and P's 三(二) 30,000,000.00 (not in
    // OG2) would raise 三(一)'s cumulative entitlement if counted (they do not change what P's group paid).
    const line = rd([
      paidLine('art03_1', 'P', 2026, '10000000.00', '9000000.00'),
      paidLine('art03_1', 'Q', 2026, '50000000.00', '0.00'),
      paidLine('art03_2', 'P', 2026, '30000000.00', '0.00'),
    ]);
    expect(line).toMatchObject({ status: 'paid', net: '1000000.00', adjustments: [] });
    // With 9,500,000.00 paid the room is 500,000.00, shown in the adjustment.
    const tight = rd([
      paidLine('art03_1', 'P', 2026, '10000000.00', '9500000.00'),
      paidLine('art03_1', 'Q', 2026, '50000000.00', '0.00'),
      paidLine('art03_2', 'P', 2026, '30000000.00', '0.00'),
    ]);
    expect(tight.adjustments).toStrictEqual([{ code: 'overlap', rule: 'art09_1', before: '1000000.00', after: '500000.00', group: 'OG2', other: '0.00', room: '500000.00' }]);
  });
});

describe('九(一)① OG4 room with other district money over the years', () => {
  // 二(二) for stream S in 2027 on 8,000,000.00 of 2026 revenue: 800,000.00.
  const year2027 = (history: Json[], otherAmount: string, subjectOfOther = 'S') => lineOf(evaluate(application(
    [claim('art02_2', { id: 'd', subjectId: 'S', dataServiceRevenue: { '2026': '8000000.00' } })],
    { awardYear: 2027, approvalDate: '2027-12-01', history, beneficiary: beneficiary({ otherDistrictSupport: [other(subjectOfOther, 'art02_2', otherAmount)] }) },
  )), 'd');

  it('earlier years: per year the largest entitlement, all that was paid; this year\'s lines count only in this year', () => {
    // History of S: 2026 二(二) entitled 800,000.00 paid 0 and 八(二) entitled 100,000.00 paid 100,000.00;
    // 2027 (an earlier batch) 八(二) entitled 80,000.00 paid 50,000.00. Other money 1,000,000.00.
    // best (2027 only) = max(二(二) 800,000.00, 八(二) 80,000.00) = 800,000.00; paid this year 50,000.00.
    // Earlier years: best 800,000.00, paid 100,000.00.
    // room = min(800,000.00 − 50,000.00, 800,000.00 + 800,000.00 − 1,000,000.00 − 100,000.00 − 50,000.00) = 450,000.00.
    const line = year2027([
      paidLine('art02_2', 'S', 2026, '800000.00', '0.00'),
      paidLine('art08_2', 'S', 2026, '100000.00', '100000.00'),
      paidLine('art08_2', 'S', 2027, '80000.00', '50000.00'),
    ], '1000000.00');
    expect(line).toMatchObject({ status: 'reduced', net: '450000.00' });
    expect(line.adjustments).toStrictEqual([{ code: 'overlap', rule: 'art09_1', before: '800000.00', after: '450000.00', group: 'OG4', other: '1000000.00', room: '450000.00' }]);
  });

  it('what was paid this year bounds the room when the other money is small', () => {
    // Same history, other money 100,000.00: min(800,000.00 − 50,000.00, 800,000.00 + 800,000.00 − 100,000.00 −
    // 100,000.00 − 50,000.00 = 1,350,000.00) = 750,000.00.
    const line = year2027([
      paidLine('art02_2', 'S', 2026, '800000.00', '0.00'),
      paidLine('art08_2', 'S', 2026, '100000.00', '100000.00'),
      paidLine('art08_2', 'S', 2027, '80000.00', '50000.00'),
    ], '100000.00');
    expect(line).toMatchObject({ status: 'reduced', net: '750000.00' });
  });

  it('another subject\'s earlier entitlement does not add to the room', () => {
    // History only for stream T: 2026 二(二) entitled 800,000.00, paid 0. For S: best 800,000.00, nothing earlier;
    // other money 300,000.00 → room min(800,000.00, 800,000.00 − 300,000.00) = 500,000.00.
    const line = year2027([paidLine('art02_2', 'T', 2026, '800000.00', '0.00')], '300000.00');
    expect(line).toMatchObject({ status: 'reduced', net: '500000.00' });
  });

  it('a non-member clause of the subject in an earlier year does not add to the room', () => {
    // S's 2026 三(二) entitled 800,000.00 (not in OG4): ignored → room 500,000.00 as above.
    const line = year2027([paidLine('art03_2', 'S', 2026, '800000.00', '0.00')], '300000.00');
    expect(line).toMatchObject({ status: 'reduced', net: '500000.00' });
  });

  it('without other money, a per-year group uses the plain room (a year that paid both clauses does not reduce it)', () => {
    // 2025: 二(二) and 八(二) for R both entitled and paid 500,000.00. 2026: 二(二) 500,000.00 on 5,000,000.00 of
    // 2025 revenue; same-year history none → room 500,000.00, paid in full.
    const history = [paidLine('art02_2', 'R', 2025, '500000.00', '500000.00'), paidLine('art08_2', 'R', 2025, '500000.00', '500000.00')];
    const r = evaluate(application([claim('art02_2', { id: 'd', subjectId: 'R' })], { history }));
    expect(lineOf(r, 'd')).toMatchObject({ status: 'paid', net: '500000.00', adjustments: [] });
  });

  it('a group that is not per year, with other money, uses the plain room', () => {
    // Reading A9.1.1 a: 二(二) is a clause of its own. History 2025 entitled 500,000.00, paid 100,000.00; other money
    // 800,000.00. best = 500,000.00 + 500,000.00 = 1,000,000.00 → room max(0, 1,000,000.00 − 800,000.00) −
    // 100,000.00 = 100,000.00.
    const history = [paidLine('art02_2', 'R', 2025, '500000.00', '100000.00')];
    const r = evaluate(application([claim('art02_2', { id: 'd', subjectId: 'R' })], { history, beneficiary: beneficiary({ otherDistrictSupport: [other('R', 'art02_2', '800000.00')] }) }), { readings: { 'A9.1.1': 'a' } });
    expect(lineOf(r, 'd')).toMatchObject({ status: 'reduced', net: '100000.00' });
    expect(lineOf(r, 'd').adjustments).toStrictEqual([{ code: 'crossPolicy', rule: 'art09_1', before: '500000.00', after: '100000.00', other: '800000.00', room: '100000.00' }]);
  });
});

describe('九(一)① reading A9.1.1 a with other district money', () => {
  it('each clause is its own group: 四(一) takes the top-up cut, 四(二) is paid in full', () => {
    // Other money 1,000,000.00 for model M under 四(一): 四(一) 6,000,000.00 → 5,000,000.00; 四(二) 3,000,000.00 kept.
    const ben = beneficiary({ otherDistrictSupport: [other('M', 'art04_1', '1000000.00')] });
    const r = evaluate(application([claim('art04_1', { id: 'g', subjectId: 'M' }), claim('art04_2', { id: 'v', subjectId: 'M' })], { beneficiary: ben }), { readings: { 'A9.1.1': 'a' } });
    expect(lineOf(r, 'g')).toMatchObject({ status: 'reduced', net: '5000000.00' });
    expect(lineOf(r, 'g').adjustments).toStrictEqual([{ code: 'crossPolicy', rule: 'art09_1', before: '6000000.00', after: '5000000.00', other: '1000000.00', room: '5000000.00' }]);
    expect(lineOf(r, 'v')).toMatchObject({ status: 'paid', net: '3000000.00', adjustments: [] });
    expect(r.total).toBe('8000000.00');
  });
});

describe('九(一)① ladders are difference clauses: their cumulative entitlement is not the sum of the years', () => {
  it('五(一) in OG3: provincial 1,000,000.00 paid 500,000.00, then national 2,000,000.00, with other money', () => {
    // 2026 batch: national 2,000,000.00 − 500,000.00 paid = 1,500,000.00. Cumulative entitlement max(1,000,000.00,
    // 500,000.00 + 1,500,000.00) = 2,000,000.00 (not 2,500,000.00); other money 600,000.00; paid 500,000.00 →
    // room 2,000,000.00 − 600,000.00 − 500,000.00 = 900,000.00.
    const history = [paidLine('art05_1', 'P', 2025, '1000000.00', '500000.00', { tier: 'provincial' })];
    const ben = beneficiary({ otherDistrictSupport: [other('P', 'art05_1', '600000.00')] });
    const r = evaluate(application([claim('art05_1', { id: 's', subjectId: 'P', level: 'national' })], { history, beneficiary: ben, projects: [{ id: 'P', auditedInvestment: '99999999.00' }] }));
    expect(lineOf(r, 's')).toMatchObject({ status: 'reduced', net: '900000.00' });
  });

  it('五(二) under reading A5.2.5 c (other money is also a top-up deduction)', () => {
    const history = [paidLine('art05_2', 'S', 2025, '300000.00', '200000.00', { tier: 'provincialSmartWorkshop' })];
    const ben = beneficiary({ otherDistrictSupport: [other('S', 'art05_2', '100000.00')] });
    const r = evaluate(application([claim('art05_2', { id: 'w' })], { history, beneficiary: ben }), { readings: { 'A5.2.5': 'c' } });
    // 省级智能工厂 500,000.00 − 200,000.00 paid = 300,000.00. Cumulative entitlement max(300,000.00, 200,000.00 +
    // 300,000.00) = 500,000.00 (not 300,000.00 + 300,000.00); less other 100,000.00 and paid 200,000.00 → 200,000.00.
    expect(lineOf(r, 'w')).toMatchObject({ status: 'reduced', entitlement: '300000.00', net: '200000.00' });
    expect(lineOf(r, 'w').adjustments[1]).toStrictEqual({ code: 'crossPolicy', rule: 'art09_1', before: '300000.00', after: '200000.00', other: '100000.00', room: '200000.00' });
  });
});

describe('九(一)① entitlement of a plain group member counts only the subject\'s own history', () => {
  it('another stream\'s 八(二) entitlement of the same year is not this stream\'s', () => {
    // R: 二(二) 800,000.00 on 8,000,000.00; an earlier batch of 2026 gave R's 八(二) 500,000.00 (paid). T's 八(二)
    // 900,000.00 is another stream. best = max(800,000.00, 500,000.00) = 800,000.00 − 500,000.00 paid = 300,000.00.
    const history = [paidLine('art08_2', 'R', 2026, '500000.00', '500000.00'), paidLine('art08_2', 'T', 2026, '900000.00', '0.00')];
    const r = evaluate(application([claim('art02_2', { id: 'd', subjectId: 'R', dataServiceRevenue: { '2025': '8000000.00' } })], { history }));
    expect(lineOf(r, 'd')).toMatchObject({ status: 'reduced', net: '300000.00' });
  });
});

describe('一 scope', () => {
  it('a 九(五) finding lifted after the approval date still stands; one lifted before it does not', () => {
    const run = (liftedOn: string) => lineOf(evaluate(application([claim('art04_3')], { beneficiary: beneficiary({ fraudFindings: [{ confirmedOn: '2026-01-01', scope: 'all', liftedOn }] }) })));
    const standing = run('2027-01-01');
    expect(standing).toMatchObject({ status: 'ineligible', net: '0.00' });
    expect(standing.reasons).toStrictEqual([{ code: 'scope', rule: 'art01', failed: ['goodCredit'] }]);
    expect(run('2026-06-01')).toMatchObject({ status: 'paid', net: '400000.00', reasons: [] });
  });

  it('reading A1.1 a: an enterprise registered in the district meets 工商注册', () => {
    expect(lineOf(evaluate(application([claim('art04_3')]), { readings: { 'A1.1': 'a' } }))).toMatchObject({ status: 'paid', net: '400000.00', reasons: [] });
  });

  it('ART01_TEXT is the full wording of 一', () => {
    expect(ART01_TEXT).toBe('本政策适用于工商注册、财税户管、统计入库均在航空港区内，有健全的财务制度，具有独立法人资格，经营正常、管理规范、信誉良好，主营业务为人工智能算力和算法、AI 芯片及智能传感器、AI 大模型、数据标注及数据采集交易服务、人工智能软件和系统、智能机器人、智能终端产品、人工智能行业应用等重点领域的企业、机构等。');
  });
});

describe('routing', () => {
  const TOPICS: Array<[string, string]> = [
    ['art06_1', 'robotLeaderLanding'], ['art06_1', 'robotPark'], ['art09_2', 'computeFacilities'], ['art09_2', 'inclusiveCompute'],
    ['art09_2', 'greenDataCentre'], ['art09_2', 'innovationPlatform'], ['art09_2', 'enterpriseCultivation'],
    ['art09_2', 'investmentFinancing'], ['art09_2', 'talent'], ['art09_1', 'caseByCase'],
  ];
  const NO12 = { zh: '《郑州航空港经济综合实验区科技创新驱动高质量发展若干政策措施》（郑港〔2024〕12号）', en: 'Zhenggang [2024] No. 12 (innovation-driven development)' };
  const AREA = { zh: '航空港区片区开发政策', en: 'the district area-development policy' };
  const INFRA = { zh: '航空港区新型基础设施建设的有关政策', en: 'the district new-infrastructure policy' };

  it('each referral topic names the policy it goes to, in both languages', () => {
    expect(REFERRAL_POLICY).toStrictEqual({
      robotLeaderLanding: AREA, robotPark: AREA, computeFacilities: INFRA, inclusiveCompute: INFRA, greenDataCentre: INFRA,
      innovationPlatform: NO12, enterpriseCultivation: NO12,
      investmentFinancing: { zh: '郑港办〔2024〕40号', en: 'Zhenggangban [2024] No. 40 (finance)' },
      talent: { zh: '航空港区现行人才政策', en: 'the district talent policy in force' },
      caseByCase: { zh: '“一事一议”“一企一策”（人工审议）', en: '"case by case" / "one enterprise, one policy" (manual decision)' },
    });
  });

  it('the referral reason of each topic carries the Chinese name of that policy', () => {
    const r = evaluate(application(TOPICS.map(([clause, topic], i) => ({ id: `r${i}`, clause, subjectId: 'S', topic }))));
    TOPICS.forEach(([clause, topic], i) => {
      expect(lineOf(r, `r${i}`)).toMatchObject({ status: 'referral', net: '0.00' });
      expect(lineOf(r, `r${i}`).reasons).toStrictEqual([{ code: 'referral', rule: clause, topic, policy: REFERRAL_POLICY[topic]!.zh }]);
    });
    expect(lineOf(r, 'r0').reasons[0]).toMatchObject({ policy: '航空港区片区开发政策' });
    expect(lineOf(r, 'r6').reasons[0]).toMatchObject({ policy: NO12.zh });
  });
});

describe('六(三) uplift', () => {
  it('the uplift funds the 五(三) line\'s project, not the subject', () => {
    // 五(三) for product S, project P: 1,000,000.00; 六(三) 20 % = 200,000.00, project P (no record for S).
    const r = evaluate(application([claim('art05_3', { id: 'm', projectId: 'P' }), claim('art06_3', { id: 'u' })], { projects: [{ id: 'P', auditedInvestment: '99999999.00' }] }));
    expect(lineOf(r, 'u')).toMatchObject({ status: 'paid', entitlement: '200000.00', net: '200000.00', projectId: 'P' });
  });
});
