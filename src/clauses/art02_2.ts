/**
 * 二(二) 提升数据服务和应用能力 — 10 % of the previous year's data-service revenue.
 * Register: § 二(二); readings A2.2.1 (rolling or fixed base year), A2.2.2, A2.2.3; 达到300万元（含）以上 is ≥
 * (boundaries.atLeast).
 */
import * as z from 'zod/mini';
import { Bool, YearKey, Yuan, claimBase } from '../policy/inputParts.js';
import { meets } from '../core/boundaries.js';
import { yearOf } from '../core/dates.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan, ZERO_FEN, fenAbove } from '../core/money.js';
import { baseYearEnd, cond, isEnterprise, valueOfYear, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 二(二): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art02_2Input = z.strictObject({ ...claimBase, clause: z.literal('art02_2'), recognized: Bool,
  dataServiceRevenue: z.record(YearKey, Yuan) });

/** 二(二): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art02_2Words). */
export const art02_2Parameters = [
  { id: 'art02_2.threshold', rule: 'art02_2', unit: 'yuan', value: '3000000' },
  { id: 'art02_2.thresholdComparison', rule: 'art02_2', unit: 'comparison', value: 'atLeast' },
  { id: 'art02_2.rate', rule: 'art02_2', unit: 'rate', value: '0.10', of: 'share' },
  { id: 'art02_2.cap', rule: 'art02_2', unit: 'yuan', value: '1000000', scope: 'perBeneficiaryPerYear' },
] as const satisfies readonly ParameterFact[];

/** 二(二): the readings of ambiguous words that the branches below switch on (register ids; words: art02_2Words). */
export const art02_2Readings = [
  { id: 'A2.2.1', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A2.2.3', default: 'total', options: ['total', 'marginal'], consequential: false },
] as const satisfies readonly ReadingFact[];

export const art02_2: ClauseDef<'art02_2'> = {
  id: 'art02_2',
  item: '二(二)',
  kind: 'PCT',
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: false,
  overlapGroup: 'OG4',
  annual: true,
  paidAsDifference: false,
  rdProject: false,
  parameters: art02_2Parameters,
  readings: art02_2Readings,
  evaluate(claim, ctx) {
    // A2.2.1: 「上一年度」 is the year before the award year (a, ctx.baseYear), or the year before the policy took
    // effect, fixed for every round (b). Under b the window still places each annual round by the end of Y−1
    // (qualifyingDate below): the fixed year itself ends before the policy and would put every round outside it.
    const baseYear = ctx.readings['A2.2.1'] === 'b' ? yearOf(ctx.params.date('art09_7.effectiveDate')) - 1 : ctx.baseYear;
    const raw = valueOfYear(claim.dataServiceRevenue, baseYear);
    const revenue = raw === undefined ? ZERO_FEN : fenFromYuan(raw);
    const threshold = ctx.params.fen('art02_2.threshold');
    const conditions = [
      isEnterprise(ctx),
      cond('recognized', claim.recognized),
      // A missing base-year figure is not a failed threshold: the line is pending (docs/interpretations.md).
      cond('revenueThreshold', raw === undefined || meets(revenue, threshold, ctx.params.comparison('art02_2.thresholdComparison'))),
    ];
    const base = ctx.readings['A2.2.3'] === 'marginal' ? fenAbove(revenue, threshold) : revenue;
    const outcome = {
      conditions,
      gross: applyRate(base, ctx.params.rate('art02_2.rate'), ctx.params.rounding),
      qualifyingDate: baseYearEnd(ctx),
      caps: [{
        kind: 'cumulative' as const, stage: 'beneficiaryYear' as const, scope: 'perBeneficiaryPerYear' as const,
        key: `art02_2|${ctx.beneficiary.id}|${ctx.awardYear}`, param: 'art02_2.cap', cap: ctx.params.fen('art02_2.cap'),
        prior: ctx.history.counted((h) => h.clause === 'art02_2' && h.awardYear === ctx.awardYear),
      }],
      basis: { baseYear, revenue: raw === undefined ? 'missing' : y(revenue), threshold: y(threshold), base: y(base) },
    };
    return raw === undefined ? { ...outcome, gross: ZERO_FEN, pending: { missing: `dataServiceRevenue.${baseYear}` } } : outcome;
  },
};

/**
 * 二(二): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art02_2Words = {
  title: { zh: '提升数据服务和应用能力（数据服务收入奖励）', en: 'Data-service revenue award' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对上一年度数据服务收入达到300万元（含）以上的企业，经认定，按照其数据服务实际收入的10%，给予每个企业每年最高100万元的奖励。',
  parameters: {
    'art02_2.threshold': { title: { zh: '上一年度数据服务收入门槛', en: 'Previous-year data-service revenue threshold' }, quote: '数据服务收入达到300万元（含）以上', token: '300万元' },
    'art02_2.thresholdComparison': { title: { zh: '门槛是否含本数', en: 'Threshold comparison' }, quote: '数据服务收入达到300万元（含）以上', token: '（含）以上' },
    'art02_2.rate': { title: { zh: '奖励比例', en: 'Award rate' }, quote: '实际收入的10%', token: '10%' },
    'art02_2.cap': { title: { zh: '每个企业每年上限', en: 'Cap per enterprise per year' }, quote: '每个企业每年最高100万元', token: '100万元' },
  },
  readings: {
    'A2.2.1': {
      a: { zh: '“上一年度”为奖励（申报）年度的上一日历年度（滚动基年）', en: 'the calendar year before the award year (a rolling base)' },
      b: { zh: '“上一年度”为政策施行前一年度（固定基年）', en: 'the year before the policy took effect (a fixed base)' },
    },
    'A2.2.3': {
      total: { zh: '按全部收入的10%', en: '10 % of all revenue' },
      marginal: { zh: '按超过门槛部分的10%', en: '10 % of the revenue above the threshold' },
    },
  },
  questions: {
    'A2.2.1': { zh: '二(二)“上一年度”从何时起算', en: 'What 二(二)\'s 「上一年度」 is measured from' },
    'A2.2.3': { zh: '二(二)按全部收入还是超过门槛部分计', en: 'Is 二(二) a share of all revenue or of the part above the threshold' },
  },
  conditions: {
    enterprise: { zh: '受益主体为企业', en: 'the beneficiary is an enterprise', quote: '的企业' },
    recognized: { zh: '经认定', en: 'recognised (经认定)', quote: '经认定' },
    revenueThreshold: { zh: '收入达到门槛', en: 'revenue meets the threshold', quote: '上一年度数据服务收入达到300万元（含）以上' },
  },
} as const satisfies DeclaredWords<typeof art02_2Parameters, typeof art02_2Readings> & ClauseWords;
