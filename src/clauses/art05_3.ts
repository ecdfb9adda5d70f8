/**
 * 五(三) 支持智能产品首购首用 — 1:1 matching of the higher-level 首台（套） award. No cap of its own (A5.3.4).
 * Register: § 五(三); readings A5.3.1 (sum of levels), A5.3.6 (each tranche as received).
 */
import * as z from 'zod/mini';
import { Bool, IsoDate, Level, SuperiorMoney, claimBase } from '../policy/inputParts.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, ZERO_FEN } from '../core/money.js';
import { cond, superior, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 五(三): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art05_3Input = z.strictObject({ ...claimBase, clause: z.literal('art05_3'), aiProduct: Bool, recognitionLevel: Level,
  recognizedOn: IsoDate, superiorLevel: Level, superiorAward: SuperiorMoney });

/** 五(三): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art05_3Words). */
export const art05_3Parameters = [
  { id: 'art05_3.ratio', rule: 'art05_3', unit: 'rate', value: '1', of: 'ratio' },
] as const satisfies readonly ParameterFact[];

/** 五(三): the readings of ambiguous words that the branches below switch on (register ids; words: art05_3Words). */
export const art05_3Readings = [
] as const satisfies readonly ReadingFact[];

export const art05_3: ClauseDef<'art05_3'> = {
  id: 'art05_3',
  item: '五(三)',
  kind: 'MATCH',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art05_3Parameters,
  readings: art05_3Readings,
  evaluate(claim, ctx) {
    const award = superior(claim.superiorAward);
    const ratio = ctx.params.rate('art05_3.ratio');
    const outcome = {
      conditions: [cond('aiProduct', claim.aiProduct), cond('superiorAwardReceived', award.amount > 0)],
      gross: applyRate(award.amount, ratio, ctx.params.rounding),
      qualifyingDate: award.receivedOn ?? null,
      project: { superiorFunded: award.receivedOn !== undefined && award.amount > 0, superiorFunding: award.amount },
      basis: { recognitionLevel: claim.recognitionLevel, superiorLevel: claim.superiorLevel, superiorAward: y(award.amount), ratio: ratio.text },
    };
    return award.receivedOn === undefined ? { ...outcome, gross: ZERO_FEN, pending: { missing: 'superiorAward.receivedOn' } } : outcome;
  },
};

/**
 * 五(三): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art05_3Words = {
  title: { zh: '支持智能产品首购首用（首台（套）配套）', en: 'AI first-set equipment: matching' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对我区经国家或省认定的人工智能首台（套）重大技术装备产品，且获得国家或省首台（套）重大技术装备奖励资金支持的，按照上级奖励金额给予1:1的配套支持。',
  parameters: {
    'art05_3.ratio': { title: { zh: '首台（套）配套比例', en: 'First-set equipment matching ratio' }, quote: '按照上级奖励金额给予1:1的配套支持', token: '1:1' },
  },
  readings: {
  },
  questions: {
  },
  conditions: {
    superiorAwardReceived: { zh: '获得上级奖励资金', en: 'a higher-level award was received', quote: '且获得国家或省首台（套）重大技术装备奖励资金支持的' },
    aiProduct: { zh: '属人工智能首台（套）产品', en: 'an AI first-set product', quote: '对我区经国家或省认定的人工智能首台（套）重大技术装备产品' },
  },
} as const satisfies DeclaredWords<typeof art05_3Parameters, typeof art05_3Readings> & ClauseWords;
