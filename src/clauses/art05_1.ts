/**
 * 五(一) 支持打造人工智能示范应用场景 — fixed one-time awards for national / provincial demonstration scenarios.
 * Register: § 五(一); reading A5.1.2 (provincial then national: the difference, by default). D9: the project's
 * selections are one list, one line; D6: a selection at the level already awarded, or a lower one, pays nothing.
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
 * 五(一): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim).
 * D9: the project's selections (national, provincial), one line per project.
 */
export const art05_1Input = z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art05_1'),
  selections: listOf(z.strictObject({ level: Level, announcedOn: IsoDate })) });

/** 五(一): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art05_1Words). */
export const art05_1Parameters = [
  { id: 'art05_1.national', rule: 'art05_1', unit: 'yuan', value: '2000000' },
  { id: 'art05_1.provincial', rule: 'art05_1', unit: 'yuan', value: '1000000' },
] as const satisfies readonly ParameterFact[];

/** 五(一): the readings of ambiguous words that the branches below switch on (register ids; words: art05_1Words). */
export const art05_1Readings = [
  { id: 'A5.1.2', default: 'a', options: ['a', 'b'], consequential: true },
] as const satisfies readonly ReadingFact[];

export const art05_1: ClauseDef<'art05_1'> = {
  id: 'art05_1',
  item: '五(一)',
  kind: 'TIER',
  beneficiary: 'anyUnit',
  subjectTest: true,
  projectBound: true,
  overlapGroup: 'OG3',
  annual: false,
  paidAsDifference: true,
  rdProject: false,
  parameters: art05_1Parameters,
  readings: art05_1Readings,
  evaluate(claim, ctx): ClauseOutcome {
    const valueOf = (level: string) => (level === 'national' || level === 'provincial' ? ctx.params.fen(`art05_1.${level}`) : undefined);
    const items: TierItem[] = claim.selections.map((s) => {
      const amount = valueOf(s.level)!;
      return { tier: s.level, value: amount, amount, capped: amount, date: s.announcedOn };
    });
    const onLadder = (h: { clause: string; subjectId: string }) => h.clause === 'art05_1' && h.subjectId === claim.subjectId;
    const ladder = titleLadder(ctx, items, {
      key: `art05_1|${claim.subjectId}`,
      // A5.1.2 b: each level is an award of its own, paid in full.
      perTier: ctx.readings['A5.1.2'] === 'b',
      onLadder,
      prior: ctx.history.counted(onLadder),
      valueOf,
    });
    if (ladder === undefined) return { conditions: [cond('selected', false)], gross: ZERO_FEN, qualifyingDate: null, basis: { selections: 0 } };
    return {
      conditions: [cond('selected', true)],
      gross: ladder.gross,
      qualifyingDate: ladder.chosen.date,
      tier: ladder.chosen.tier,
      caps: ladder.caps,
      basis: { level: ladder.chosen.tier, amount: y(ladder.chosen.amount), selections: items.length, ...ladder.perTier },
    };
  },
};

/**
 * 五(一): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art05_1Words = {
  title: { zh: '支持打造人工智能示范应用场景', en: 'National / provincial demonstration scenarios' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对入选国家、省示范应用场景的项目，分别给予200万元、100万元一次性奖励。',
  parameters: {
    'art05_1.national': { title: { zh: '国家示范应用场景奖励', en: 'National demonstration scenario award' }, quote: '分别给予200万元、100万元一次性奖励', token: '200万元' },
    'art05_1.provincial': { title: { zh: '省示范应用场景奖励', en: 'Provincial demonstration scenario award' }, quote: '分别给予200万元、100万元一次性奖励', token: '100万元' },
  },
  readings: {
    'A5.1.2': {
      a: { zh: '先省后国家，补差额', en: 'provincial then national: pay the difference' },
      b: { zh: '两级分别全额给予', en: 'pay both levels in full' },
    },
  },
  questions: {
    'A5.1.2': { zh: '先获省级、后获国家级示范场景：补差额还是分别全额？', en: 'Provincial, then national demonstration scenario: pay the difference or both in full?' },
  },
  conditions: {
    selected: { zh: '入选国家、省示范应用场景', en: 'selected as a national or provincial demonstration scenario', quote: '对入选国家、省示范应用场景的项目' },
  },
} as const satisfies DeclaredWords<typeof art05_1Parameters, typeof art05_1Readings> & ClauseWords;
