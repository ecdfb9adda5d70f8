/**
 * 八(三) 打造生态合作交流平台 — 50 % of an event's cost to the 承办单位, at most 150万元 per event, for national
 * or provincial AI events held in the district and filed with the management committee beforehand.
 * Register: § 八(三); readings A8.3.1 (level), A8.3.2 (per event), A8.3.3 (cost net of sponsorship), A8.3.4.
 */
import * as z from 'zod/mini';
import { Bool, IsoDate, Yuan, claimBase, enumOf, optional, subjectTest } from '../policy/inputParts.js';
import { onOrBefore } from '../core/dates.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan } from '../core/money.js';
import { cond, y } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** 八(三): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim). */
export const art08_3Input = z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art08_3'), eventLevel: enumOf(['national', 'provincial', 'other']),
  eventType: enumOf(['academicConference', 'technicalExchange', 'investmentPromotion', 'dataElementsCompetition',
    'industryCompetition', 'innovationCompetition', 'other']),
  heldInDistrict: Bool, hostRole: enumOf(['host', 'organizerOnly']), filedAndApprovedOn: optional(IsoDate),
  heldOn: IsoDate, totalCost: Yuan, costBorneByHost: Yuan });

/** 八(三): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art08_3Words). */
export const art08_3Parameters = [
  { id: 'art08_3.rate', rule: 'art08_3', unit: 'rate', value: '0.50', of: 'share' },
  { id: 'art08_3.cap', rule: 'art08_3', unit: 'yuan', value: '1500000', scope: 'perItem' },
] as const satisfies readonly ParameterFact[];

/** 八(三): the readings of ambiguous words that the branches below switch on (register ids; words: art08_3Words). */
export const art08_3Readings = [
  { id: 'A8.3.1', default: 'every', options: ['every', 'conferenceOnly'], consequential: false },
  { id: 'A8.3.2', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A8.3.3', default: 'net', options: ['net', 'gross'], consequential: true },
] as const satisfies readonly ReadingFact[];

export const art08_3: ClauseDef<'art08_3'> = {
  id: 'art08_3',
  item: '八(三)',
  kind: 'PCT',
  beneficiary: 'anyUnit',
  subjectTest: true,
  projectBound: false,
  annual: false,
  paidAsDifference: false,
  rdProject: false,
  parameters: art08_3Parameters,
  readings: art08_3Readings,
  evaluate(claim, ctx) {
    const levelRequired = ctx.readings['A8.3.1'] !== 'conferenceOnly' || claim.eventType === 'academicConference';
    const cost = fenFromYuan(ctx.readings['A8.3.3'] === 'gross' ? claim.totalCost : claim.costBorneByHost);
    const rate = ctx.params.rate('art08_3.rate');
    const cap = ctx.params.fen('art08_3.cap');
    const perHostYear = ctx.readings['A8.3.2'] === 'b';
    return {
      conditions: [
        cond('nationalOrProvincialLevel', !levelRequired || claim.eventLevel !== 'other'),
        cond('heldInDistrict', claim.heldInDistrict),
        cond('host', claim.hostRole === 'host'),
        cond('filedBeforeEvent', onOrBefore(claim.filedAndApprovedOn, claim.heldOn)),
      ],
      gross: applyRate(cost, rate, ctx.params.rounding),
      qualifyingDate: claim.heldOn,
      caps: [
        // 「每次活动…不超过150万元」: the bound on this claim, and on everything paid for the same event (A8.3.2 a:
        // one event's claims, in this batch and earlier ones, share it), or for the host in a year (A8.3.2 b).
        { kind: 'item', param: 'art08_3.cap', cap },
        perHostYear
          ? { kind: 'cumulative', stage: 'beneficiaryYear', scope: 'perBeneficiaryPerYear', key: `art08_3|${ctx.beneficiary.id}|${ctx.awardYear}`,
              param: 'art08_3.cap', cap, prior: ctx.history.counted((h) => h.clause === 'art08_3' && h.awardYear === ctx.awardYear) }
          : { kind: 'cumulative', stage: 'subject', scope: 'perItem', key: `art08_3|${claim.subjectId}`,
              param: 'art08_3.cap', cap, prior: ctx.history.counted((h) => h.clause === 'art08_3' && h.subjectId === claim.subjectId) },
      ],
      basis: { eventLevel: claim.eventLevel, cost: y(cost), rate: rate.text },
    };
  },
};

/**
 * 八(三): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art08_3Words = {
  title: { zh: '打造生态合作交流平台（活动补助）', en: 'Conferences, competitions and events' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '符合以上条件并经管委会备案同意的，按每次活动费用总额的50%给予承办单位不超过150万元的补助。',
  parameters: {
    'art08_3.rate': { title: { zh: '活动费用补助比例', en: 'Share of event cost' }, quote: '按每次活动费用总额的50%', token: '50%' },
    'art08_3.cap': { title: { zh: '每次活动上限', en: 'Cap per event' }, quote: '给予承办单位不超过150万元', token: '150万元' },
  },
  readings: {
    'A8.3.1': {
      every: { zh: '“国家、省级”限定所有活动类型', en: 'national or provincial level required for every event type' },
      conferenceOnly: { zh: '“国家、省级”仅限定学术会议', en: 'the level qualifies academic conferences only' },
    },
    'A8.3.2': {
      a: { zh: '上限按每次活动计（同一活动的各次申请合计）', en: 'the cap is per event (all claims for one event together)' },
      b: { zh: '上限按承办单位每年计', en: 'the cap is per host per year' },
    },
    'A8.3.3': {
      net: { zh: '承办单位承担的费用（扣除赞助及其他财政补助）', en: 'cost borne by the host, net of sponsorship and other subsidies' },
      gross: { zh: '活动费用总额', en: 'gross event cost' },
    },
  },
  questions: {
    'A8.3.1': { zh: '八(三)“国家、省级”限定哪些活动', en: 'Which events 八(三)\'s 「国家、省级」 qualifies' },
    'A8.3.2': { zh: '八(三)上限按每次活动还是按承办单位每年计', en: 'Is 八(三)\'s cap per event or per host per year' },
    'A8.3.3': { zh: '活动费用按总额，还是按承办单位实际承担的净额？', en: 'Is the event cost the gross total, or the net cost the host bears?' },
  },
  conditions: {
    nationalOrProvincialLevel: { zh: '国家、省级活动', en: 'a national or provincial event', quote: '承办国家、省级人工智能学术会议' },
    heldInDistrict: { zh: '在航空港区内举办', en: 'held in the district', quote: '在航空港区内承办' },
    host: { zh: '为承办单位', en: 'the beneficiary is the host (承办单位)', quote: '给予承办单位' },
    filedBeforeEvent: { zh: '活动前经管委会备案同意', en: 'filed with and approved by the committee before the event', quote: '经管委会备案同意' },
  },
} as const satisfies DeclaredWords<typeof art08_3Parameters, typeof art08_3Readings> & ClauseWords;
