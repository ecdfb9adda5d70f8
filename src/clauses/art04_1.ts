/**
 * 四(一) 支持多模态通用大模型研发 — 30 % of the lead unit's construction cost, at most 1000万元 per model.
 * Register: § 四(一); 超过千亿 is strictly more than 10^11 (boundaries.moreThan); readings A4.1.2–A4.1.8 (A4.1.7:
 * once per model, or once per lead developer; "per version" needs a version the input does not carry).
 */
import * as z from 'zod/mini';
import { Bool, IsoDate, ParamCount, Yuan, claimBase, optional } from '../policy/inputParts.js';
import { meets } from '../core/boundaries.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan } from '../core/money.js';
import { cond, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 四(一): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art04_1Input = z.strictObject({ ...claimBase, clause: z.literal('art04_1'), selfDeveloped: Bool, deployedParams: ParamCount,
  deployedInDistrict: Bool, thirdPartyEvaluated: Bool, domesticLeading: Bool, evaluatedOn: IsoDate,
  recognized: Bool, leadDeveloper: Bool, constructionCost: Yuan, multimodal: optional(Bool), openToSmes: optional(Bool) });

/** 四(一): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art04_1Words). */
export const art04_1Parameters = [
  { id: 'art04_1.paramsThreshold', rule: 'art04_1', unit: 'modelParams', value: '100000000000' },
  { id: 'art04_1.paramsComparison', rule: 'art04_1', unit: 'comparison', value: 'moreThan' },
  { id: 'art04_1.rate', rule: 'art04_1', unit: 'rate', value: '0.30', of: 'share' },
  { id: 'art04_1.cap', rule: 'art04_1', unit: 'yuan', value: '10000000', scope: 'perItem' },
] as const satisfies readonly ParameterFact[];

/** 四(一): the readings of ambiguous words that the branches below switch on (register ids; words: art04_1Words). */
export const art04_1Readings = [
  { id: 'A4.1.7', default: 'perModel', options: ['perModel', 'perEnterprise'], consequential: false },
] as const satisfies readonly ReadingFact[];

export const art04_1: ClauseDef<'art04_1'> = {
  id: 'art04_1',
  item: '四(一)',
  kind: 'PCT',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  overlapGroup: 'OG1',
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art04_1Parameters,
  readings: art04_1Readings,
  evaluate(claim, ctx) {
    const cost = fenFromYuan(claim.constructionCost);
    const perEnterprise = ctx.readings['A4.1.7'] === 'perEnterprise';
    const conditions = [
      cond('paramsThreshold', meets(BigInt(claim.deployedParams), ctx.params.big('art04_1.paramsThreshold'), ctx.params.comparison('art04_1.paramsComparison'))),
      cond('deployedInDistrict', claim.deployedInDistrict),
      cond('thirdPartyEvaluated', claim.thirdPartyEvaluated),
      cond('domesticLeading', claim.domesticLeading),
      cond('selfDeveloped', claim.selfDeveloped),
      cond('recognized', claim.recognized),
      cond('leadDeveloper', claim.leadDeveloper),
    ];
    return {
      conditions,
      gross: applyRate(cost, ctx.params.rate('art04_1.rate'), ctx.params.rounding),
      qualifyingDate: claim.evaluatedOn,
      caps: [
        { kind: 'item', param: 'art04_1.cap', cap: ctx.params.fen('art04_1.cap') },
        // A4.1.7: once per model (default), or once per lead developer (perEnterprise: any earlier model counts).
        perEnterprise
          ? { kind: 'oneTime', key: `art04_1|unit|${ctx.beneficiary.id}`,
              alreadyAwarded: ctx.history.some((h) => h.clause === 'art04_1' && h.entitlement > 0) }
          : { kind: 'oneTime', key: `art04_1|${claim.subjectId}`,
              alreadyAwarded: ctx.history.some((h) => h.clause === 'art04_1' && h.subjectId === claim.subjectId && h.entitlement > 0) },
      ],
      basis: { deployedParams: claim.deployedParams, constructionCost: y(cost), rate: ctx.params.rate('art04_1.rate').text },
    };
  },
};

/**
 * 四(一): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art04_1Words = {
  title: { zh: '支持多模态通用大模型研发', en: 'General-purpose (multimodal) large model' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对落地参数量超过千亿且经第三方评测机构评测性能达到国内领先的自研通用大模型，经认定，对牵头研发单位按其建设成本的30%给予最高1000万元的补助。',
  parameters: {
    'art04_1.paramsThreshold': { title: { zh: '通用大模型参数量门槛', en: 'General model parameter threshold' }, quote: '落地参数量超过千亿', token: '千亿' },
    'art04_1.paramsComparison': { title: { zh: '门槛是否含本数', en: 'Threshold comparison' }, quote: '落地参数量超过千亿', token: '超过' },
    'art04_1.rate': { title: { zh: '建设成本补助比例', en: 'Share of construction cost' }, quote: '按其建设成本的30%给予最高1000万元', token: '30%' },
    'art04_1.cap': { title: { zh: '每个模型上限', en: 'Cap per model' }, quote: '按其建设成本的30%给予最高1000万元', token: '1000万元' },
  },
  readings: {
    'A4.1.7': {
      perModel: { zh: '每个模型补助一次', en: 'once per model' },
      perEnterprise: { zh: '每家牵头研发单位补助一次', en: 'once per lead developer' },
    },
  },
  questions: {
    'A4.1.7': { zh: '四(一)补助按模型还是按牵头单位一次', en: 'Is 四(一) paid once per model or once per lead developer' },
  },
  conditions: {
    recognized: { zh: '经认定', en: 'recognised (经认定)', quote: '经认定' },
    paramsThreshold: { zh: '落地参数量超过门槛', en: 'deployed parameters above the threshold', quote: '落地参数量超过千亿' },
    deployedInDistrict: { zh: '在航空港区落地', en: 'deployed in the district', quote: '落地' },
    thirdPartyEvaluated: { zh: '经第三方评测机构评测', en: 'evaluated by a third-party agency', quote: '经第三方评测机构评测' },
    domesticLeading: { zh: '性能达到国内领先', en: 'performance is domestically leading', quote: '性能达到国内领先' },
    selfDeveloped: { zh: '自研', en: 'self-developed', quote: '自研通用大模型' },
    leadDeveloper: { zh: '为牵头研发单位', en: 'is the lead developer', quote: '对牵头研发单位' },
  },
} as const satisfies DeclaredWords<typeof art04_1Parameters, typeof art04_1Readings> & ClauseWords;
