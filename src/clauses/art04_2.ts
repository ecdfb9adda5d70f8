/**
 * 四(二) 支持行业大模型研发 — 30 % of the lead unit's construction cost, at most 500万元 per model.
 * Register: § 四(二); 超过百亿 is strictly more than 10^10; A4.2.3: self-development is not required; A4.2.8: once
 * per model, or once per lead developer.
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

/** 四(二): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art04_2Input = z.strictObject({ ...claimBase, clause: z.literal('art04_2'), deployedParams: ParamCount, deployedInDistrict: Bool,
  thirdPartyEvaluated: Bool, majorIndustryInfluence: Bool, evaluatedOn: IsoDate, recognized: Bool,
  leadDeveloper: Bool, constructionCost: Yuan, selfDeveloped: optional(Bool) });

/** 四(二): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art04_2Words). */
export const art04_2Parameters = [
  { id: 'art04_2.paramsThreshold', rule: 'art04_2', unit: 'modelParams', value: '10000000000' },
  { id: 'art04_2.paramsComparison', rule: 'art04_2', unit: 'comparison', value: 'moreThan' },
  { id: 'art04_2.rate', rule: 'art04_2', unit: 'rate', value: '0.30', of: 'share' },
  { id: 'art04_2.cap', rule: 'art04_2', unit: 'yuan', value: '5000000', scope: 'perItem' },
] as const satisfies readonly ParameterFact[];

/** 四(二): the readings of ambiguous words that the branches below switch on (register ids; words: art04_2Words). */
export const art04_2Readings = [
  { id: 'A4.2.8', default: 'perModel', options: ['perModel', 'perEnterprise'], consequential: false },
] as const satisfies readonly ReadingFact[];

export const art04_2: ClauseDef<'art04_2'> = {
  id: 'art04_2',
  item: '四(二)',
  kind: 'PCT',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  overlapGroup: 'OG1',
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art04_2Parameters,
  readings: art04_2Readings,
  evaluate(claim, ctx) {
    const cost = fenFromYuan(claim.constructionCost);
    const perEnterprise = ctx.readings['A4.2.8'] === 'perEnterprise';
    const conditions = [
      cond('paramsThreshold', meets(BigInt(claim.deployedParams), ctx.params.big('art04_2.paramsThreshold'), ctx.params.comparison('art04_2.paramsComparison'))),
      cond('deployedInDistrict', claim.deployedInDistrict),
      cond('thirdPartyEvaluated', claim.thirdPartyEvaluated),
      cond('majorIndustryInfluence', claim.majorIndustryInfluence),
      cond('recognized', claim.recognized),
      cond('leadDeveloper', claim.leadDeveloper),
    ];
    return {
      conditions,
      gross: applyRate(cost, ctx.params.rate('art04_2.rate'), ctx.params.rounding),
      qualifyingDate: claim.evaluatedOn,
      caps: [
        { kind: 'item', param: 'art04_2.cap', cap: ctx.params.fen('art04_2.cap') },
        // A4.2.8: once per model (default), or once per lead developer (perEnterprise: any earlier model counts).
        perEnterprise
          ? { kind: 'oneTime', key: `art04_2|unit|${ctx.beneficiary.id}`,
              alreadyAwarded: ctx.history.some((h) => h.clause === 'art04_2' && h.entitlement > 0) }
          : { kind: 'oneTime', key: `art04_2|${claim.subjectId}`,
              alreadyAwarded: ctx.history.some((h) => h.clause === 'art04_2' && h.subjectId === claim.subjectId && h.entitlement > 0) },
      ],
      basis: { deployedParams: claim.deployedParams, constructionCost: y(cost), rate: ctx.params.rate('art04_2.rate').text },
    };
  },
};

/**
 * 四(二): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art04_2Words = {
  title: { zh: '支持行业大模型研发', en: 'Vertical-industry large model' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对落地参数量超过百亿且经第三方评测机构评测，具有行业重大影响力的垂直行业专用大模型，经认定，对牵头研发单位按其建设成本的30%最高给予500万元的补助。',
  parameters: {
    'art04_2.paramsThreshold': { title: { zh: '行业大模型参数量门槛', en: 'Vertical model parameter threshold' }, quote: '落地参数量超过百亿', token: '百亿' },
    'art04_2.paramsComparison': { title: { zh: '门槛是否含本数', en: 'Threshold comparison' }, quote: '落地参数量超过百亿', token: '超过' },
    'art04_2.rate': { title: { zh: '建设成本补助比例', en: 'Share of construction cost' }, quote: '按其建设成本的30%最高给予500万元', token: '30%' },
    'art04_2.cap': { title: { zh: '每个模型上限', en: 'Cap per model' }, quote: '按其建设成本的30%最高给予500万元', token: '500万元' },
  },
  readings: {
    'A4.2.8': {
      perModel: { zh: '每个模型补助一次', en: 'once per model' },
      perEnterprise: { zh: '每家牵头研发单位补助一次', en: 'once per lead developer' },
    },
  },
  questions: {
    'A4.2.8': { zh: '四(二)补助按模型还是按牵头单位一次', en: 'Is 四(二) paid once per model or once per lead developer' },
  },
  conditions: {
    recognized: { zh: '经认定', en: 'recognised (经认定)', quote: '经认定' },
    paramsThreshold: { zh: '落地参数量超过门槛', en: 'deployed parameters above the threshold', quote: '落地参数量超过百亿' },
    deployedInDistrict: { zh: '在航空港区落地', en: 'deployed in the district', quote: '落地' },
    thirdPartyEvaluated: { zh: '经第三方评测机构评测', en: 'evaluated by a third-party agency', quote: '经第三方评测机构评测' },
    leadDeveloper: { zh: '为牵头研发单位', en: 'is the lead developer', quote: '对牵头研发单位' },
    majorIndustryInfluence: { zh: '具有行业重大影响力', en: 'has major industry influence', quote: '具有行业重大影响力' },
  },
} as const satisfies DeclaredWords<typeof art04_2Parameters, typeof art04_2Readings> & ClauseWords;
