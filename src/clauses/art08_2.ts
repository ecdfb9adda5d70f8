/**
 * 八(二) 支持公共服务平台建设 — 10 % of the previous year's service revenue of a public service platform with
 * revenue 超过300万元 and 50家（含）以上 enterprises served, at most 100万元 per enterprise per year.
 * Register: § 八(二); readings A8.2.1 (超过 is strict), A8.2.2 (year Y−1), A8.2.3 (cap per operator), A8.2.4 (gate).
 */
import * as z from 'zod/mini';
import { Bool, Count, YearKey, Yuan, claimBase } from '../policy/inputParts.js';
import { meets } from '../core/boundaries.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan, ZERO_FEN } from '../core/money.js';
import { baseYearEnd, cond, valueOfYear, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 八(二): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art08_2Input = z.strictObject({ ...claimBase, clause: z.literal('art08_2'), evaluationPassed: z.record(YearKey, Bool),
  serviceRevenue: z.record(YearKey, Yuan), servedEnterprises: z.record(YearKey, Count) });

/** 八(二): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art08_2Words). */
export const art08_2Parameters = [
  { id: 'art08_2.revenueThreshold', rule: 'art08_2', unit: 'yuan', value: '3000000' },
  { id: 'art08_2.revenueComparison', rule: 'art08_2', unit: 'comparison', value: 'moreThan' },
  { id: 'art08_2.servedThreshold', rule: 'art08_2', unit: 'count', value: '50' },
  { id: 'art08_2.servedComparison', rule: 'art08_2', unit: 'comparison', value: 'atLeast' },
  { id: 'art08_2.rate', rule: 'art08_2', unit: 'rate', value: '0.10', of: 'share' },
  { id: 'art08_2.cap', rule: 'art08_2', unit: 'yuan', value: '1000000', scope: 'perBeneficiaryPerYear' },
] as const satisfies readonly ParameterFact[];

/** 八(二): the readings of ambiguous words that the branches below switch on (register ids; words: art08_2Words). */
export const art08_2Readings = [
  { id: 'A8.2.3', default: 'a', options: ['a', 'b'], consequential: false },
] as const satisfies readonly ReadingFact[];

export const art08_2: ClauseDef<'art08_2'> = {
  id: 'art08_2',
  item: '八(二)',
  kind: 'PCT',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: false,
  overlapGroup: 'OG4',
  annual: true,
  paidAsDifference: false,
  rdProject: false,
  parameters: art08_2Parameters,
  readings: art08_2Readings,
  evaluate(claim, ctx) {
    const rawRevenue = valueOfYear(claim.serviceRevenue, ctx.baseYear);
    const served = valueOfYear(claim.servedEnterprises, ctx.baseYear);
    const passed = valueOfYear(claim.evaluationPassed, ctx.baseYear);
    const revenue = rawRevenue === undefined ? ZERO_FEN : fenFromYuan(rawRevenue);
    const p = ctx.params;
    const rate = p.rate('art08_2.rate');
    const perPlatform = ctx.readings['A8.2.3'] === 'b';
    const outcome = {
      // A missing base-year figure is pending, never a failed condition (docs/interpretations.md).
      conditions: [
        cond('evaluationPassed', passed !== false),
        cond('revenueThreshold', rawRevenue === undefined || meets(revenue, p.fen('art08_2.revenueThreshold'), p.comparison('art08_2.revenueComparison'))),
        cond('servedThreshold', served === undefined || meets(BigInt(served), p.big('art08_2.servedThreshold'), p.comparison('art08_2.servedComparison'))),
      ],
      gross: applyRate(revenue, rate, p.rounding),
      qualifyingDate: baseYearEnd(ctx),
      caps: [{
        kind: 'cumulative' as const, stage: 'beneficiaryYear' as const, scope: 'perBeneficiaryPerYear' as const,
        key: perPlatform ? `art08_2|${claim.subjectId}|${ctx.awardYear}` : `art08_2|${ctx.beneficiary.id}|${ctx.awardYear}`,
        param: 'art08_2.cap', cap: p.fen('art08_2.cap'),
        prior: ctx.history.counted((h) => h.clause === 'art08_2' && h.awardYear === ctx.awardYear && (!perPlatform || h.subjectId === claim.subjectId)),
      }],
      basis: { baseYear: ctx.baseYear, serviceRevenue: rawRevenue === undefined ? 'missing' : y(revenue), servedEnterprises: served ?? 'missing', rate: rate.text },
    };
    const missing = rawRevenue === undefined ? 'serviceRevenue' : served === undefined ? 'servedEnterprises' : passed === undefined ? 'evaluationPassed' : null;
    return missing ? { ...outcome, gross: ZERO_FEN, pending: { missing: `${missing}.${ctx.baseYear}` } } : outcome;
  },
};

/**
 * 八(二): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art08_2Words = {
  title: { zh: '支持公共服务平台建设（运营补贴）', en: 'Public service platforms: operating subsidy' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对年服务收入超过300万元且服务企业数50家（含）以上的公共服务平台，按其上一年度服务收入额10%给予运营补贴，每家企业每年不超过100万元。',
  parameters: {
    'art08_2.revenueThreshold': { title: { zh: '年服务收入门槛', en: 'Annual service revenue threshold' }, quote: '年服务收入超过300万元', token: '300万元' },
    'art08_2.revenueComparison': { title: { zh: '收入门槛是否含本数', en: 'Revenue threshold comparison' }, quote: '年服务收入超过300万元', token: '超过' },
    'art08_2.servedThreshold': { title: { zh: '服务企业数门槛', en: 'Enterprises served threshold' }, quote: '服务企业数50家（含）以上', token: '50家' },
    'art08_2.servedComparison': { title: { zh: '服务企业数门槛是否含本数', en: 'Enterprises served comparison' }, quote: '服务企业数50家（含）以上', token: '（含）以上' },
    'art08_2.rate': { title: { zh: '运营补贴比例', en: 'Operating subsidy rate' }, quote: '按其上一年度服务收入额10%', token: '10%' },
    'art08_2.cap': { title: { zh: '每家企业每年上限', en: 'Cap per enterprise per year' }, quote: '每家企业每年不超过100万元', token: '100万元' },
  },
  readings: {
    'A8.2.3': {
      a: { zh: '上限按运营企业计（跨平台合计）', en: 'cap per operating enterprise across its platforms' },
      b: { zh: '上限按平台计', en: 'cap per platform' },
    },
  },
  questions: {
    'A8.2.3': { zh: '八(二)上限按企业还是按平台计', en: 'Is 八(二)\'s cap per enterprise or per platform' },
  },
  conditions: {
    revenueThreshold: { zh: '收入达到门槛', en: 'revenue meets the threshold', quote: '年服务收入超过300万元' },
    evaluationPassed: { zh: '通过综合绩效评价考核', en: 'passed the performance evaluation', quote: '进行综合绩效评价考核' },
    servedThreshold: { zh: '服务企业数达到门槛', en: 'enterprises served meet the threshold', quote: '服务企业数50家（含）以上' },
  },
} as const satisfies DeclaredWords<typeof art08_2Parameters, typeof art08_2Readings> & ClauseWords;
