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
import { ZERO_FEN, fenAbove } from '../core/money.js';
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
      const room = fenAbove(d.cap, d.prior);
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
        const after = i === best && !alreadyAwarded ? fenAbove(line.amount, d.prior) : ZERO_FEN;
        out[i] = cut(line, { code: 'ladder', rule, before: line.amount, after, prior: d.prior, best: i === best, alreadyAwarded: i === best && alreadyAwarded });
      } else if (d.alreadyAwarded || i !== best) {
        out[i] = cut(line, { code: 'oneTime', rule, before: line.amount, after: ZERO_FEN, why: d.alreadyAwarded ? 'alreadyAwarded' : 'largerInBatch' });
      }
    }
  }
  return out;
}

/** Performance only (like every stage's idle test): no open line above an item cap of its own. */
export function itemCapsIdle(lines: readonly WorkLine[], _ctx: StageContext): boolean {
  return lines.every((l) => !isOpen(l) || l.caps.every((c) => c.kind !== 'item' || l.amount <= c.cap));
}

/**
 * True when every open line with a cumulative cap of `stage` is alone under its key and within the cap less what
 * was paid before: the stage would cut nothing.
 */
function withinCumulativeCaps(lines: readonly WorkLine[], stage: 'subject' | 'beneficiaryYear' | 'lifetime'): boolean {
  let keys: Set<string> | undefined;
  for (const l of lines) {
    if (!isOpen(l)) continue;
    for (const c of l.caps) {
      if (c.kind !== 'cumulative' || c.stage !== stage) continue;
      if (l.amount > c.cap - c.prior || keys?.has(c.key)) return false;
      (keys ??= new Set()).add(c.key);
    }
  }
  return true;
}

/** Performance only: every per-subject cumulative cap has room for its line. */
export const subjectCapsIdle = (lines: readonly WorkLine[], _ctx: StageContext): boolean => withinCumulativeCaps(lines, 'subject');
/** Performance only: every per-beneficiary-per-year cap has room for its line. */
export const beneficiaryYearCapsIdle = (lines: readonly WorkLine[], _ctx: StageContext): boolean => withinCumulativeCaps(lines, 'beneficiaryYear');
/** Performance only: every lifetime cap has room for its line. */
export const lifetimeCapsIdle = (lines: readonly WorkLine[], _ctx: StageContext): boolean => withinCumulativeCaps(lines, 'lifetime');

/** Performance only: every tier ladder or one-time award alone in its group, with nothing received or awarded before. */
export function laddersAndOneTimeIdle(lines: readonly WorkLine[], _ctx: StageContext): boolean {
  let keys: Set<string> | undefined;
  for (const l of lines) {
    if (!isOpen(l)) continue;
    const d = l.caps.find((c) => c.kind === 'ladder' || c.kind === 'oneTime');
    if (d === undefined || (d.kind !== 'ladder' && d.kind !== 'oneTime')) continue;
    if (d.kind === 'ladder'
      ? fenAbove(l.amount, d.prior) !== l.amount || (d.awarded !== undefined && d.awarded > 0)
      : d.alreadyAwarded) return false;
    if (keys?.has(d.key)) return false;
    (keys ??= new Set()).add(d.key);
  }
  return true;
}
