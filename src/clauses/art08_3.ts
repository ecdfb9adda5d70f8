/**
 * 八(三) 打造生态合作交流平台 — 50 % of an event's cost to the 承办单位, at most 150万元 per event, for national
 * or provincial AI events held in the district and filed with the management committee beforehand.
 * Register: § 八(三); readings A8.3.1 (level), A8.3.2 (per event), A8.3.3 (cost net of sponsorship), A8.3.4.
 */
import { onOrBefore } from '../core/dates.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan } from '../core/money.js';
import { cond, y } from './support.js';

export const art08_3: ClauseDef<'art08_3'> = {
  id: 'art08_3',
  item: '八(三)',
  title: { zh: '打造生态合作交流平台（活动补助）', en: 'Conferences, competitions and events' },
  text: '符合以上条件并经管委会备案同意的，按每次活动费用总额的50%给予承办单位不超过150万元的补助。',
  kind: 'PCT',
  beneficiary: 'anyUnit',
  subjectTest: true,
  projectBound: false,
  evaluate(claim, ctx) {
    const levelRequired = ctx.readings['A8.3.1'] !== 'conferenceOnly' || claim.eventType === 'academicConference';
    const cost = fenFromYuan(ctx.readings['A8.3.3'] === 'gross' ? claim.totalCost : claim.costBorneByHost);
    const rate = ctx.params.rate('art08_3.rate')!;
    const cap = ctx.params.fen('art08_3.cap');
    const perHostYear = ctx.readings['A8.3.2'] === 'b';
    return {
      conditions: [
        cond('nationalOrProvincialLevel', !levelRequired || claim.eventLevel !== 'other'),
        cond('heldInDistrict', claim.heldInDistrict),
        cond('host', claim.hostRole === 'host'),
        // Stryker disable next-line ConditionalExpression: without a filing date, onOrBefore(undefined, heldOn) is already false; the test states the condition
        cond('filedBeforeEvent', claim.filedAndApprovedOn !== undefined && onOrBefore(claim.filedAndApprovedOn, claim.heldOn)),
      ],
      gross: applyRate(cost, rate, ctx.params.rounding),
      qualifyingDate: claim.heldOn,
      caps: [
        // 「每次活动…不超过150万元」: the bound on this claim, and on everything paid for the same event (A8.3.2 a:
        // one event's claims, in this batch and earlier ones, share it), or for the host in a year (A8.3.2 b).
        { kind: 'item', param: 'art08_3.cap', cap },
        perHostYear
          // Stryker disable next-line StringLiteral: one evaluation has one beneficiary and one award year, so every line of this clause has this key whatever its text, and the clause prefix of the other keys keeps them apart
          ? { kind: 'cumulative', stage: 'beneficiaryYear', scope: 'perBeneficiaryPerYear', key: `art08_3|${ctx.beneficiary.id}|${ctx.awardYear}`,
              param: 'art08_3.cap', cap, prior: ctx.history.counted((h) => h.clause === 'art08_3' && h.awardYear === ctx.awardYear) }
          : { kind: 'cumulative', stage: 'subject', scope: 'perItem', key: `art08_3|${claim.subjectId}`,
              param: 'art08_3.cap', cap, prior: ctx.history.counted((h) => h.clause === 'art08_3' && h.subjectId === claim.subjectId) },
      ],
      basis: { eventLevel: claim.eventLevel, cost: y(cost), rate: rate.text },
    };
  },
};
