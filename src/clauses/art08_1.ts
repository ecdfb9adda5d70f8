/**
 * 八(一) 支持建设人工智能展示中心 — a one-time 30 % of equipment and software investment, at most 300万元.
 * Register: § 八(一); readings A8.1.1 (the base: equipment and software only, by default), A8.1.2 (leases paid).
 */
import * as z from 'zod/mini';
import { Bool, IsoDate, Yuan, claimBase, optional } from '../policy/inputParts.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan, ZERO_FEN, sum, addFen } from '../core/money.js';
import { cond, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 八(一): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art08_1Input = z.strictObject({ ...claimBase, clause: z.literal('art08_1'), recognized: Bool, recognizedOn: IsoDate,
  equipmentPurchased: Yuan, softwarePurchased: Yuan, equipmentOrSoftwareLeasedPaid: Yuan, decorationCost: Yuan,
  otherCosts: optional(Yuan) });

/** 八(一): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art08_1Words). */
export const art08_1Parameters = [
  { id: 'art08_1.rate', rule: 'art08_1', unit: 'rate', value: '0.30', of: 'share' },
  { id: 'art08_1.cap', rule: 'art08_1', unit: 'yuan', value: '3000000', scope: 'perItem' },
] as const satisfies readonly ParameterFact[];

/** 八(一): the readings of ambiguous words that the branches below switch on (register ids; words: art08_1Words). */
export const art08_1Readings = [
  { id: 'A8.1.1', default: 'b', options: ['a', 'b', 'c'], consequential: true },
] as const satisfies readonly ReadingFact[];

export const art08_1: ClauseDef<'art08_1'> = {
  id: 'art08_1',
  item: '八(一)',
  kind: 'PCT',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art08_1Parameters,
  readings: art08_1Readings,
  evaluate(claim, ctx) {
    const equipmentAndSoftware =
      sum([fenFromYuan(claim.equipmentPurchased), fenFromYuan(claim.softwarePurchased), fenFromYuan(claim.equipmentOrSoftwareLeasedPaid)]);
    const decoration = fenFromYuan(claim.decorationCost);
    const other = claim.otherCosts === undefined ? ZERO_FEN : fenFromYuan(claim.otherCosts);
    const reading = ctx.readings['A8.1.1'];
    const base = reading === 'a' ? sum([equipmentAndSoftware, decoration, other]) : reading === 'c' ? addFen(equipmentAndSoftware, decoration) : equipmentAndSoftware;
    const rate = ctx.params.rate('art08_1.rate');
    return {
      conditions: [cond('recognized', claim.recognized)],
      gross: applyRate(base, rate, ctx.params.rounding),
      qualifyingDate: claim.recognizedOn,
      caps: [
        { kind: 'item', param: 'art08_1.cap', cap: ctx.params.fen('art08_1.cap') },
        { kind: 'oneTime', key: `art08_1|${claim.subjectId}`,
          alreadyAwarded: ctx.history.some((h) => h.clause === 'art08_1' && h.subjectId === claim.subjectId && h.entitlement > 0) },
      ],
      basis: { base: y(base), equipmentAndSoftware: y(equipmentAndSoftware), decoration: y(decoration), rate: rate.text },
    };
  },
};

/**
 * 八(一): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art08_1Words = {
  title: { zh: '支持建设人工智能展示中心', en: 'AI showcase centres' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '经认定，按照实际装修及购置、租赁应用场景产品的费用，给予设备及软件类投资30%、最高300万元的一次性补贴。',
  parameters: {
    'art08_1.rate': { title: { zh: '设备及软件类投资补贴比例', en: 'Share of equipment and software investment' }, quote: '给予设备及软件类投资30%、最高300万元', token: '30%' },
    'art08_1.cap': { title: { zh: '每个展示中心上限', en: 'Cap per showcase centre' }, quote: '给予设备及软件类投资30%、最高300万元', token: '300万元' },
  },
  readings: {
    'A8.1.1': {
      a: { zh: '装修、购置、租赁全部费用', en: 'all decoration, purchase and lease costs' },
      b: { zh: '仅设备及软件类投资（购置或租赁）', en: 'equipment and software only, bought or leased' },
      c: { zh: '设备及软件类投资加装修', en: 'equipment and software plus decoration' },
    },
  },
  questions: {
    'A8.1.1': { zh: '展示中心补贴以哪些投资为基数？', en: 'Which investment is the showcase-centre subsidy a share of?' },
  },
  conditions: {
    recognized: { zh: '经认定', en: 'recognised (经认定)', quote: '经认定' },
  },
} as const satisfies DeclaredWords<typeof art08_1Parameters, typeof art08_1Readings> & ClauseWords;
