/**
 * 六(二) 支持中试平台建设 — robot pilot-test platforms recognised nationally / provincially: maxima set by review.
 * Register: § 六(二); readings A6.2.1 (maxima vs fixed), A6.2.2 (provincial then national: the difference). D9: the
 * platform's recognitions are one list, one line, paying its best recognition (of equal capped amounts the uncut
 * one, D8); D6: a recognition at the level already awarded, or a lower one, pays nothing (A6.2.4).
 */
import * as z from 'zod/mini';
import { IsoDate, Level, Yuan, claimBase, listOf } from '../policy/inputParts.js';
import type { ClauseDef, ClauseOutcome } from '../policy/model.js';
import { fenFromYuan, ZERO_FEN, minFen } from '../core/money.js';
import { cond, titleLadder, y, type TierItem } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/**
 * 六(二): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim).
 * D9: the platform's recognitions, each with the amount approved by review, one line per platform.
 */
export const art06_2Input = z.strictObject({ ...claimBase, clause: z.literal('art06_2'),
  recognitions: listOf(z.strictObject({ level: Level, recognizedOn: IsoDate, approvedAmount: Yuan })) });

/** 六(二): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art06_2Words). */
export const art06_2Parameters = [
  { id: 'art06_2.national', rule: 'art06_2', unit: 'yuan', value: '5000000', scope: 'perSubjectCumulative' },
  { id: 'art06_2.provincial', rule: 'art06_2', unit: 'yuan', value: '2000000', scope: 'perSubjectCumulative' },
] as const satisfies readonly ParameterFact[];

/** 六(二): the readings of ambiguous words that the branches below switch on (register ids; words: art06_2Words). */
export const art06_2Readings = [
  { id: 'A6.2.1', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A6.2.2', default: 'a', options: ['a', 'b'], consequential: true },
] as const satisfies readonly ReadingFact[];

export const art06_2: ClauseDef<'art06_2'> = {
  id: 'art06_2',
  item: '六(二)',
  kind: 'REVIEW',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  annual: false,
  paidAsDifference: true,
  rdProject: false,
  parameters: art06_2Parameters,
  readings: art06_2Readings,
  evaluate(claim, ctx): ClauseOutcome {
    const fixed = ctx.readings['A6.2.1'] === 'b';
    const capOf = (level: string) => (level === 'national' || level === 'provincial' ? ctx.params.fen(`art06_2.${level}`) : undefined);
    const items: TierItem[] = claim.recognitions.map((r) => {
      const cap = capOf(r.level)!;
      const amount = fixed ? cap : fenFromYuan(r.approvedAmount);
      return { tier: r.level, value: cap, amount, capped: minFen(amount, cap), date: r.recognizedOn };
    });
    const onLadder = (h: { clause: string; subjectId: string }) => h.clause === 'art06_2' && h.subjectId === claim.subjectId;
    const ladder = titleLadder(ctx, items, {
      key: `art06_2|${claim.subjectId}`,
      // A6.2.2 b: each level is an award of its own.
      perTier: ctx.readings['A6.2.2'] === 'b',
      onLadder,
      prior: ctx.history.counted(onLadder),
      valueOf: capOf,
    });
    if (ladder === undefined) return { conditions: [cond('platformRecognized', false)], gross: ZERO_FEN, qualifyingDate: null, basis: { recognitions: 0 } };
    const { chosen } = ladder;
    const param = `art06_2.${chosen.tier}`;
    return {
      conditions: [cond('platformRecognized', true), cond('approvedAmountPositive', fixed || chosen.amount > 0)],
      gross: ladder.gross,
      qualifyingDate: chosen.date,
      tier: chosen.tier,
      // 「最高」: the recognition's maximum bounds the reviewed amount (under perTier each tier is capped already).
      caps: ladder.perTier ? ladder.caps : [{ kind: 'item', param, cap: chosen.value }, ...ladder.caps],
      basis: { recognitionLevel: chosen.tier, approvedAmount: y(chosen.amount), cap: y(chosen.value), recognitions: items.length, ...ladder.perTier },
    };
  },
};

/**
 * 六(二): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art06_2Words = {
  title: { zh: '支持中试平台建设', en: 'Robot pilot-test platforms' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对通过国家级、省级认定的，分别给予最高500万元、200万元的奖励。',
  parameters: {
    'art06_2.national': { title: { zh: '国家级中试平台上限', en: 'National pilot platform cap' }, quote: '分别给予最高500万元、200万元的奖励', token: '500万元' },
    'art06_2.provincial': { title: { zh: '省级中试平台上限', en: 'Provincial pilot platform cap' }, quote: '分别给予最高500万元、200万元的奖励', token: '200万元' },
  },
  readings: {
    'A6.2.1': {
      a: { zh: '最高额为评审核定额的上限', en: 'the maxima cap a reviewed amount' },
      b: { zh: '按最高额定额给予', en: 'the maxima are fixed amounts' },
    },
    'A6.2.2': {
      a: { zh: '先省后国家，补差额', en: 'provincial then national: pay the difference' },
      b: { zh: '两级分别给予', en: 'pay both levels' },
    },
  },
  questions: {
    'A6.2.1': { zh: '六(二)“最高”是上限还是定额', en: 'Are 六(二)\'s amounts maxima or fixed amounts' },
    'A6.2.2': { zh: '中试平台先省级后国家级：补差额还是分别给予？', en: 'Pilot platform provincial, then national: pay the difference or both?' },
  },
  conditions: {
    approvedAmountPositive: { zh: '评审核定金额大于零', en: 'the reviewed amount is above zero', quote: '分别给予最高500万元、200万元的奖励' },
    platformRecognized: { zh: '通过国家级、省级认定', en: 'recognised at national or provincial level', quote: '对通过国家级、省级认定的' },
  },
} as const satisfies DeclaredWords<typeof art06_2Parameters, typeof art06_2Readings> & ClauseWords;
