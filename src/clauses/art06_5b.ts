/**
 * 六(五)b 实施标准领航工程 — a fixed one-time 100万元 for an enterprise's first inclusion in the MIIT
 * 《工业机器人行业规范条件》 list.
 * Register: § 六(五); reading A6.5.7 (first inclusion only).
 */
import * as z from 'zod/mini';
import { Bool, IsoDate, claimBase } from '../policy/inputParts.js';
import type { ClauseDef } from '../policy/model.js';
import { cond, isEnterprise, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 六(五)b: what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art06_5bInput = z.strictObject({ ...claimBase, clause: z.literal('art06_5b'), firstIncludedOn: IsoDate, previouslyIncluded: Bool });

/** 六(五)b: the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art06_5bWords). */
export const art06_5bParameters = [
  { id: 'art06_5b.amount', rule: 'art06_5b', unit: 'yuan', value: '1000000' },
] as const satisfies readonly ParameterFact[];

/** 六(五)b: the readings of ambiguous words that the branches below switch on (register ids; words: art06_5bWords). */
export const art06_5bReadings = [
] as const satisfies readonly ReadingFact[];

export const art06_5b: ClauseDef<'art06_5b'> = {
  id: 'art06_5b',
  item: '六(五)b',
  kind: 'FIXED',
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: false,
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art06_5bParameters,
  readings: art06_5bReadings,
  evaluate(claim, ctx) {
    const amount = ctx.params.fen('art06_5b.amount');
    return {
      conditions: [isEnterprise(ctx), cond('firstInclusion', !claim.previouslyIncluded)],
      gross: amount,
      qualifyingDate: claim.firstIncludedOn,
      caps: [{ kind: 'oneTime', key: `art06_5b|${ctx.beneficiary.id}`,
        alreadyAwarded: ctx.history.some((h) => h.clause === 'art06_5b' && h.entitlement > 0) }],
      basis: { amount: y(amount) },
    };
  },
};

/**
 * 六(五)b: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art06_5bWords = {
  title: { zh: '实施标准领航工程（首次入选规范条件目录）', en: 'First inclusion in the MIIT industrial-robot list' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对首次入选工信部《工业机器人行业规范条件》目录的企业，给予一次性100万元的奖励。',
  parameters: {
    'art06_5b.amount': { title: { zh: '首次入选规范条件目录奖励', en: 'First inclusion in the MIIT list' }, quote: '给予一次性100万元的奖励', token: '100万元' },
  },
  readings: {
  },
  questions: {
  },
  conditions: {
    enterprise: { zh: '受益主体为企业', en: 'the beneficiary is an enterprise', quote: '目录的企业' },
    firstInclusion: { zh: '首次入选目录', en: 'first inclusion in the list', quote: '首次入选工信部《工业机器人行业规范条件》目录' },
  },
} as const satisfies DeclaredWords<typeof art06_5bParameters, typeof art06_5bReadings> & ClauseWords;
