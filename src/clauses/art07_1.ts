/**
 * 七(一) 支持人工智能全产业链园区建设 — fixed one-time awards for national / provincial AI demonstration parks.
 * Register: § 七(一); reading A7.1.2 (provincial then national: the difference, by default). D9: the park's
 * designations are one list, one line; D6: a designation at the level already awarded, or a lower one, pays nothing.
 */
import * as z from 'zod/mini';
import { IsoDate, Level, claimBase, listOf, subjectTest } from '../policy/inputParts.js';
import { ZERO_FEN } from '../core/money.js';
import type { ClauseDef, ClauseOutcome } from '../policy/model.js';
import { cond, titleLadder, y, type TierItem } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/**
 * 七(一): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim).
 * D9: the park's designations (national, provincial), one line per park.
 */
export const art07_1Input = z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art07_1'),
  designations: listOf(z.strictObject({ level: Level, designatedOn: IsoDate })) });

/** 七(一): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art07_1Words). */
export const art07_1Parameters = [
  { id: 'art07_1.national', rule: 'art07_1', unit: 'yuan', value: '5000000' },
  { id: 'art07_1.provincial', rule: 'art07_1', unit: 'yuan', value: '3000000' },
] as const satisfies readonly ParameterFact[];

/** 七(一): the readings of ambiguous words that the branches below switch on (register ids; words: art07_1Words). */
export const art07_1Readings = [
  { id: 'A7.1.2', default: 'a', options: ['a', 'b'], consequential: true },
] as const satisfies readonly ReadingFact[];

export const art07_1: ClauseDef<'art07_1'> = {
  id: 'art07_1',
  item: '七(一)',
  kind: 'TIER',
  beneficiary: 'anyUnit',
  subjectTest: true,
  projectBound: true,
  annual: false,
  paidAsDifference: true,
  rdProject: false,
  parameters: art07_1Parameters,
  readings: art07_1Readings,
  evaluate(claim, ctx): ClauseOutcome {
    const valueOf = (level: string) => (level === 'national' || level === 'provincial' ? ctx.params.fen(`art07_1.${level}`) : undefined);
    const items: TierItem[] = claim.designations.map((d) => {
      const amount = valueOf(d.level)!;
      return { tier: d.level, value: amount, amount, capped: amount, date: d.designatedOn };
    });
    const onLadder = (h: { clause: string; subjectId: string }) => h.clause === 'art07_1' && h.subjectId === claim.subjectId;
    const ladder = titleLadder(ctx, items, {
      key: `art07_1|${claim.subjectId}`,
      // A7.1.2 b: each level is an award of its own, paid in full.
      perTier: ctx.readings['A7.1.2'] === 'b',
      onLadder,
      prior: ctx.history.counted(onLadder),
      valueOf,
    });
    if (ladder === undefined) return { conditions: [cond('designated', false)], gross: ZERO_FEN, qualifyingDate: null, basis: { designations: 0 } };
    return {
      conditions: [cond('designated', true)],
      gross: ladder.gross,
      qualifyingDate: ladder.chosen.date,
      tier: ladder.chosen.tier,
      caps: ladder.caps,
      basis: { level: ladder.chosen.tier, amount: y(ladder.chosen.amount), designations: items.length, ...ladder.perTier },
    };
  },
};

/**
 * 七(一): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art07_1Words = {
  title: { zh: '支持人工智能全产业链园区建设', en: 'National / provincial AI demonstration parks' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对获批国家、省级人工智能示范性园区的，分别给予500万元、300万元的一次性奖励。',
  parameters: {
    'art07_1.national': { title: { zh: '国家人工智能示范性园区', en: 'National AI demonstration park' }, quote: '分别给予500万元、300万元', token: '500万元' },
    'art07_1.provincial': { title: { zh: '省级人工智能示范性园区', en: 'Provincial AI demonstration park' }, quote: '分别给予500万元、300万元', token: '300万元' },
  },
  readings: {
    'A7.1.2': {
      a: { zh: '先省后国家，补差额', en: 'provincial then national: pay the difference' },
      b: { zh: '两级分别全额给予', en: 'pay both levels in full' },
    },
  },
  questions: {
    'A7.1.2': { zh: '示范性园区先省级后国家级：补差额还是分别全额？', en: 'Demonstration park provincial, then national: pay the difference or both in full?' },
  },
  conditions: {
    designated: { zh: '获批国家、省级人工智能示范性园区', en: 'designated a national or provincial AI demonstration park', quote: '对获批国家、省级人工智能示范性园区的' },
  },
} as const satisfies DeclaredWords<typeof art07_1Parameters, typeof art07_1Readings> & ClauseWords;
