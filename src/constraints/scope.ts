/**
 * 一 政策适用范围 — the entity gate (register §2, rule `art01`). Every condition of 一 is a named condition; if
 * one fails, every award line of the application is ineligible with reason `art01`. The credit condition also
 * fails while a 九(五) finding stands (A9.5.4).
 */
import { CLAUSES } from '../clauses/index.js';
import { onOrBefore } from '../core/dates.js';
import type { Condition, StageContext, WorkLine } from '../policy/model.js';
import { withState } from './lines.js';
import type { ReadingFact } from '../policy/readings.js';
import type { DeclaredWords, RuleWords } from '../policy/words.js';

/** 一 政策适用范围: the readings of ambiguous words that the branches below switch on (register ids; words: scopeWords). */
export const scopeReadings = [
  { id: 'A1.1', default: 'b', options: ['a', 'b'], consequential: true },
  { id: 'A1.2', default: 'b', options: ['a', 'b'], consequential: true },
] as const satisfies readonly ReadingFact[];

/** The original words of 一. */
export const ART01_TEXT =
  '本政策适用于工商注册、财税户管、统计入库均在航空港区内，有健全的财务制度，具有独立法人资格，经营正常、管理规范、信誉良好，主营业务为人工智能算力和算法、AI 芯片及智能传感器、AI 大模型、数据标注及数据采集交易服务、人工智能软件和系统、智能机器人、智能终端产品、人工智能行业应用等重点领域的企业、机构等。';

/** The conditions of 一 that do not depend on the line. */
export function entityConditions(ctx: StageContext): Condition[] {
  const b = ctx.beneficiary;
  const standingFinding = (b.fraudFindings ?? []).some(
    (f) => onOrBefore(f.confirmedOn, ctx.approvalDate) && (f.liftedOn === undefined || !onOrBefore(f.liftedOn, ctx.approvalDate)),
  );
  const literalRegistration = ctx.readings['A1.1'] === 'a';
  return [
    // A1.1 (b): for a non-enterprise, its own legal registration in the district stands in for 工商注册.
    { id: 'registeredInDistrict', met: b.registeredInDistrict && (!literalRegistration || b.legalForm === 'enterprise') },
    { id: 'taxAdministeredInDistrict', met: b.taxAdministeredInDistrict },
    { id: 'statsRegisteredInDistrict', met: b.statsRegisteredInDistrict },
    { id: 'soundFinancialSystem', met: b.soundFinancialSystem },
    // A1.6: branch offices and unincorporated bodies have no independent legal personality.
    { id: 'independentLegalPerson', met: b.independentLegalPerson && b.legalForm !== 'branchOffice' && b.legalForm !== 'unincorporated' },
    { id: 'operatingNormally', met: b.operatingNormally },
    { id: 'goodCredit', met: b.goodCredit && !standingFinding },
  ];
}

/** Stage 1: the entity gate. */
export function scopeGate(lines: readonly WorkLine[], ctx: StageContext): WorkLine[] {
  const entity = entityConditions(ctx).filter((c) => !c.met).map((c) => c.id);
  const hasField = ctx.beneficiary.mainBusinessFields.length > 0;
  const subjectReading = ctx.readings['A1.2'] !== 'a';
  return lines.map((line) => {
    const failed = [...entity];
    if (!hasField) {
      const def = CLAUSES[line.clause as keyof typeof CLAUSES];
      const claim = line.claim as { subjectInAiField?: boolean };
      // A1.2 (b): for the lines that reward adopters, parks and events, the subject may meet the field test.
      const bySubject = subjectReading && def?.subjectTest === true && claim.subjectInAiField === true;
      if (!bySubject) failed.push('mainBusinessInAiField');
    }
    return failed.length === 0 ? line : withState(line, 'ineligible', { code: 'scope', rule: 'art01', failed });
  });
}

/**
 * Performance only: true when every gate of 一 is met and the main-business test is met by the beneficiary itself: this stage would return its lines unchanged, so the pipeline skips it (conservative:
 * when in doubt, false). test/properties/invariants.test.ts checks on random applications that skipping changes nothing.
 */
export function scopeIdle(_lines: readonly WorkLine[], ctx: StageContext): boolean {
  return ctx.beneficiary.mainBusinessFields.length > 0 && entityConditions(ctx).every((c) => c.met);
}

/**
 * 一 政策适用范围: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const scopeWords = {
  item: '一',
  parameters: {
  },
  readings: {
    'A1.1': {
      a: { zh: '仅工商注册主体适用', en: 'only 工商-registered entities qualify' },
      b: { zh: '非企业机构以其他法定登记视同', en: 'for non-enterprises any legal registration in the district counts' },
    },
    'A1.2': {
      a: { zh: '主营业务须属所列领域', en: 'the entity\'s own main business must be a listed AI field' },
      b: { zh: '受奖对象（项目、园区、活动）属所列领域亦可', en: 'also met when the rewarded subject is in a listed field' },
    },
  },
  questions: {
    'A1.1': { zh: '高校、院所、协会等非企业机构如何满足“工商注册”？', en: 'How do universities, institutes and associations meet "工商注册" (business registration)?' },
    'A1.2': { zh: '“主营业务属重点领域”由谁满足：企业本身，还是受奖的项目、园区、活动？', en: 'Who must be in a listed AI field: the entity itself, or the rewarded project, park or event?' },
  },
  conditions: {
    registeredInDistrict: { zh: '工商注册（或同等法定登记）在航空港区内', en: 'registered in the district', quote: '工商注册、财税户管、统计入库均在航空港区内' },
    taxAdministeredInDistrict: { zh: '财税户管在航空港区内', en: 'tax-administered in the district', quote: '工商注册、财税户管、统计入库均在航空港区内' },
    statsRegisteredInDistrict: { zh: '统计入库在航空港区内', en: 'in the district statistics register', quote: '工商注册、财税户管、统计入库均在航空港区内' },
    soundFinancialSystem: { zh: '有健全的财务制度', en: 'has a sound financial system', quote: '有健全的财务制度' },
    independentLegalPerson: { zh: '具有独立法人资格', en: 'is an independent legal person', quote: '具有独立法人资格' },
    operatingNormally: { zh: '经营正常、管理规范', en: 'operating normally and well managed', quote: '经营正常、管理规范' },
    goodCredit: { zh: '信誉良好（无未解除的查实违规）', en: 'in good credit (no standing finding)', quote: '信誉良好' },
    mainBusinessInAiField: { zh: '主营业务属人工智能重点领域', en: 'main business in a listed AI field', quote: '主营业务为人工智能算力和算法、AI 芯片及智能传感器、AI 大模型、数据标注及数据采集交易服务、人工智能软件和系统、智能机器人、智能终端产品、人工智能行业应用等重点领域' },
  },
} as const satisfies DeclaredWords<readonly [], typeof scopeReadings> & RuleWords<typeof scopeReadings>;
