/** 一 scope, 九(七) validity window, 九(二)/六(一) routing, 九(一)② 一企一策, budget control. */
import { describe, expect, it } from 'vitest';
import { REFERRAL_POLICY } from '../../src/constraints/routing.js';
import { ART01_TEXT } from '../../src/constraints/scope.js';

import { application, beneficiary, claim, lineOf, evaluate } from '../helpers.js';
import { threeProjects } from './support.js';

const ENTITY_FLAGS = ['registeredInDistrict', 'taxAdministeredInDistrict', 'statsRegisteredInDistrict', 'soundFinancialSystem', 'independentLegalPerson', 'operatingNormally', 'goodCredit'];

describe('art01 一 scope', () => {
  it.each(ENTITY_FLAGS)('failing %s makes every award line ineligible with reason art01', (flag) => {
    const r = evaluate(application([claim('art06_5b', { id: 'a' }), claim('art08_3', { id: 'b' })], { beneficiary: beneficiary({ [flag]: false }) }));
    for (const l of r.lines) {
      expect(l.status).toBe('ineligible');
      expect(l.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: [flag] });
    }
    expect(r.total).toBe('0.00');
  });

  it('branch offices and unincorporated bodies have no independent legal personality (A1.6)', () => {
    for (const legalForm of ['branchOffice', 'unincorporated']) {
      const r = evaluate(application([claim('art08_3')], { beneficiary: beneficiary({ legalForm }) }));
      expect(lineOf(r).reasons[0]).toEqual({ code: 'scope', rule: 'art01', failed: ['independentLegalPerson'] });
    }
  });

  it('A1.1: an institution registered with its own registry is in scope by default, not under reading a', () => {
    const app = application([claim('art08_3')], { beneficiary: beneficiary({ legalForm: 'publicInstitution' }) });
    expect(lineOf(evaluate(app)).status).toBe('paid');
    expect(lineOf(evaluate(app, { readings: { 'A1.1': 'a' } })).reasons[0]).toEqual({ code: 'scope', rule: 'art01', failed: ['registeredInDistrict'] });
  });

  it('A1.2: with no AI main business, adopter/park/event lines pass on their subject; other lines do not', () => {
    const ben = beneficiary({ mainBusinessFields: [] });
    const r = evaluate(application([claim('art08_3', { id: 'e', subjectInAiField: true }), claim('art08_1', { id: 'c' })], { beneficiary: ben }));
    expect(lineOf(r, 'e').status).toBe('paid');
    expect(lineOf(r, 'c').reasons[0]).toEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
    const noFlag = evaluate(application([claim('art08_3', { id: 'e' })], { beneficiary: ben }));
    expect(lineOf(noFlag, 'e').status).toBe('ineligible');
    const literal = evaluate(application([claim('art08_3', { id: 'e', subjectInAiField: true })], { beneficiary: ben }), { readings: { 'A1.2': 'a' } });
    expect(lineOf(literal, 'e').status).toBe('ineligible');
  });

  it('a standing 九(五) finding fails 信誉良好 until it is lifted (A9.5.4)', () => {
    const standing = beneficiary({ fraudFindings: [{ confirmedOn: '2026-05-01', scope: 'all' }] });
    expect(lineOf(evaluate(application([claim('art08_3')], { beneficiary: standing }))).reasons[0]).toEqual({ code: 'scope', rule: 'art01', failed: ['goodCredit'] });
    const lifted = beneficiary({ fraudFindings: [{ confirmedOn: '2026-05-01', scope: 'all', liftedOn: '2026-11-30' }] });
    expect(lineOf(evaluate(application([claim('art08_3')], { beneficiary: lifted }))).status).toBe('paid');
    const later = beneficiary({ fraudFindings: [{ confirmedOn: '2026-12-02', scope: 'all' }] });
    expect(lineOf(evaluate(application([claim('art08_3')], { beneficiary: later }))).status).toBe('paid');
  });

  it('lists every failed condition, scope and clause alike', () => {
    const r = evaluate(application([claim('art08_3', { heldInDistrict: false })], { beneficiary: beneficiary({ goodCredit: false, soundFinancialSystem: false }) }));
    expect(lineOf(r).reasons).toEqual([
      { code: 'conditions', rule: 'art08_3', failed: ['heldInDistrict'] },
      { code: 'scope', rule: 'art01', failed: ['soundFinancialSystem', 'goodCredit'] },
    ]);
  });
});

