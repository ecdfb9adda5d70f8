/**
 * 六(三) 用好首台（套）政策 — the 五(三) matching amount for a robot product raised by 20 %, as a line of its own
 * (A6.3.2) computed on the 五(三) entitlement of the same product before 九(四) / 九(三) (A6.3.3).
 * Register: § 六(三); reading A6.3.1 (robots only, by default). If no 五(三) line of the product survives the
 * gates, this line is ineligible too (A6.3.4). The uplift is paid once per product and batch: a second 六(三)
 * claim for the same product is `zero` (the 五(三) base is already the product's whole entitlement).
 */
import * as z from 'zod/mini';
import { Bool, base } from '../policy/inputParts.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, ZERO_FEN } from '../core/money.js';
import { cond, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/**
 * 六(三): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim).
 * 六(三) builds on the 五(三) line of the same product and belongs to its project.
 */
export const art06_3Input = z.strictObject({ ...base, clause: z.literal('art06_3'), intelligentRobot: Bool });

/** 六(三): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art06_3Words). */
export const art06_3Parameters = [
  { id: 'art06_3.uplift', rule: 'art06_3', unit: 'rate', value: '0.20', of: 'share' },
] as const satisfies readonly ParameterFact[];

/** 六(三): the readings of ambiguous words that the branches below switch on (register ids; words: art06_3Words). */
export const art06_3Readings = [
  { id: 'A6.3.1', default: 'a', options: ['a', 'b'], consequential: true },
] as const satisfies readonly ReadingFact[];

export const art06_3: ClauseDef<'art06_3'> = {
  id: 'art06_3',
  item: '六(三)',
  kind: 'UPLIFT',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art06_3Parameters,
  readings: art06_3Readings,
  evaluate(claim, ctx) {
    // 六(三) builds on the 五(三) lines of the same batch: only the uplift stage, which knows them, evaluates it.
    if (ctx.upliftBase === undefined) throw new Error('六(三) is evaluated by the uplift stage, with the 五(三) entitlements it builds on');
    const base = ctx.upliftBase.get(claim.subjectId);
    const rate = ctx.params.rate('art06_3.uplift');
    return {
      conditions: [
        cond('intelligentRobot', ctx.readings['A6.3.1'] === 'b' || claim.intelligentRobot),
        cond('art05_3Line', base !== undefined),
      ],
      gross: base === undefined ? ZERO_FEN : applyRate(base.amount, rate, ctx.params.rounding),
      qualifyingDate: null,
      caps: [{ kind: 'oneTime', key: `art06_3|${claim.subjectId}`, alreadyAwarded: false }],
      // It belongs to its 五(三) line's project; that line, not this one, shows the higher-level money.
      ...(base ? { project: { id: base.projectId, superiorFunded: false, superiorFunding: ZERO_FEN } } : {}),
      basis: { art05_3Entitlement: base === undefined ? 'none' : y(base.amount), uplift: rate.text },
    };
  },
};

/**
 * 六(三): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art06_3Words = {
  title: { zh: '用好首台（套）政策（机器人首台（套）上浮）', en: 'Robot first-set uplift' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对我区经国家或省认定的人工智能首台（套）重大技术装备产品，且获得国家或省首台（套）重大技术装备奖励资金支持的，相关配套支持金额在本政策第五条第三款基础上上浮20%。',
  parameters: {
    'art06_3.uplift': { title: { zh: '机器人首台（套）配套上浮比例', en: 'Robot first-set uplift' }, quote: '上浮20%', token: '20%' },
  },
  readings: {
    'A6.3.1': {
      a: { zh: '仅智能机器人产品上浮', en: 'intelligent-robot products only' },
      b: { zh: '所有人工智能首台（套）产品上浮', en: 'every AI first-set product' },
    },
  },
  questions: {
    'A6.3.1': { zh: '上浮20%只适用于智能机器人，还是所有人工智能首台（套）？', en: 'Does the 20 % uplift apply to robots only, or to every AI first-set product?' },
  },
  conditions: {
    intelligentRobot: { zh: '属智能机器人产品', en: 'an intelligent-robot product', quote: '支持智能机器人发展' },
    art05_3Line: { zh: '同一产品有可支付的五(三)配套', en: 'the product has a payable 五(三) line', quote: '相关配套支持金额在本政策第五条第三款基础上上浮20%' },
  },
} as const satisfies DeclaredWords<typeof art06_3Parameters, typeof art06_3Readings> & ClauseWords;
