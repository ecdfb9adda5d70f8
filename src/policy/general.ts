/**
 * Rules of the whole policy that no one clause or stage owns: rounding to the fen, what counts as money
 * received (R9), the reading of 九(五)'s refund (A9.5.1, computed by engine/clawback.ts), and which date picks the
 * policy's version in force for a line (九(六) 「根据实施情况依法调整相关政策措施」, A9.6.1; versions.ts).
 */
import type { ParameterFact } from './parameters.js';
import type { ReadingFact } from './readings.js';
import type { DeclaredWords, RuleWords } from './words.js';

/** The whole policy: the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: generalWords). */
export const generalParameters = [
  { id: 'rounding', rule: 'general', unit: 'rounding', value: 'floor' },
] as const satisfies readonly ParameterFact[];

/** The whole policy: the readings of ambiguous words that the branches below switch on (register ids; words: generalWords). */
export const generalReadings = [
  { id: 'R9', default: 'paid', options: ['paid', 'entitlement'], consequential: true },
  { id: 'A9.5.1', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A9.6.1', default: 'qualifyingDate', options: ['qualifyingDate', 'approvalDate'], consequential: true },
] as const satisfies readonly ReadingFact[];

/**
 * The whole policy: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const generalWords = {
  item: { 'R9': '九', 'A9.5.1': '九(五)', 'A9.6.1': '九(六)' },
  parameters: {
    'rounding': { title: { zh: '舍入规则', en: 'Rounding rule' }, assumption: 'R7: the text gives no rounding rule; every product of a rate is floored to the fen.' },
  },
  readings: {
    'R9': {
      paid: { zh: '累计上限与补差基数按实际拨付额计', en: 'cumulative caps and top-up bases count amounts paid' },
      entitlement: { zh: '按截断前的应得额计', en: 'they count entitlements before cross-cutting cuts' },
    },
    'A9.5.1': {
      a: { zh: '退回本政策下已获得的全部资金', en: 'refund everything received under this policy' },
      b: { zh: '仅退回涉事条款的资金', en: 'refund only the lines the finding covers' },
    },
    'A9.6.1': {
      qualifyingDate: { zh: '政策调整后，按各奖励行资格事实发生之日施行的版本计算', en: 'after an adjustment, each line takes the version in force on its qualifying-fact date' },
      approvalDate: { zh: '按审批之日施行的版本计算', en: 'every line takes the version in force on the approval date' },
    },
  },
  questions: {
    'R9': { zh: '累计上限和补差按实际拨付额计，还是按截断前的应得额计？', en: 'Do cumulative caps and top-ups count amounts paid, or entitlements before cuts?' },
    'A9.5.1': { zh: '违规时退回全部资金，还是只退回涉事条款的资金？', en: 'On a finding, is all money refunded, or only the tainted line\'s?' },
    'A9.6.1': { zh: '政策调整后，按哪一日期施行的数值计算：资格事实发生之日，还是审批之日？', en: 'After an adjustment, which date picks the values: the qualifying-fact date or the approval date?' },
  },
  conditions: {
  },
} as const satisfies DeclaredWords<typeof generalParameters, typeof generalReadings> & RuleWords<typeof generalReadings>;