describe('art09_7 九(七) validity window', () => {
  it.each([
    ['2025-06-30', 'ineligible'],
    ['2025-07-01', 'paid'],
    ['2026-12-01', 'paid'],
  ])('an event held on %s in award year 2026 is %s', (heldOn, status) => {
    const r = evaluate(application([claim('art08_3', { heldOn, filedAndApprovedOn: '2025-01-01' })]));
    expect(lineOf(r).status).toBe(status);
  });

  it('the last day 2028-06-30 is inside, 2028-07-01 outside', () => {
    const app = (heldOn: string) => application([claim('art08_3', { heldOn, filedAndApprovedOn: '2028-01-01' })], { awardYear: 2028, approvalDate: '2028-12-01' });
    expect(lineOf(evaluate(app('2028-06-30'))).status).toBe('paid');
    const out = lineOf(evaluate(app('2028-07-01')));
    expect(out.status).toBe('ineligible');
    expect(out.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: '2028-07-01', start: '2025-07-01', end: '2028-06-30' });
  });

  it('annual lines are anchored on 31 December of the base year: award years 2026–2028 only', () => {
    const annual = (y: number) => evaluate(application([claim('art02_2', { dataServiceRevenue: { [String(y - 1)]: '5000000.00' } })], { awardYear: y, approvalDate: `${y}-06-01` }));
    expect(lineOf(annual(2025)).status).toBe('ineligible');
    expect(lineOf(annual(2026)).status).toBe('paid');
    expect(lineOf(annual(2028)).status).toBe('paid');
    expect(lineOf(annual(2029)).status).toBe('ineligible');
  });

  it('a changed effective date moves the window', () => {
    const r = evaluate(application([claim('art08_3')]), { parameters: { 'art09_7.effectiveDate': '2026-03-02' } });
    expect(lineOf(r).reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: '2026-03-01', start: '2026-03-02', end: '2029-03-01' });
  });

  it('A9.7.3 c tests the approval date instead of the qualifying fact', () => {
    const app = application([claim('art08_3', { heldOn: '2025-05-01', filedAndApprovedOn: '2025-01-01' })]);
    expect(lineOf(evaluate(app)).status).toBe('ineligible');
    expect(lineOf(evaluate(app, { readings: { 'A9.7.3': 'c' } })).status).toBe('paid');
  });

  it('A9.7.3 b and d use the application date', () => {
    const app = application([claim('art02_2', { dataServiceRevenue: { '2024': '5000000.00' } })], {
      awardYear: 2025, approvalDate: '2025-09-01', applicationDate: '2025-08-01',
      beneficiary: beneficiary({ districtContribution: { '2024': '9000000.00' } }),
    });
    expect(lineOf(evaluate(app)).status).toBe('ineligible');
    expect(lineOf(evaluate(app, { readings: { 'A9.7.3': 'd' } })).status).toBe('paid');
    expect(lineOf(evaluate(app, { readings: { 'A9.7.3': 'b' } })).status).toBe('paid');
  });
});

describe('art09_2 九(二) / art06_1 六(一) routing', () => {
  it.each([
    ['art09_2', 'inclusiveCompute', '航空港区新型基础设施建设的有关政策'],
    ['art09_2', 'innovationPlatform', '《郑州航空港经济综合实验区科技创新驱动高质量发展若干政策措施》（郑港〔2024〕12号）'],
    ['art09_2', 'investmentFinancing', '郑港办〔2024〕40号'],
    ['art09_2', 'talent', '航空港区现行人才政策'],
    ['art06_1', 'robotPark', '航空港区片区开发政策'],
    ['art09_1', 'caseByCase', '“一事一议”“一企一策”（人工审议）'],
  ])('%s %s is a referral to %s, with no amount', (clause, topic, policy) => {
    const r = evaluate(application([{ id: 'r', clause, subjectId: 'X', topic }, claim('art08_3')]));
    expect(lineOf(r, 'r')).toMatchObject({ status: 'referral', net: '0.00' });
    expect(lineOf(r, 'r').reasons).toEqual([{ code: 'referral', rule: clause, topic, policy }]);
    expect(r.total).toBe('400000.00');
  });
});

