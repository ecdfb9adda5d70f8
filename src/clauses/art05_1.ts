/**
 * 五(一) 支持打造人工智能示范应用场景 — fixed one-time awards for national / provincial demonstration scenarios.
 * Register: § 五(一); reading A5.1.2 (provincial then national: the difference, by default).
 */
import type { ClauseDef } from '../model.js';
import { y } from './support.js';

export const art05_1: ClauseDef<'art05_1'> = {
  id: 'art05_1',
  item: '五(一)',
  title: { zh: '支持打造人工智能示范应用场景', en: 'National / provincial demonstration scenarios' },
  text: '对入选国家、省示范应用场景的项目，分别给予200万元、100万元一次性奖励。',
  kind: 'TIER',
  beneficiary: 'anyUnit',
  subjectTest: true,
  evaluate(claim, ctx) {
    const amount = ctx.params.fen(`art05_1.${claim.level}`);
    const both = ctx.readings['A5.1.2'] === 'b';
    const key = both ? `art05_1|${claim.subjectId}|${claim.level}` : `art05_1|${claim.subjectId}`;
    return {
      conditions: [],
      gross: amount,
      qualifyingDate: claim.announcedOn,
      overlapGroup: 'OG3',
      tier: claim.level,
      caps: [{ kind: 'ladder', key,
        prior: ctx.history.counted((h) => h.clause === 'art05_1' && h.subjectId === claim.subjectId && (!both || h.tier === claim.level)) }],
      basis: { level: claim.level, amount: y(amount) },
    };
  },
};
