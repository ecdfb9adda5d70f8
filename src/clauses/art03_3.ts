/**
 * 三(三) 鼓励争取国家和省研发专项 — matching of the previous year's national (1:1) and provincial (1:0.5)
 * disbursements of major special and key R&D programmes. No cap of its own (A3.3.6): only 九(四) and 九(三).
 * Register: § 三(三); readings A3.3.1 (which ratio), A3.3.2 (direction of 1:0.5), A3.3.3 (every year or once per
 * project), A3.3.5 (programmes).
 */
import * as z from 'zod/mini';
import { Bool, Year, Yuan, arrayOf, claimBase, enumOf } from '../policy/inputParts.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan, type Rate, type Fen, ZERO_FEN, addFen } from '../core/money.js';
import { baseYearEnd, cond, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

const NATIONAL = new Set(['nationalMajorSpecial', 'nationalKeyRd']);
const MAJOR_SPECIAL = new Set(['nationalMajorSpecial', 'provincialMajorSpecial']);

/** 三(三): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art03_3Input = z.strictObject({ ...claimBase, clause: z.literal('art03_3'), aiField: Bool,
  disbursements: arrayOf(z.strictObject({
    programme: enumOf(['nationalMajorSpecial', 'nationalKeyRd', 'provincialMajorSpecial', 'provincialKeyRd', 'other']),
    calendarYear: Year, amount: Yuan }), 1000) });

/** 三(三): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art03_3Words). */
export const art03_3Parameters = [
  { id: 'art03_3.ratioNational', rule: 'art03_3', unit: 'rate', value: '1', of: 'ratio' },
  { id: 'art03_3.ratioProvincial', rule: 'art03_3', unit: 'rate', value: '0.5', of: 'ratio' },
  { id: 'art03_3.teamRewardShare', rule: 'art03_3', unit: 'rate', value: '0.10', of: 'share' },
] as const satisfies readonly ParameterFact[];

/** 三(三): the readings of ambiguous words that the branches below switch on (register ids; words: art03_3Words). */
export const art03_3Readings = [
  { id: 'A3.3.1', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A3.3.2', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A3.3.3', default: 'a', options: ['a', 'b'], consequential: false },
] as const satisfies readonly ReadingFact[];

export const art03_3: ClauseDef<'art03_3'> = {
  id: 'art03_3',
  item: '三(三)',
  kind: 'MATCH',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  overlapGroup: 'OG2',
  annual: true,
  paidAsDifference: false,
  rdProject: true,
  parameters: art03_3Parameters,
  readings: art03_3Readings,
  evaluate(claim, ctx) {
    // A3.3.1: (a) the ratio follows the level of the money; (b) it follows the kind of programme.
    const byProgramme = ctx.readings['A3.3.1'] === 'b';
    const national = ctx.params.rate('art03_3.ratioNational');
    const provincialParam = ctx.params.rate('art03_3.ratioProvincial');
    // A3.3.2 (b) reads 1:0.5 the other way round: district = higher level ÷ 0.5.
    const provincial: Rate = ctx.readings['A3.3.2'] === 'b'
      ? { num: provincialParam.den, den: provincialParam.num, text: `1/${provincialParam.text}` }
      : provincialParam;
    let anyYear: Fen = ZERO_FEN; // every named programme's money received so far: the project has higher-level money (九(四))
    let full: Fen = ZERO_FEN; // matched at the national ratio
    let half: Fen = ZERO_FEN; // matched at the provincial ratio
    let total: Fen = ZERO_FEN;
    let gross: Fen = ZERO_FEN;
    for (const d of claim.disbursements) {
      if (d.programme === 'other') continue;
      const amount = fenFromYuan(d.amount);
      anyYear = addFen(anyYear, amount);
      if (d.calendarYear !== ctx.baseYear) continue;
      total = addFen(total, amount);
      const atFull = byProgramme ? MAJOR_SPECIAL.has(d.programme) : NATIONAL.has(d.programme);
      if (atFull) full = addFen(full, amount);
      else half = addFen(half, amount);
      // Register § 三(三): line = Σ_d ratio × d.amount, each product floored to the fen (R7).
      gross = addFen(gross, applyRate(amount, atFull ? national : provincial, ctx.params.rounding));
    }
    const conditions = [cond('aiField', claim.aiField), cond('disbursedInBaseYear', total > 0)];
    return {
      conditions,
      gross,
      qualifyingDate: baseYearEnd(ctx),
      project: { superiorFunded: anyYear > 0, superiorFunding: anyYear },
      // A3.3.3 b: matched once per project; by default every year, on the previous year's disbursement (no cap).
      ...(ctx.readings['A3.3.3'] === 'b' ? { caps: [{ kind: 'oneTime' as const, key: `art03_3|${claim.subjectId}`,
        alreadyAwarded: ctx.history.some((h) => h.clause === 'art03_3' && h.subjectId === claim.subjectId && h.entitlement > 0) }] } : {}),
      basis: { baseYear: ctx.baseYear, atNationalRatio: y(full), nationalRatio: national.text, atProvincialRatio: y(half), provincialRatio: provincial.text },
    };
  },
};

/**
 * 三(三): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art03_3Words = {
  title: { zh: '鼓励争取国家和省研发专项（配套）', en: 'Matching of national and provincial R&D programme funds' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对人工智能领域获得国家、省重大科技专项和重点研发计划支持的项目，分别按照项目上年度实际获得国家、省拨付资金的1:1和1:0.5给予配套支持。企业可将配套支持资金额的10%用于奖励研发团队。',
  parameters: {
    'art03_3.ratioNational': { title: { zh: '国家拨付资金配套比例', en: 'Matching ratio of national funds' }, quote: '的1:1和1:0.5', token: '1:1' },
    'art03_3.ratioProvincial': { title: { zh: '省拨付资金配套比例', en: 'Matching ratio of provincial funds' }, quote: '的1:1和1:0.5', token: '1:0.5' },
    'art03_3.teamRewardShare': { title: { zh: '可用于奖励研发团队的比例', en: 'Share that may reward the R&D team' }, quote: '配套支持资金额的10%', token: '10%' },
  },
  readings: {
    'A3.3.1': {
      a: { zh: '国家资金1:1，省资金1:0.5', en: 'national funds 1:1, provincial funds 1:0.5' },
      b: { zh: '重大科技专项1:1，重点研发计划1:0.5', en: 'major special 1:1, key R&D 1:0.5' },
    },
    'A3.3.2': {
      a: { zh: '1:0.5即区级为上级的50%', en: '1:0.5 means district = 50 % of the higher level' },
      b: { zh: '1:0.5即区级为上级的2倍', en: '1:0.5 means district = 2 × the higher level' },
    },
    'A3.3.3': {
      a: { zh: '每年按项目上年度实际拨付资金配套', en: 'every year, on the previous year\'s disbursement' },
      b: { zh: '每个项目仅配套一次', en: 'once per project' },
    },
  },
  questions: {
    'A3.3.1': { zh: '三(三)两个配套比例各对应什么', en: 'Which of 三(三)\'s two ratios goes with which funds' },
    'A3.3.2': { zh: '三(三)“1:0.5”的方向', en: 'Which way 三(三)\'s 「1:0.5」 reads' },
    'A3.3.3': { zh: '三(三)每年配套还是每个项目一次', en: 'Is 三(三) matched every year or once per project' },
  },
  conditions: {
    aiField: { zh: '属人工智能领域', en: 'in the AI field', quote: '对人工智能领域获得国家、省重大科技专项和重点研发计划支持的项目' },
    disbursedInBaseYear: { zh: '上年度实际获得国家、省拨付资金', en: 'national or provincial funds disbursed in the previous year', quote: '项目上年度实际获得国家、省拨付资金' },
  },
} as const satisfies DeclaredWords<typeof art03_3Parameters, typeof art03_3Readings> & ClauseWords;
