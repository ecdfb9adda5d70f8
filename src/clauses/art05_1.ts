/**
 * 五(一) 支持打造人工智能示范应用场景 — fixed one-time awards for national / provincial demonstration scenarios.
 * Register: § 五(一); reading A5.1.2 (provincial then national: the difference, by default). D9: the project's
 * selections are one list, one line; D6: a selection at the level already awarded, or a lower one, pays nothing.
 */
import type { ClauseDef, ClauseOutcome } from '../policy/model.js';
import { cond, titleLadder, y, type TierItem } from './support.js';

export const art05_1: ClauseDef<'art05_1'> = {
  id: 'art05_1',
  item: '五(一)',
  title: { zh: '支持打造人工智能示范应用场景', en: 'National / provincial demonstration scenarios' },
  text: '对入选国家、省示范应用场景的项目，分别给予200万元、100万元一次性奖励。',
  kind: 'TIER',
  beneficiary: 'anyUnit',
  subjectTest: true,
  projectBound: true,
  evaluate(claim, ctx): ClauseOutcome {
    const valueOf = (level: string) => (level === 'national' || level === 'provincial' ? ctx.params.fen(`art05_1.${level}`) : undefined);
    const items: TierItem[] = claim.selections.map((s) => {
      const amount = valueOf(s.level)!;
      return { tier: s.level, value: amount, amount, capped: amount, date: s.announcedOn };
    });
    const onLadder = (h: { clause: string; subjectId: string }) => h.clause === 'art05_1' && h.subjectId === claim.subjectId;
    const ladder = titleLadder(ctx, items, {
      key: `art05_1|${claim.subjectId}`,
      // A5.1.2 b: each level is an award of its own, paid in full.
      perTier: ctx.readings['A5.1.2'] === 'b',
      onLadder,
      prior: ctx.history.counted(onLadder),
      valueOf,
    });
    if (ladder === undefined) return { conditions: [cond('selected', false)], gross: 0, qualifyingDate: null, basis: { selections: 0 } };
    return {
      conditions: [cond('selected', true)],
      gross: ladder.gross,
      qualifyingDate: ladder.chosen.date,
      overlapGroup: 'OG3',
      tier: ladder.chosen.tier,
      caps: ladder.caps,
      basis: { level: ladder.chosen.tier, amount: y(ladder.chosen.amount), selections: items.length, ...ladder.perTier },
    };
  },
};
