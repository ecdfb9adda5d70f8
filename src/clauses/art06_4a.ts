/**
 * 六(四)a 支持示范应用推广 — excellent robot digital-transformation cases, at most 50万元 each, set by review.
 * Register: § 六(四); readings A6.4.1–A6.4.3.
 */
import * as z from 'zod/mini';
import { Bool, IsoDate, Yuan, claimBase } from '../policy/inputParts.js';
import type { ClauseDef } from '../policy/model.js';
import { fenFromYuan } from '../core/money.js';
import { cond, isEnterprise, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 六(四)a: what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art06_4aInput = z.strictObject({ ...claimBase, clause: z.literal('art06_4a'), reviewedExcellent: Bool, reviewedOn: IsoDate,
  approvedAmount: Yuan });

/** 六(四)a: the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art06_4aWords). */
export const art06_4aParameters = [
  { id: 'art06_4a.cap', rule: 'art06_4a', unit: 'yuan', value: '500000', scope: 'perItem' },
] as const satisfies readonly ParameterFact[];

/** 六(四)a: the readings of ambiguous words that the branches below switch on (register ids; words: art06_4aWords). */
export const art06_4aReadings = [
  { id: 'A6.4.3', default: 'a', options: ['a', 'b'], consequential: false },
] as const satisfies readonly ReadingFact[];

export const art06_4a: ClauseDef<'art06_4a'> = {
  id: 'art06_4a',
  item: '六(四)a',
  kind: 'REVIEW',
  // A6.4.1: the beneficiary is the 智能机器人企业 whose products make up the case; 「企业」 is an enterprise (R6).
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: true,
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art06_4aParameters,
  readings: art06_4aReadings,
  evaluate(claim, ctx) {
    const cap = ctx.params.fen('art06_4a.cap');
    const approved = fenFromYuan(claim.approvedAmount);
    const fixed = ctx.readings['A6.4.3'] === 'b';
    return {
      conditions: [isEnterprise(ctx), cond('reviewedExcellent', claim.reviewedExcellent), cond('approvedAmountPositive', fixed || approved > 0)],
      gross: fixed ? cap : approved,
      qualifyingDate: claim.reviewedOn,
      caps: [
        { kind: 'item', param: 'art06_4a.cap', cap },
        { kind: 'oneTime', key: `art06_4a|${claim.subjectId}`,
          alreadyAwarded: ctx.history.some((h) => h.clause === 'art06_4a' && h.subjectId === claim.subjectId && h.entitlement > 0) },
      ],
      basis: { approvedAmount: y(approved), cap: y(cap) },
    };
  },
};

/**
 * 六(四)a: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art06_4aWords = {
  title: { zh: '支持示范应用推广（优秀案例）', en: 'Excellent robot transformation cases' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对经评审认定的优秀案例，每个给予不超过50万元奖励。',
  parameters: {
    'art06_4a.cap': { title: { zh: '每个优秀案例上限', en: 'Cap per excellent case' }, quote: '每个给予不超过50万元奖励', token: '50万元' },
  },
  readings: {
    'A6.4.3': {
      a: { zh: '不超过额为评审核定额的上限', en: 'the maximum caps a reviewed amount' },
      b: { zh: '按最高额定额给予', en: 'the maximum is a fixed amount' },
    },
  },
  questions: {
    'A6.4.3': { zh: '六(四)“不超过”是上限还是定额', en: 'Is 六(四)\'s amount a maximum or a fixed amount' },
  },
  conditions: {
    enterprise: { zh: '受益主体为企业', en: 'the beneficiary is an enterprise', quote: '智能机器人企业' },
    approvedAmountPositive: { zh: '评审核定金额大于零', en: 'the reviewed amount is above zero', quote: '每个给予不超过50万元奖励' },
    reviewedExcellent: { zh: '经评审认定为优秀案例', en: 'reviewed as an excellent case', quote: '对经评审认定的优秀案例' },
  },
} as const satisfies DeclaredWords<typeof art06_4aParameters, typeof art06_4aReadings> & ClauseWords;
