/**
 * 九(四) — for a project that has received national or provincial 财政 money, the district's cumulative funding
 * of that project never exceeds its audited investment. District money already paid to the project (this policy,
 * all years, and other district policies: A9.4.2) uses up the room; the batch's lines for the project share what
 * is left pro rata (A9.4.6). Without an audited investment the lines are pending (A9.4.4 a).
 */
import { atMost } from '../boundaries.js';
import { fenFromYuan } from '../money.js';
import type { StageContext, WorkLine } from '../model.js';
import { share } from './allocate.js';
import { cut, groupBy, indicesWhere, isPaying, totalOf, withNote, withState } from './lines.js';

const RD_PROJECT_LINES = new Set(['art03_1', 'art03_3']);

/** Stage 5: the audited-investment ceiling. */
export function auditedInvestment(lines: readonly WorkLine[], ctx: StageContext): WorkLine[] {
  const out = [...lines];
  const rdOnly = ctx.readings['A9.4.1'] === 'b';
  const projects = new Map((ctx.application.projects ?? []).map((p) => [p.id, p]));
  const indices = indicesWhere(lines, (l) => isPaying(l) && l.project !== undefined && (!rdOnly || RD_PROJECT_LINES.has(l.clause)));
  for (const [projectId, group] of groupBy(indices, (i) => lines[i]!.project!.id)) {
    const record = projects.get(projectId);
    if (record?.auditedInvestment === undefined) {
      for (const i of group) {
        out[i] = ctx.readings['A9.4.4'] === 'b'
          ? withNote(out[i]!, { code: 'auditedInvestmentNotApplied', rule: 'art09_4', projectId })
          : withState(out[i]!, 'pending', { code: 'pending', rule: 'art09_4', missing: `projects[${projectId}].auditedInvestment` });
      }
      continue;
    }
    const investment = fenFromYuan(record.auditedInvestment);
    let prior = ctx.history.paid((h) => h.projectId === projectId);
    for (const s of ctx.beneficiary.otherDistrictSupport ?? []) if (s.subjectId === projectId) prior += fenFromYuan(s.amount);
    if (ctx.readings['A9.4.3'] === 'b') {
      // All public money: the higher-level funding counts against the investment too.
      let superiorFunding = 0;
      for (const i of group) superiorFunding += lines[i]!.project!.superiorFunding;
      prior += record.superiorFunding === undefined ? superiorFunding : fenFromYuan(record.superiorFunding);
    }
    const room = Math.max(0, investment - prior);
    const members = group.map((i) => out[i]!);
    if (atMost(totalOf(members), room)) continue; // 「不得超过」 allows the investment itself
    const amounts = share(members, room, ctx.readings.R7 ?? 'proRata');
    group.forEach((i, k) => {
      const line = out[i]!;
      out[i] = cut(line, { code: 'auditedInvestment', rule: 'art09_4', before: line.amount, after: amounts[k]!, projectId, investment, prior, room });
    });
  }
  return out;
}
