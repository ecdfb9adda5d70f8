/**
 * 六(四)b 支持示范应用推广 — 1:1 matching of provincial support for provincial 「机器换人」 demonstration projects.
 * No cap of its own; 九(四) always applies (A6.4.7).
 * Register: § 六(四); readings A6.4.4 (no provincial money → nothing), A6.4.6 (OG3 with 五(一)).
 */
import * as z from 'zod/mini';
import { Bool, IsoDate, SuperiorMoney, claimBase, subjectTest } from '../policy/inputParts.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, ZERO_FEN } from '../core/money.js';
import { cond, superior, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 六(四)b: what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art06_4bInput = z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art06_4b'), selectedProvincial: Bool,
  selectedOn: IsoDate, provincialSupport: SuperiorMoney });

/** 六(四)b: the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art06_4bWords). */
export const art06_4bParameters = [
  { id: 'art06_4b.ratio', rule: 'art06_4b', unit: 'rate', value: '1', of: 'ratio' },
] as const satisfies readonly ParameterFact[];

/** 六(四)b: the readings of ambiguous words that the branches below switch on (register ids; words: art06_4bWords). */
export const art06_4bReadings = [
] as const satisfies readonly ReadingFact[];

export const art06_4b: ClauseDef<'art06_4b'> = {
  id: 'art06_4b',
  item: '六(四)b',
  kind: 'MATCH',
  beneficiary: 'anyUnit',
  subjectTest: true,
  projectBound: true,
  overlapGroup: 'OG3',
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art06_4bParameters,
  readings: art06_4bReadings,
  evaluate(claim, ctx) {
    const support = superior(claim.provincialSupport);
    const ratio = ctx.params.rate('art06_4b.ratio');
    const outcome = {
      conditions: [cond('selectedProvincial', claim.selectedProvincial), cond('provincialSupportReceived', support.amount > 0)],
      gross: applyRate(support.amount, ratio, ctx.params.rounding),
      qualifyingDate: support.receivedOn ?? null,
      project: { superiorFunded: support.receivedOn !== undefined && support.amount > 0, superiorFunding: support.amount },
      basis: { provincialSupport: y(support.amount), ratio: ratio.text },
    };
    return support.receivedOn === undefined ? { ...outcome, gross: ZERO_FEN, pending: { missing: 'provincialSupport.receivedOn' } } : outcome;
  },
};

/**
 * 六(四)b: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art06_4bWords = {
  title: { zh: '支持示范应用推广（“机器换人”示范项目配套）', en: 'Provincial "machine replacement" projects: matching' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对入选省“机器换人”示范项目的，按照省级支持资金给予1:1配套支持。',
  parameters: {
    'art06_4b.ratio': { title: { zh: '“机器换人”示范项目配套比例', en: '"Machine replacement" matching ratio' }, quote: '按照省级支持资金给予1:1配套支持', token: '1:1' },
  },
  readings: {
  },
  questions: {
  },
  conditions: {
    selectedProvincial: { zh: '入选省“机器换人”示范项目', en: 'selected as a provincial "machine replacement" project', quote: '对入选省“机器换人”示范项目的' },
    provincialSupportReceived: { zh: '获得省级支持资金', en: 'provincial support received', quote: '按照省级支持资金给予1:1配套支持' },
  },
} as const satisfies DeclaredWords<typeof art06_4bParameters, typeof art06_4bReadings> & ClauseWords;
