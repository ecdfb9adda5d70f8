/**
 * 三(一) 支持人工智能算法研发 — district algorithm R&D projects, maxima by plan class, set by review.
 * Register: § 三(一); readings A3.1.1 (maxima vs fixed), A3.1.2 (per project, or per undertaker, year and class),
 * A3.1.3 (tranches: cumulative).
 * `approvedAmount` is the project's total approved by review; a later tranche pays what is left of it.
 */
import * as z from 'zod/mini';
import { Bool, IsoDate, Yuan, claimBase, enumOf, optional } from '../policy/inputParts.js';
import type { CapDecl, ClauseDef } from '../policy/model.js';
import { fenFromYuan, ZERO_FEN } from '../core/money.js';
import { cond, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 三(一): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art03_1Input = z.strictObject({ ...claimBase, clause: z.literal('art03_1'),
  category: enumOf(['sciTechTackling', 'keyRd', 'majorSciTech']),
  onDistrictList: Bool, approved: Bool, approvedOn: IsoDate, approvedAmount: Yuan,
  nationalOrProvincialFunding: optional(Bool) });

/** 三(一): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art03_1Words). */
export const art03_1Parameters = [
  { id: 'art03_1.cap.sciTechTackling', rule: 'art03_1', unit: 'yuan', value: '1000000', scope: 'perSubjectCumulative' },
  { id: 'art03_1.cap.keyRd', rule: 'art03_1', unit: 'yuan', value: '2000000', scope: 'perSubjectCumulative' },
  { id: 'art03_1.cap.majorSciTech', rule: 'art03_1', unit: 'yuan', value: '10000000', scope: 'perSubjectCumulative' },
] as const satisfies readonly ParameterFact[];

/** 三(一): the readings of ambiguous words that the branches below switch on (register ids; words: art03_1Words). */
export const art03_1Readings = [
  { id: 'A3.1.1', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A3.1.2', default: 'perProject', options: ['perProject', 'perEnterpriseYear'], consequential: false },
] as const satisfies readonly ReadingFact[];

export const art03_1: ClauseDef<'art03_1'> = {
  id: 'art03_1',
  item: '三(一)',
  kind: 'REVIEW',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  overlapGroup: 'OG2',
  annual: false,
  paidAsDifference: true,
  rdProject: true,
  parameters: art03_1Parameters,
  readings: art03_1Readings,
  evaluate(claim, ctx) {
    const param = `art03_1.cap.${claim.category}` as const;
    const cap = ctx.params.fen(param);
    const approved = fenFromYuan(claim.approvedAmount);
    const conditions = [cond('onDistrictList', claim.onDistrictList), cond('approved', claim.approved), cond('approvedAmountPositive', approved > 0)];
    // A3.1.2: the maxima bound each project (default), or each undertaker's projects of one class in one award year
    // (perEnterpriseYear). Either way a project's later tranche pays what is left of its reviewed amount (A3.1.3).
    const perEnterpriseYear = ctx.readings['A3.1.2'] === 'perEnterpriseYear';
    const project: CapDecl = { kind: 'ladder', key: `art03_1|${claim.subjectId}`,
      prior: ctx.history.counted((h) => h.clause === 'art03_1' && h.subjectId === claim.subjectId) };
    return {
      conditions,
      gross: ctx.readings['A3.1.1'] === 'b' ? cap : approved,
      qualifyingDate: claim.approvedOn,
      caps: perEnterpriseYear
        ? [project, { kind: 'cumulative', stage: 'beneficiaryYear', scope: 'perBeneficiaryPerYear', param, cap,
            key: `art03_1|${ctx.beneficiary.id}|${ctx.awardYear}|${claim.category}`,
            // The class of an earlier line is its tier (set below), so earlier batches of the year count per class.
            prior: ctx.history.counted((h) => h.clause === 'art03_1' && h.awardYear === ctx.awardYear && h.tier === claim.category) }]
        : [{ kind: 'item', param, cap }, project],
      ...(perEnterpriseYear ? { tier: claim.category } : {}),
      project: { superiorFunded: claim.nationalOrProvincialFunding === true, superiorFunding: ZERO_FEN },
      basis: { category: claim.category, approvedAmount: y(approved), cap: y(cap) },
    };
  },
};

/**
 * 三(一): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art03_1Words = {
  title: { zh: '支持人工智能算法研发', en: 'District algorithm R&D projects' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '通过企业申报、揭榜招标、定向委托等方式，按照科技攻关计划、重点研发专项计划、重大科技专项计划三类分别给予最高100万元、200万元、1000万元的支持。所有项目需经申报、评审、审批程序予以立项。',
  parameters: {
    'art03_1.cap.sciTechTackling': { title: { zh: '科技攻关计划项目上限', en: 'Cap per project: S&T tackling plan' }, quote: '分别给予最高100万元、200万元、1000万元', token: '100万元' },
    'art03_1.cap.keyRd': { title: { zh: '重点研发专项计划项目上限', en: 'Cap per project: key R&D special plan' }, quote: '分别给予最高100万元、200万元、1000万元', token: '200万元' },
    'art03_1.cap.majorSciTech': { title: { zh: '重大科技专项计划项目上限', en: 'Cap per project: major S&T special plan' }, quote: '分别给予最高100万元、200万元、1000万元', token: '1000万元' },
  },
  readings: {
    'A3.1.1': {
      a: { zh: '最高额为评审核定额的上限', en: 'the maxima cap a reviewed amount' },
      b: { zh: '按最高额定额给予', en: 'the maxima are fixed amounts' },
    },
    'A3.1.2': {
      perProject: { zh: '最高额按每个项目计', en: 'each maximum is per project' },
      perEnterpriseYear: { zh: '最高额按每家单位每年每类计', en: 'each maximum is per undertaker per year, for each class' },
    },
  },
  questions: {
    'A3.1.1': { zh: '三(一)“最高”是上限还是定额', en: 'Are 三(一)\'s amounts maxima or fixed amounts' },
    'A3.1.2': { zh: '三(一)上限按项目还是按单位每年计', en: 'Is 三(一)\'s cap per project or per undertaker per year' },
  },
  conditions: {
    onDistrictList: { zh: '列入航空港区算法研发项目清单', en: 'on the district algorithm project list', quote: '制定航空港区算法研发项目清单' },
    approved: { zh: '经申报、评审、审批程序立项', en: 'approved after application, review and approval', quote: '所有项目需经申报、评审、审批程序予以立项' },
    approvedAmountPositive: { zh: '评审核定金额大于零', en: 'the reviewed amount is above zero', quote: '分别给予最高100万元、200万元、1000万元的支持' },
  },
} as const satisfies DeclaredWords<typeof art03_1Parameters, typeof art03_1Readings> & ClauseWords;
