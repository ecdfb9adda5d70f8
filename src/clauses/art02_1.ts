/**
 * 二(一) 促进数据开放共享 — matching of higher-level awards for data "firsts".
 * Register: docs/clause-register.md § 二(一); readings A2.1.1 (ratio), A2.1.3, A2.1.6, A2.1.8 (R9).
 */
import * as z from 'zod/mini';
import { SuperiorMoney, claimBase, enumOf } from '../policy/inputParts.js';
import type { CapDecl, ClauseContext, ClauseDef } from '../policy/model.js';
import { applyRate, type Rate, ZERO_FEN } from '../core/money.js';
import { cond, superior, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

const PROVINCIAL_OR_NATIONAL = new Set(['national', 'provincial']);

/**
 * 「同一单位所获配套资金奖励总额最高100万元」, in the scope A2.1.6 reads: per unit over the validity period (default),
 * per unit per award year, or per data "first" (the claim's subject) over the years.
 */
function capOf(subjectId: string, ctx: ClauseContext): CapDecl {
  const param = 'art02_1.cap';
  const cap = ctx.params.fen(param);
  const scope = ctx.readings['A2.1.6'];
  if (scope === 'perYear') {
    return { kind: 'cumulative', stage: 'beneficiaryYear', scope: 'perBeneficiaryPerYear', param, cap,
      key: `art02_1|${ctx.beneficiary.id}|${ctx.awardYear}`,
      prior: ctx.history.counted((h) => h.clause === 'art02_1' && h.awardYear === ctx.awardYear) };
  }
  if (scope === 'perEvent') {
    return { kind: 'cumulative', stage: 'subject', scope: 'perSubjectCumulative', param, cap,
      key: `art02_1|event|${subjectId}`,
      prior: ctx.history.counted((h) => h.clause === 'art02_1' && h.subjectId === subjectId) };
  }
  return { kind: 'cumulative', stage: 'lifetime', scope: 'perUnitLifetime', param, cap,
    key: `art02_1|${ctx.beneficiary.id}`, prior: ctx.history.counted((h) => h.clause === 'art02_1') };
}

/** 二(一): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art02_1Input = z.strictObject({ ...claimBase, clause: z.literal('art02_1'),
  eventKind: enumOf(['firstRegistration', 'firstListing', 'firstTransaction', 'firstOpening', 'firstEvaluation',
    'firstBalanceSheetEntry', 'firstCertification', 'other']),
  superiorLevel: enumOf(['national', 'provincial', 'municipal']),
  superiorAward: SuperiorMoney });

/** 二(一): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art02_1Words). */
export const art02_1Parameters = [
  { id: 'art02_1.ratio', rule: 'art02_1', unit: 'rate', value: null, of: 'ratio' },
  { id: 'art02_1.cap', rule: 'art02_1', unit: 'yuan', value: '1000000', scope: 'perUnitLifetime' },
] as const satisfies readonly ParameterFact[];

/** 二(一): the readings of ambiguous words that the branches below switch on (register ids; words: art02_1Words). */
export const art02_1Readings = [
  { id: 'A2.1.1', default: 'a', options: ['a', 'b', 'c'], consequential: true },
  { id: 'A2.1.6', default: 'lifetime', options: ['lifetime', 'perYear', 'perEvent'], consequential: false },
] as const satisfies readonly ReadingFact[];

export const art02_1: ClauseDef<'art02_1'> = {
  id: 'art02_1',
  item: '二(一)',
  kind: 'MATCH',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art02_1Parameters,
  readings: art02_1Readings,
  evaluate(claim, ctx) {
    const award = superior(claim.superiorAward);
    const conditions = [cond('superiorAwardReceived', award.amount > 0)];
    const reading = ctx.readings['A2.1.1'];
    const ratio: Rate | null =
      reading === 'b' ? { num: 1, den: 1, text: '1' } : reading === 'c' ? { num: 1, den: 2, text: '0.5' } : ctx.params.rate('art02_1.ratio');
    // A2.1.9: only national or provincial money brings the data product under 九(四); a municipal award does not.
    const superiorFunded = PROVINCIAL_OR_NATIONAL.has(claim.superiorLevel) && award.receivedOn !== undefined && award.amount > 0;
    const project = { superiorFunded, superiorFunding: superiorFunded ? award.amount : ZERO_FEN };
    const basis = { superiorLevel: claim.superiorLevel, superiorAward: y(award.amount), ratio: ratio?.text ?? 'unset' };
    const common = {
      conditions,
      qualifyingDate: award.receivedOn ?? null,
      caps: [capOf(claim.subjectId, ctx)],
      basis,
      project,
      ...(ratio === null ? {} : {
        notes: [{ code: 'indeterminateRatioSupplied' as const, rule: 'art02_1' as const, ratio: ratio.text,
          source: reading === 'a' ? 'parameter art02_1.ratio' : `reading A2.1.1 ${reading}` }],
      }),
    };
    if (ratio === null) return { ...common, gross: ZERO_FEN, indeterminate: { param: 'art02_1.ratio' } };
    if (award.receivedOn === undefined) return { ...common, gross: ZERO_FEN, pending: { missing: 'superiorAward.receivedOn' } };
    return { ...common, gross: applyRate(award.amount, ratio, ctx.params.rounding) };
  },
};

/**
 * 二(一): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art02_1Words = {
  title: { zh: '促进数据开放共享（数据“首”类事项配套）', en: 'Data "firsts": matching of higher-level awards' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对数据的首登记、首挂牌、首交易、首开放、首评估、首入表、首认证等，按照上级奖励标准按比例给予一定比例配套支持，同一单位所获配套资金奖励总额最高100万元。',
  parameters: {
    'art02_1.ratio': { title: { zh: '数据“首”类事项配套比例', en: 'Data "firsts" matching ratio' }, quote: '按比例给予一定比例配套支持', assumption: 'A2.1.1: the text names no ratio; the line is indeterminate until a caller sets one.' },
    'art02_1.cap': { title: { zh: '同一单位配套资金奖励总额上限', en: 'Lifetime cap per unit' }, quote: '总额最高100万元', token: '100万元' },
  },
  readings: {
    'A2.1.1': {
      a: { zh: '比例为待定参数，未设定则不可计算', en: 'a parameter; indeterminate until set' },
      b: { zh: '按1:1', en: '1:1' },
      c: { zh: '按1:0.5', en: '1:0.5' },
    },
    'A2.1.6': {
      lifetime: { zh: '100万元为同一单位有效期内累计总额', en: 'the cap is per unit over the whole validity period' },
      perYear: { zh: '100万元为同一单位每年总额', en: 'the cap is per unit per award year' },
      perEvent: { zh: '100万元为每一“首”类事项（对象）累计总额', en: 'the cap is per data "first" (per subject), over the years' },
    },
  },
  questions: {
    'A2.1.1': { zh: '数据“首”类事项按什么比例配套？（原文未写比例）', en: 'At what ratio are data "firsts" matched? (the text names none)' },
    'A2.1.6': { zh: '二(一)“总额最高100万元”的范围', en: 'What 二(一)\'s total cap applies to' },
  },
  conditions: {
    superiorAwardReceived: { zh: '获得上级奖励资金', en: 'a higher-level award was received', quote: '按照上级奖励标准按比例给予一定比例配套支持' },
  },
} as const satisfies DeclaredWords<typeof art02_1Parameters, typeof art02_1Readings> & ClauseWords;
