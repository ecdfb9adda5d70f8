/**
 * 三(二) 支持算法软件源头创新 — 1:1 matching of provincial support for first-version software.
 * Register: § 三(二); readings A3.2.1 (received), A3.2.3 (pro rata), A3.2.5 (R9). D9: one line per product: the
 * provincial tranches of the batch are matched together (Σ, floored once, R7). Only tranches received (R3) inside the
 * window (A9.7.3) count; when none has been received yet, the line is pending.
 */
import * as z from 'zod/mini';
import { Bool, IsoDate, SuperiorMoney, claimBase, listOf } from '../policy/inputParts.js';
import type { ClauseDef, ClauseOutcome } from '../policy/model.js';
import { applyRate, ZERO_FEN, type Fen, addFen, subFen } from '../core/money.js';
import { cond, inWindow, isEnterprise, superior, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/**
 * 三(二): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim).
 * D9: the product's provincial tranches of this batch, matched together (Σ, floored once).
 */
export const art03_2Input = z.strictObject({ ...claimBase, clause: z.literal('art03_2'), firstVersionRecognized: Bool, recognizedOn: IsoDate,
  provincialFunding: listOf(SuperiorMoney) });

/** 三(二): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art03_2Words). */
export const art03_2Parameters = [
  { id: 'art03_2.ratio', rule: 'art03_2', unit: 'rate', value: '1', of: 'ratio' },
  { id: 'art03_2.productCap', rule: 'art03_2', unit: 'yuan', value: '3000000', scope: 'perSubjectCumulative' },
  { id: 'art03_2.enterpriseYearCap', rule: 'art03_2', unit: 'yuan', value: '6000000', scope: 'perBeneficiaryPerYear' },
] as const satisfies readonly ParameterFact[];

/** 三(二): the readings of ambiguous words that the branches below switch on (register ids; words: art03_2Words). */
export const art03_2Readings = [
] as const satisfies readonly ReadingFact[];

export const art03_2: ClauseDef<'art03_2'> = {
  id: 'art03_2',
  item: '三(二)',
  kind: 'MATCH',
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: true,
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art03_2Parameters,
  readings: art03_2Readings,
  evaluate(claim, ctx): ClauseOutcome {
    const tranches = claim.provincialFunding.map(superior);
    let received: Fen = ZERO_FEN; // received, any date (the project has provincial money: 九(四))
    let counted: Fen = ZERO_FEN; // received inside the window: the base
    let latestCounted: string | undefined;
    let latestReceived: string | undefined;
    let unreceived = -1;
    tranches.forEach((t, i) => {
      if (t.amount === 0) return;
      if (t.receivedOn === undefined) {
        if (unreceived < 0) unreceived = i;
        return;
      }
      received = addFen(received, t.amount);
      if (latestReceived === undefined || t.receivedOn > latestReceived) latestReceived = t.receivedOn;
      if (!inWindow(t.receivedOn, ctx)) return;
      counted = addFen(counted, t.amount);
      if (latestCounted === undefined || t.receivedOn > latestCounted) latestCounted = t.receivedOn;
    });
    const ratio = ctx.params.rate('art03_2.ratio');
    const outcome = {
      conditions: [
        isEnterprise(ctx),
        cond('firstVersionRecognized', claim.firstVersionRecognized),
        cond('provincialFundingReceived', tranches.some((t) => t.amount > 0)),
      ],
      gross: applyRate(counted, ratio, ctx.params.rounding),
      // The latest tranche counted; when none lies inside the window, the latest received (the validity stage refuses it).
      qualifyingDate: latestCounted ?? latestReceived ?? null,
      project: { superiorFunded: received > 0, superiorFunding: received },
      caps: [
        { kind: 'cumulative' as const, stage: 'subject' as const, scope: 'perSubjectCumulative' as const,
          key: `art03_2|product|${claim.subjectId}`, param: 'art03_2.productCap', cap: ctx.params.fen('art03_2.productCap'),
          prior: ctx.history.counted((h) => h.clause === 'art03_2' && h.subjectId === claim.subjectId) },
        { kind: 'cumulative' as const, stage: 'beneficiaryYear' as const, scope: 'perBeneficiaryPerYear' as const,
          key: `art03_2|year|${ctx.beneficiary.id}|${ctx.awardYear}`, param: 'art03_2.enterpriseYearCap',
          cap: ctx.params.fen('art03_2.enterpriseYearCap'),
          prior: ctx.history.counted((h) => h.clause === 'art03_2' && h.awardYear === ctx.awardYear) },
      ],
      basis: { provincialFunding: y(counted), tranches: tranches.length, ratio: ratio.text, ...(received > counted ? { outsideWindow: y(subFen(received, counted)) } : {}) },
    };
    // R3: nothing received yet, but money approved: pending until it arrives.
    return received === 0 && unreceived >= 0
      ? { ...outcome, gross: ZERO_FEN, pending: { missing: `provincialFunding[${unreceived}].receivedOn` } }
      : outcome;
  },
};

/**
 * 三(二): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art03_2Words = {
  title: { zh: '支持算法软件源头创新（首版次软件配套）', en: 'First-version software: matching of provincial support' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对经省级认定的首版次软件产品的企业，按照省级财政支持金额的1:1给予配套支持，单项产品支持金额累计不超过300万元，每家企业年度支持金额累计不超过600万元。',
  parameters: {
    'art03_2.ratio': { title: { zh: '首版次软件配套比例', en: 'First-version software matching ratio' }, quote: '按照省级财政支持金额的1:1', token: '1:1' },
    'art03_2.productCap': { title: { zh: '单项产品累计上限', en: 'Cumulative cap per product' }, quote: '单项产品支持金额累计不超过300万元', token: '300万元' },
    'art03_2.enterpriseYearCap': { title: { zh: '每家企业年度上限', en: 'Cap per enterprise per year' }, quote: '每家企业年度支持金额累计不超过600万元', token: '600万元' },
  },
  readings: {
  },
  questions: {
  },
  conditions: {
    enterprise: { zh: '受益主体为企业', en: 'the beneficiary is an enterprise', quote: '首版次软件产品的企业' },
    firstVersionRecognized: { zh: '经省级认定的首版次软件产品', en: 'provincially recognised first-version software', quote: '经省级认定的首版次软件产品' },
    provincialFundingReceived: { zh: '获得省级财政支持资金', en: 'provincial financial support received', quote: '按照省级财政支持金额的1:1给予配套支持' },
  },
} as const satisfies DeclaredWords<typeof art03_2Parameters, typeof art03_2Readings> & ClauseWords;