describe('art09_1 九(一)② 一企一策', () => {
  const deal = (signedOn: string) => beneficiary({ oneEnterpriseOnePolicy: { signedOn, similarClauses: ['art08_3'] } });
  it('excludes the similar clauses only', () => {
    const r = evaluate(application([claim('art08_3', { id: 'e' }), claim('art08_1', { id: 'c' })], { beneficiary: deal('2026-01-01') }));
    expect(lineOf(r, 'e')).toMatchObject({ status: 'ineligible' });
    expect(lineOf(r, 'e').reasons).toEqual([{ code: 'oneEnterpriseOnePolicy', rule: 'art09_1', signedOn: '2026-01-01' }]);
    expect(lineOf(r, 'c').status).toBe('paid');
  });
  it('an agreement signed on the approval date counts; one signed after it does not (A9.1.6)', () => {
    expect(lineOf(evaluate(application([claim('art08_3')], { beneficiary: deal('2026-12-01') }))).status).toBe('ineligible');
    expect(lineOf(evaluate(application([claim('art08_3')], { beneficiary: deal('2026-12-02') }))).status).toBe('paid');
  });
});

describe('budget control (九(三) 总额控制, A9.3.11)', () => {
  it('scales every paid line last, floored to the fen', () => {
    // 八(三) 400,000.00 × 0.333 = 133,200.00; 六(五)b 1,000,000.00 × 0.333 = 333,000.00.
    const r = evaluate(application([claim('art08_3', { id: 'e' }), claim('art06_5b', { id: 'f' })]), { parameters: { 'art09_3.budgetScale': '0.333' } });
    expect(lineOf(r, 'e')).toMatchObject({ status: 'reduced', net: '133200.00' });
    expect(lineOf(r, 'f').adjustments).toEqual([{ code: 'budgetScale', rule: 'art09_3', before: '1000000.00', after: '333000.00', scale: '0.333' }]);
  });
  it('a factor of 1 changes nothing', () => {
    expect(evaluate(application([claim('art08_3')]), { parameters: { 'art09_3.budgetScale': '1' } }).total).toBe('400000.00');
  });
});

describe('art01 一 scope: 九(五) findings and reading A1.1', () => {
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

describe('art09_7 九(七) anchor dates (A9.7.3 b, d)', () => {
  it('b: the application date is tested, not the approval date', () => {
    // Window 2025-07-01 … 2028-06-30: applied 2028-06-30 (inside), approved 2028-07-15 (outside) → paid.
    const r = evaluate(threeProjects([claim('art08_3')], { applicationDate: '2028-06-30', approvalDate: '2028-07-15', awardYear: 2028 }), { readings: { 'A9.7.3': 'b' } });
    expect(lineOf(r)).toMatchObject({ status: 'paid', net: '400000.00', reasons: [] });
  });

  it('d: 八(二) (an annual clause) is tested on the application date', () => {
    // Applied 2025-06-15, before the window opens on 2025-07-01 → ineligible, with the date.
    const r = evaluate(threeProjects([claim('art08_2')], { applicationDate: '2025-06-15' }), { readings: { 'A9.7.3': 'd' } });
    expect(lineOf(r)).toMatchObject({ status: 'ineligible', net: '0.00' });
    expect(lineOf(r).reasons).toStrictEqual([{ code: 'window', rule: 'art09_7', date: '2025-06-15', start: '2025-07-01', end: '2028-06-30' }]);
  });
});

describe('art09_2 九(二) / art06_1 六(一) routing: the policy each topic goes to', () => {
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

describe('budget control: a factor below 1 cuts a paying line', () => {
  it('budget control at 0.9 cuts a paying line', () => {
    // 八(三): 50 % × 800,000.00 = 400,000.00; × 0.9 = 360,000.00.
    const r = evaluate(threeProjects([claim('art08_3')]), { parameters: { 'art09_3.budgetScale': '0.9' } });
    expect(lineOf(r)).toMatchObject({ status: 'reduced', entitlement: '400000.00', net: '360000.00' });
    expect(lineOf(r).adjustments.map((a) => a.code)).toStrictEqual(['budgetScale']);
  });
});
