/**
 * 八(一) 支持建设人工智能展示中心 — a one-time 30 % of equipment and software investment, at most 300万元.
 * Register: § 八(一); readings A8.1.1 (the base: equipment and software only, by default), A8.1.2 (leases paid).
 */
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan } from '../core/money.js';
import { cond, y } from './support.js';

export const art08_1: ClauseDef<'art08_1'> = {
  id: 'art08_1',
  item: '八(一)',
  title: { zh: '支持建设人工智能展示中心', en: 'AI showcase centres' },
  text: '经认定，按照实际装修及购置、租赁应用场景产品的费用，给予设备及软件类投资30%、最高300万元的一次性补贴。',
  kind: 'PCT',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  evaluate(claim, ctx) {
    const equipmentAndSoftware =
      fenFromYuan(claim.equipmentPurchased) + fenFromYuan(claim.softwarePurchased) + fenFromYuan(claim.equipmentOrSoftwareLeasedPaid);
    const decoration = fenFromYuan(claim.decorationCost);
    const other = claim.otherCosts === undefined ? 0 : fenFromYuan(claim.otherCosts);
    const reading = ctx.readings['A8.1.1'];
    const base = reading === 'a' ? equipmentAndSoftware + decoration + other : reading === 'c' ? equipmentAndSoftware + decoration : equipmentAndSoftware;
    const rate = ctx.params.rate('art08_1.rate')!;
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
