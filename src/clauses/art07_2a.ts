/**
 * 七(二)a 支持数据要素园区建设 — a fixed one-time 300万元 to the operator of a provincial data-labelling base.
 * Register: § 七(二); readings A7.2.1 (a national base is not covered, by default), A7.2.2 (once per park).
 */
import * as z from 'zod/mini';
import { IsoDate, Level, claimBase, subjectTest } from '../policy/inputParts.js';
import type { ClauseDef } from '../policy/model.js';
import { cond, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 七(二)a: what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art07_2aInput = z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art07_2a'), level: Level, designatedOn: IsoDate });

/** 七(二)a: the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art07_2aWords). */
export const art07_2aParameters = [
  { id: 'art07_2a.amount', rule: 'art07_2a', unit: 'yuan', value: '3000000' },
] as const satisfies readonly ParameterFact[];

/** 七(二)a: the readings of ambiguous words that the branches below switch on (register ids; words: art07_2aWords). */
export const art07_2aReadings = [
  { id: 'A7.2.1', default: 'a', options: ['a', 'b'], consequential: false },
] as const satisfies readonly ReadingFact[];

export const art07_2a: ClauseDef<'art07_2a'> = {
  id: 'art07_2a',
  item: '七(二)a',
  kind: 'FIXED',
  beneficiary: 'anyUnit',
  subjectTest: true,
  projectBound: true,
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art07_2aParameters,
  readings: art07_2aReadings,
  evaluate(claim, ctx) {
    const amount = ctx.params.fen('art07_2a.amount');
    return {
      conditions: [cond('provincialBase', claim.level === 'provincial' || ctx.readings['A7.2.1'] === 'b')],
      gross: amount,
      qualifyingDate: claim.designatedOn,
      caps: [{ kind: 'oneTime', key: `art07_2a|${claim.subjectId}`,
        alreadyAwarded: ctx.history.some((h) => h.clause === 'art07_2a' && h.subjectId === claim.subjectId && h.entitlement > 0) }],
      basis: { level: claim.level, amount: y(amount) },
    };
  },
};

/**
 * 七(二)a: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art07_2aWords = {
  title: { zh: '支持数据要素园区建设（省级数据标注基地）', en: 'Provincial data-labelling base' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对获批省级数据标注基地的，给予园区建设运营单位一次性300万元奖励。',
  parameters: {
    'art07_2a.amount': { title: { zh: '省级数据标注基地奖励', en: 'Provincial data-labelling base award' }, quote: '一次性300万元奖励', token: '300万元' },
  },
  readings: {
    'A7.2.1': {
      a: { zh: '仅省级数据标注基地', en: 'provincial data-labelling bases only' },
      b: { zh: '国家级视同不低于省级', en: 'a national base counts as at least provincial' },
    },
  },
  questions: {
    'A7.2.1': { zh: '七(二)国家级数据标注基地是否适用', en: 'Does 七(二) cover a national data-labelling base' },
  },
  conditions: {
    provincialBase: { zh: '获批省级数据标注基地', en: 'a provincial data-labelling base', quote: '对获批省级数据标注基地的' },
  },
} as const satisfies DeclaredWords<typeof art07_2aParameters, typeof art07_2aReadings> & ClauseWords;
