/**
 * 六(五)a 实施标准领航工程 — robot enterprises leading a new national / industry standard: at most 100万元 /
 * 50万元 per standard, set by review.
 * Register: § 六(五); readings A6.5.1 (lead drafter), A6.5.2 (new standards), A6.5.3, A6.5.5 (robotics).
 */
import * as z from 'zod/mini';
import { Bool, IsoDate, Yuan, claimBase, enumOf } from '../policy/inputParts.js';
import type { ClauseDef } from '../policy/model.js';
import { fenFromYuan } from '../core/money.js';
import { cond, isEnterprise, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 六(五)a: what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art06_5aInput = z.strictObject({ ...claimBase, clause: z.literal('art06_5a'), standardLevel: enumOf(['national', 'industry']),
  role: enumOf(['leadDrafter', 'participant']), standardKind: enumOf(['new', 'revision']), roboticsRelated: Bool,
  publishedOn: IsoDate, approvedAmount: Yuan });

/** 六(五)a: the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art06_5aWords). */
export const art06_5aParameters = [
  { id: 'art06_5a.national', rule: 'art06_5a', unit: 'yuan', value: '1000000', scope: 'perItem' },
  { id: 'art06_5a.industry', rule: 'art06_5a', unit: 'yuan', value: '500000', scope: 'perItem' },
] as const satisfies readonly ParameterFact[];

/** 六(五)a: the readings of ambiguous words that the branches below switch on (register ids; words: art06_5aWords). */
export const art06_5aReadings = [
  { id: 'A6.5.3', default: 'a', options: ['a', 'b'], consequential: false },
] as const satisfies readonly ReadingFact[];

export const art06_5a: ClauseDef<'art06_5a'> = {
  id: 'art06_5a',
  item: '六(五)a',
  kind: 'REVIEW',
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: false,
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art06_5aParameters,
  readings: art06_5aReadings,
  evaluate(claim, ctx) {
    const param = `art06_5a.${claim.standardLevel}` as const;
    const cap = ctx.params.fen(param);
    const approved = fenFromYuan(claim.approvedAmount);
    const fixed = ctx.readings['A6.5.3'] === 'b';
    return {
      conditions: [
        isEnterprise(ctx),
        cond('leadDrafter', claim.role === 'leadDrafter'),
        cond('newStandard', claim.standardKind === 'new'),
        cond('roboticsRelated', claim.roboticsRelated),
        cond('approvedAmountPositive', fixed || approved > 0),
      ],
      gross: fixed ? cap : approved,
      qualifyingDate: claim.publishedOn,
      caps: [
        { kind: 'item', param, cap },
        { kind: 'oneTime', key: `art06_5a|${claim.subjectId}`,
          alreadyAwarded: ctx.history.some((h) => h.clause === 'art06_5a' && h.subjectId === claim.subjectId && h.entitlement > 0) },
      ],
      basis: { standardLevel: claim.standardLevel, approvedAmount: y(approved), cap: y(cap) },
    };
  },
};

/**
 * 六(五)a: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art06_5aWords = {
  title: { zh: '实施标准领航工程（主导制定标准）', en: 'Leading national / industry standards' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '智能机器人企业主导制定国家标准、行业标准，每项分别给予不超过100万元、50万元资助。',
  parameters: {
    'art06_5a.national': { title: { zh: '国家标准每项上限', en: 'Cap per national standard' }, quote: '每项分别给予不超过100万元、50万元资助', token: '100万元' },
    'art06_5a.industry': { title: { zh: '行业标准每项上限', en: 'Cap per industry standard' }, quote: '每项分别给予不超过100万元、50万元资助', token: '50万元' },
  },
  readings: {
    'A6.5.3': {
      a: { zh: '不超过额为评审核定额的上限', en: 'the maxima cap a reviewed amount' },
      b: { zh: '按最高额定额给予', en: 'the maxima are fixed amounts' },
    },
  },
  questions: {
    'A6.5.3': { zh: '六(五)“不超过”是上限还是定额', en: 'Are 六(五)\'s amounts maxima or fixed amounts' },
  },
  conditions: {
    enterprise: { zh: '受益主体为企业', en: 'the beneficiary is an enterprise', quote: '智能机器人企业' },
    approvedAmountPositive: { zh: '评审核定金额大于零', en: 'the reviewed amount is above zero', quote: '每项分别给予不超过100万元、50万元资助' },
    leadDrafter: { zh: '主导制定（第一起草单位）', en: 'lead drafter', quote: '主导制定' },
    newStandard: { zh: '制定新标准（非修订）', en: 'a new standard (not a revision)', quote: '制定国家标准、行业标准' },
    roboticsRelated: { zh: '标准涉及智能机器人', en: 'the standard concerns robotics', quote: '智能机器人企业主导制定' },
  },
} as const satisfies DeclaredWords<typeof art06_5aParameters, typeof art06_5aReadings> & ClauseWords;
