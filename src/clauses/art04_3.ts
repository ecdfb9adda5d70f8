/**
 * 四(三) 支持人工智能大模型研发训练 — one-time award for a national CAC generative-AI model filing, based on
 * the evaluation-related fees, at most 100万元.
 * Register: § 四(三); readings A4.3.1 (amount), A4.3.2 (once per enterprise / per model), A4.3.4 (filing type).
 */
import * as z from 'zod/mini';
import { IsoDate, Yuan, claimBase, enumOf, optional } from '../policy/inputParts.js';
import type { ClauseDef } from '../policy/model.js';
import { fenFromYuan, ZERO_FEN } from '../core/money.js';
import { cond, isEnterprise, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 四(三): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art04_3Input = z.strictObject({ ...claimBase, clause: z.literal('art04_3'), filingType: enumOf(['cacGenerativeAiFiling', 'localRegistration']),
  filedOn: IsoDate, evaluationRelatedFees: Yuan, approvedAmount: optional(Yuan) });

/** 四(三): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art04_3Words). */
export const art04_3Parameters = [
  { id: 'art04_3.cap', rule: 'art04_3', unit: 'yuan', value: '1000000', scope: 'perItem' },
] as const satisfies readonly ParameterFact[];

/** 四(三): the readings of ambiguous words that the branches below switch on (register ids; words: art04_3Words). */
export const art04_3Readings = [
  { id: 'A4.3.1', default: 'a', options: ['a', 'b', 'c'], consequential: true },
  { id: 'A4.3.2', default: 'a', options: ['a', 'b'], consequential: true },
] as const satisfies readonly ReadingFact[];

export const art04_3: ClauseDef<'art04_3'> = {
  id: 'art04_3',
  item: '四(三)',
  kind: 'REVIEW',
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: false,
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art04_3Parameters,
  readings: art04_3Readings,
  evaluate(claim, ctx) {
    const fees = fenFromYuan(claim.evaluationRelatedFees);
    const cap = ctx.params.fen('art04_3.cap');
    const conditions = [isEnterprise(ctx), cond('cacFiling', claim.filingType === 'cacGenerativeAiFiling')];
    const perModel = ctx.readings['A4.3.2'] === 'b';
    const reading = ctx.readings['A4.3.1'];
    const common = {
      conditions,
      qualifyingDate: claim.filedOn,
      caps: [
        { kind: 'item' as const, param: 'art04_3.cap', cap },
        { kind: 'oneTime' as const, key: perModel ? `art04_3|${claim.subjectId}` : `art04_3|${ctx.beneficiary.id}`,
          alreadyAwarded: ctx.history.some((h) => h.clause === 'art04_3' && h.entitlement > 0 && (!perModel || h.subjectId === claim.subjectId)) },
      ],
      basis: { evaluationRelatedFees: y(fees), reading: `A4.3.1 ${reading}` },
    };
    if (reading === 'c') return { ...common, gross: cap };
    if (reading === 'b') {
      return claim.approvedAmount === undefined
        ? { ...common, gross: ZERO_FEN, pending: { missing: 'approvedAmount' } }
        : { ...common, gross: fenFromYuan(claim.approvedAmount) };
    }
    return { ...common, gross: fees };
  },
};

/**
 * 四(三): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art04_3Words = {
  title: { zh: '支持人工智能大模型研发训练（模型备案奖励）', en: 'Generative-AI model filing award' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对获得国家网信办生成式人工智能模型备案的企业，依据其模型评测等相关费用，给予不超过100万元的一次性奖励。',
  parameters: {
    'art04_3.cap': { title: { zh: '模型备案一次性奖励上限', en: 'Cap of the filing award' }, quote: '给予不超过100万元的一次性奖励', token: '100万元' },
  },
  readings: {
    'A4.3.1': {
      a: { zh: '按评测等相关费用全额，封顶100万元', en: '100 % of the evaluation-related fees, capped' },
      b: { zh: '评审核定额，封顶', en: 'a reviewed amount, capped' },
      c: { zh: '定额100万元', en: 'a fixed amount at the cap' },
    },
    'A4.3.2': {
      a: { zh: '一次性指每家企业一次', en: 'once per enterprise' },
      b: { zh: '一次性指每个备案模型一次', en: 'once per filed model' },
    },
  },
  questions: {
    'A4.3.1': { zh: '模型备案奖励：按费用报销、评审核定，还是定额？', en: 'Model-filing award: reimbursed costs, a reviewed amount, or a fixed sum?' },
    'A4.3.2': { zh: '“一次性”指每家企业一次，还是每个备案模型一次？', en: 'Is "one-time" once per enterprise or once per filed model?' },
  },
  conditions: {
    enterprise: { zh: '受益主体为企业', en: 'the beneficiary is an enterprise', quote: '的企业' },
    cacFiling: { zh: '获得国家网信办生成式人工智能模型备案', en: 'holds a national CAC generative-AI filing', quote: '获得国家网信办生成式人工智能模型备案' },
  },
} as const satisfies DeclaredWords<typeof art04_3Parameters, typeof art04_3Readings> & ClauseWords;
