/**
 * 七(二)b 支持数据要素园区建设 — 20 % of the previous year's operating cost of a district data-element benchmark
 * park rated 优秀, at most 100万元 per park per year.
 * Register: § 七(二); readings A7.2.3 (per park per year), A7.2.4 (cost of the year evaluated).
 */
import * as z from 'zod/mini';
import { Bool, YearKey, Yuan, claimBase, enumOf, subjectTest } from '../policy/inputParts.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan, ZERO_FEN } from '../core/money.js';
import { baseYearEnd, cond, valueOfYear, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 七(二)b: what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art07_2bInput = z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art07_2b'), districtBenchmarkPark: Bool,
  ratings: z.record(YearKey, enumOf(['excellent', 'good', 'pass', 'fail'])),
  operatingCost: z.record(YearKey, Yuan) });

/** 七(二)b: the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art07_2bWords). */
export const art07_2bParameters = [
  { id: 'art07_2b.rate', rule: 'art07_2b', unit: 'rate', value: '0.20', of: 'share' },
  { id: 'art07_2b.cap', rule: 'art07_2b', unit: 'yuan', value: '1000000', scope: 'perSubjectPerYear' },
] as const satisfies readonly ParameterFact[];

/** 七(二)b: the readings of ambiguous words that the branches below switch on (register ids; words: art07_2bWords). */
export const art07_2bReadings = [
] as const satisfies readonly ReadingFact[];

export const art07_2b: ClauseDef<'art07_2b'> = {
  id: 'art07_2b',
  item: '七(二)b',
  kind: 'PCT',
  beneficiary: 'anyUnit',
  subjectTest: true,
  projectBound: false,
  annual: true,
  paidAsDifference: false,
  rdProject: false,
  parameters: art07_2bParameters,
  readings: art07_2bReadings,
  evaluate(claim, ctx) {
    const rating = valueOfYear(claim.ratings, ctx.baseYear);
    const rawCost = valueOfYear(claim.operatingCost, ctx.baseYear);
    const cost = rawCost === undefined ? ZERO_FEN : fenFromYuan(rawCost);
    const rate = ctx.params.rate('art07_2b.rate');
    const outcome = {
      conditions: [cond('districtBenchmarkPark', claim.districtBenchmarkPark), cond('ratedExcellent', rating === undefined || rating === 'excellent')],
      gross: applyRate(cost, rate, ctx.params.rounding),
      qualifyingDate: baseYearEnd(ctx),
      caps: [{
        kind: 'cumulative' as const, stage: 'beneficiaryYear' as const, scope: 'perSubjectPerYear' as const,
        key: `art07_2b|${claim.subjectId}|${ctx.awardYear}`, param: 'art07_2b.cap', cap: ctx.params.fen('art07_2b.cap'),
        prior: ctx.history.counted((h) => h.clause === 'art07_2b' && h.subjectId === claim.subjectId && h.awardYear === ctx.awardYear),
      }],
      basis: { baseYear: ctx.baseYear, rating: rating ?? 'missing', operatingCost: rawCost === undefined ? 'missing' : y(cost), rate: rate.text },
    };
    // A missing base-year figure is pending, never a failed condition (docs/interpretations.md).
    if (rating === undefined) return { ...outcome, gross: ZERO_FEN, pending: { missing: `ratings.${ctx.baseYear}` } };
    if (rawCost === undefined) return { ...outcome, gross: ZERO_FEN, pending: { missing: `operatingCost.${ctx.baseYear}` } };
    return outcome;
  },
};

/**
 * 七(二)b: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art07_2bWords = {
  title: { zh: '支持数据要素园区建设（区级数据要素标杆产业园）', en: 'District data-element benchmark park rated excellent' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '鼓励建设一批区级数据要素标杆产业园，每年对其进行绩效评价，评价等次为优秀的，按其年度运营费用的20%给予每家产业园不超过100万元奖励。',
  parameters: {
    'art07_2b.rate': { title: { zh: '年度运营费用奖励比例', en: 'Share of annual operating cost' }, quote: '按其年度运营费用的20%', token: '20%' },
    'art07_2b.cap': { title: { zh: '每家产业园每年上限', en: 'Cap per park per year' }, quote: '每家产业园不超过100万元', token: '100万元' },
  },
  readings: {
  },
  questions: {
  },
  conditions: {
    districtBenchmarkPark: { zh: '区级数据要素标杆产业园', en: 'a district data-element benchmark park', quote: '区级数据要素标杆产业园' },
    ratedExcellent: { zh: '上年度绩效评价为优秀', en: 'rated excellent for the previous year', quote: '评价等次为优秀的' },
  },
} as const satisfies DeclaredWords<typeof art07_2bParameters, typeof art07_2bReadings> & ClauseWords;
