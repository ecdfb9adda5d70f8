/**
 * Step 3 of §9.1: the clauses' own caps, narrow to wide. Clauses declare their caps as data (model.CapDecl);
 * these stages apply them:
 *   3.2 per item (`item`);
 *   3.3 per subject: cumulative caps (三(二) per product), tier ladders paid as the difference (五(一), 五(二)
 *       晋级补差, 六(二), 七(一), and 三(一)'s project total) and one-time awards (R5);
 *   3.4 per beneficiary (or park) per year (二(二), 三(二), 七(二)b, 八(二));
 *   3.5 per unit lifetime (二(一)).
 * A cap shared by several lines of the batch is cut pro rata (R7).
 */
import { atMost } from '../core/boundaries.js';
import type { ClauseId } from '../policy/ids.js';
import type { CapDecl, StageContext, WorkLine } from '../policy/model.js';
import { share } from './allocate.js';
import { byKeepPriority, cut, groupBy, indicesWhere, isOpen, totalOf } from './lines.js';

type Cumulative = Extract<CapDecl, { kind: 'cumulative' }>;

/** 3.2: per-item caps. */
export function itemCaps(lines: readonly WorkLine[], _ctx: StageContext): WorkLine[] {
  return lines.map((line) => {
    if (!isOpen(line)) return line;
    let out = line;
    for (const cap of line.caps) {
      if (cap.kind !== 'item' || atMost(out.amount, cap.cap)) continue; // 「最高」「不超过」 include the bound
      out = cut(out, { code: 'itemCap', rule: line.clause as ClauseId, before: out.amount, after: cap.cap, param: cap.param, cap: cap.cap });
    }
    return out;
  });
}

function cumulative(stage: Cumulative['stage']) {
  return (lines: readonly WorkLine[], ctx: StageContext): WorkLine[] => {
    const out = [...lines];
    const decl = (l: WorkLine) => l.caps.find((c): c is Cumulative => c.kind === 'cumulative' && c.stage === stage);
    const indices = indicesWhere(lines, (l) => isOpen(l) && decl(l) !== undefined);
    for (const group of groupBy(indices, (i) => decl(lines[i]!)!.key).values()) {
      const members = group.map((i) => out[i]!);
      const d = decl(members[0]!)!;
      const room = Math.max(0, d.cap - d.prior);
      if (atMost(totalOf(members), room)) continue;
      const amounts = share(members, room, ctx.readings.R7);
      group.forEach((i, k) => {
        const line = out[i]!;
        out[i] = cut(line, {
          code: 'cumulativeCap', rule: line.clause as ClauseId, before: line.amount, after: amounts[k]!,
          param: d.param, scope: d.scope, cap: d.cap, prior: d.prior, room,
        });
      });
    }
    return out;
  };
}

/** 3.3a: per-subject cumulative caps. */
export const subjectCaps = cumulative('subject');
/** 3.4: per-beneficiary (or per-park) per-year caps. */
export const beneficiaryYearCaps = cumulative('beneficiaryYear');
/** 3.5: per-unit lifetime caps. */
export const lifetimeCaps = cumulative('lifetime');

/** 3.3b: tier ladders (difference payments) and one-time awards, per subject. */
export function laddersAndOneTime(lines: readonly WorkLine[], _ctx: StageContext): WorkLine[] {
  const out = [...lines];
  const decl = (l: WorkLine) => l.caps.find((c) => c.kind === 'ladder' || c.kind === 'oneTime') as
    | Extract<CapDecl, { kind: 'ladder' | 'oneTime' }>
    | undefined;
  const indices = indicesWhere(lines, (l) => isOpen(l) && decl(l) !== undefined);
  for (const group of groupBy(indices, (i) => decl(lines[i]!)!.key).values()) {
    const ranked = [...group].sort((i, j) => byKeepPriority(out[i]!, out[j]!));
    const best = ranked[0]!;
    for (const i of ranked) {
      const line = out[i]!;
      const d = decl(line)!;
      const rule = line.clause as ClauseId;
      if (d.kind === 'ladder') {
        // D6: a tier at or below one already awarded on the ladder pays nothing; an upgrade pays the new tier less
        // the money received on the ladder.
        const alreadyAwarded = d.tierValue !== undefined && d.awarded !== undefined && d.awarded > 0 && atMost(d.tierValue, d.awarded);
        const after = i === best && !alreadyAwarded ? Math.max(0, line.amount - d.prior) : 0;
        out[i] = cut(line, { code: 'ladder', rule, before: line.amount, after, prior: d.prior, best: i === best, alreadyAwarded: i === best && alreadyAwarded });
      } else if (d.alreadyAwarded || i !== best) {
        out[i] = cut(line, { code: 'oneTime', rule, before: line.amount, after: 0, why: d.alreadyAwarded ? 'alreadyAwarded' : 'largerInBatch' });
      }
    }
  }
  return out;
}
