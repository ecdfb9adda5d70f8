/**
 * Small helpers the clause files share: named conditions, the enterprise test (R6), base-year figures, and the
 * higher-level money a matching clause matches (R3).
 */
import { endOfYear, within } from '../core/dates.js';
import type { CapDecl, ClauseContext, Condition, HistoryLine } from '../policy/model.js';
import { fenFromYuan, yuanFromFen, type Fen, ZERO_FEN, addFen } from '../core/money.js';

/** A named condition. */
export function cond(id: string, met: boolean): Condition {
  return { id, met };
}

/** R6: 「企业」 means an enterprise only. */
export function isEnterprise(ctx: ClauseContext): Condition {
  return cond('enterprise', ctx.beneficiary.legalForm === 'enterprise');
}

/**
 * A year's figure from a by-year record (「上一年度」, R4: usually `ctx.baseYear`), or undefined when it is missing.
 * The year is looked up as a number: year keys are array-index keys, found without making a string.
 */
export function valueOfYear<T>(record: Readonly<Record<string, T>>, year: number): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, year) ? record[year] : undefined;
}

/** The qualifying-fact date of an annual line: the end of its base year (A9.7.3). */
export function baseYearEnd(ctx: ClauseContext): string {
  return endOfYear(ctx.baseYear);
}

/** Fen as a yuan string, for explanation bases. */
export const y = yuanFromFen;

/** Reads higher-level money: its amount, and the date it was received (undefined = approved, not received). */
export function superior(money: { amount: string; receivedOn?: string | undefined }): { amount: Fen; receivedOn: string | undefined } {
  return { amount: fenFromYuan(money.amount), receivedOn: money.receivedOn };
}

/**
 * Whether an item of a subject's list (a selection, title, recognition, tranche) counts by its qualifying-fact date:
 * inside the validity window of 九(七) (A9.7.3 a and d; the register's "in-window selections"). Under the readings
 * that anchor the window on the application or approval date (A9.7.3 b, c) every item counts, and the validity
 * stage tests that date instead.
 */
export function inWindow(date: string, ctx: ClauseContext): boolean {
  const anchor = ctx.readings['A9.7.3'];
  if (anchor === 'b' || anchor === 'c') return true;
  return within(date, ctx.params.window.start, ctx.params.window.end);
}

/** One item of a subject's list on a title ladder (五(一), 五(二), 六(二), 七(一)), in fen. */
export interface TierItem {
  /** The tier: a level (`national`, `provincial`) or a title. */
  readonly tier: string;
  /** The tier's nominal value: its fixed amount, or for 六(二) its maximum. */
  readonly value: Fen;
  /** What the item pays before any cap: the fixed amount, or the amount approved by review. */
  readonly amount: Fen;
  /** The amount after the item's own cap (equal to `amount` where there is none). */
  readonly capped: Fen;
  /** Its qualifying-fact date (announcement, recognition, designation). */
  readonly date: string;
}

/**
 * Orders the items of a subject's list, the one to pay for first: the largest capped amount; of equal ones the
 * uncut item (D8: the line is then `paid`, not `reduced`); then the higher tier; then the earlier date; then the
 * tier's name. Content only, so neither the order of the list nor any id decides.
 */
export function byTierPriority(a: TierItem, b: TierItem): number {
  return b.capped - a.capped || a.amount - b.amount || b.value - a.value || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
    (a.tier < b.tier ? -1 : a.tier > b.tier ? 1 : 0);
}

/**
 * The highest tier value already awarded on a ladder (D6: a history line with an entitlement above 0 and a known
 * tier); 0 when none. A history line without a tier counts only as money received.
 */
export function awardedValue(ctx: ClauseContext, onLadder: (h: HistoryLine) => boolean, valueOf: (tier: string) => Fen | undefined): Fen {
  let best: Fen = ZERO_FEN;
  for (const h of ctx.history.lines) {
    if (h.tier === undefined || h.entitlement <= 0 || !onLadder(h)) continue;
    const v = valueOf(h.tier);
    if (v !== undefined && v > best) best = v;
  }
  return best;
}

/**
 * A subject's list on a title ladder as one line (D9). The items the window admits compete (byTierPriority); when
 * none is admitted, the best item overall gives the date on which the validity stage refuses the line. Under the
 * readings that pay every level in full (A5.1.2 b, A6.2.2 b, A7.1.2 b: `perTier`), each tier of the list is an
 * award of its own: the line pays the sum of its tiers' capped amounts, a tier already awarded (D6) adding nothing.
 */
export function titleLadder(
  ctx: ClauseContext,
  items: readonly TierItem[],
  ladder: {
    readonly key: string;
    readonly perTier: boolean;
    /** The history lines of this ladder (clause, subject or enterprise). */
    readonly onLadder: (h: HistoryLine) => boolean;
    /** Money already received on the ladder (R9), for the difference (晋级补差). */
    readonly prior: Fen;
    readonly valueOf: (tier: string) => Fen | undefined;
  },
): { readonly chosen: TierItem; readonly gross: Fen; readonly caps: readonly CapDecl[]; readonly perTier?: Readonly<Record<string, string>> } | undefined {
  if (items.length === 0) return undefined;
  const counted = items.filter((i) => inWindow(i.date, ctx));
  const ranked = [...(counted.length > 0 ? counted : items)].sort(byTierPriority);
  const chosen = ranked[0]!;
  if (ladder.perTier && counted.length > 0) {
    // Each tier once: its best item, nothing for a tier already awarded.
    const seen = new Set<string>();
    let gross: Fen = ZERO_FEN;
    const parts: Record<string, string> = {};
    for (const item of ranked) {
      if (seen.has(item.tier)) continue;
      seen.add(item.tier);
      const awarded = awardedValue(ctx, (h) => h.tier === item.tier && ladder.onLadder(h), ladder.valueOf) > 0;
      parts[item.tier] = awarded ? 'alreadyAwarded' : yuanFromFen(item.capped);
      if (!awarded) gross = addFen(gross, item.capped);
    }
    return {
      chosen,
      gross,
      caps: [{ kind: 'oneTime', key: `${ladder.key}|perTier`, alreadyAwarded: false }],
      perTier: parts,
    };
  }
  return {
    chosen,
    gross: chosen.amount,
    caps: [
      { kind: 'ladder', key: ladder.key, prior: ladder.prior, tierValue: chosen.value, awarded: awardedValue(ctx, ladder.onLadder, ladder.valueOf) },
    ],
  };
}
