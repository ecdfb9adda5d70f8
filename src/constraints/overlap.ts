/**
 * 九(一)① 就高不重复 — one subject is not paid twice for the same kind of support.
 *
 * Inside the policy (A9.1.1 b), for the overlap groups of register §9.3, a subject's payments under the group's
 * clauses, over all years, never exceed the largest cumulative entitlement of any one clause of the group. Across
 * policies (A9.1.2 a: other district policies), money the subject received from another district policy for the
 * same kind of support is taken off that largest entitlement, so this policy pays only the top-up (A9.1.4 a).
 * Lines of a batch are filled largest first (tie: earlier clause id). Money already deducted as a 补差 base in
 * 五(二) is not deducted again (§9.1 "no double subtraction").
 */
import type { ClauseId } from '../policy/ids.js';
import type { ClauseDef, OverlapGroup, StageContext, WorkLine } from '../policy/model.js';
import { CLAUSES } from '../clauses/index.js';
import { fenFromYuan, type Fen, ZERO_FEN, addFen, subFen, maxFen, minFen, fenAbove, fen } from '../core/money.js';
import { byKeepPriority, cut, groupBy, indicesWhere, isPaying } from './lines.js';
import type { ReadingFact } from '../policy/readings.js';
import type { DeclaredWords, RuleWords } from '../policy/words.js';
import { isOpen } from './lines.js';

/** 九(一) 就高不重复: the readings of ambiguous words that the branches below switch on (register ids; words: overlapWords). */
export const overlapReadings = [
  { id: 'A9.1.1', default: 'b', options: ['a', 'b'], consequential: true },
] as const satisfies readonly ReadingFact[];

const DEFS = Object.values(CLAUSES) as readonly ClauseDef[];

/** The overlap groups of register §9.3 and their clauses, from the clauses' declarations (ClauseDef.overlapGroup). */
export const OVERLAP_GROUPS: Readonly<Record<OverlapGroup, readonly ClauseId[]>> = {
  OG1: DEFS.filter((d) => d.overlapGroup === 'OG1').map((d) => d.id),
  OG2: DEFS.filter((d) => d.overlapGroup === 'OG2').map((d) => d.id),
  OG3: DEFS.filter((d) => d.overlapGroup === 'OG3').map((d) => d.id),
  OG4: DEFS.filter((d) => d.overlapGroup === 'OG4').map((d) => d.id),
};

/**
 * Groups whose clauses are all annual awards on one base year's figure (二(二), 八(二)): the same 事项 is the same
 * revenue of the same year, so the group compares and counts one award year only (docs/interpretations.md).
 */
const PER_YEAR_GROUPS: ReadonlySet<OverlapGroup> = new Set(
  (Object.keys(OVERLAP_GROUPS) as OverlapGroup[]).filter((g) => OVERLAP_GROUPS[g].every((c) => CLAUSES[c].annual)),
);

/** Clauses paid as a difference against what the subject already received (三(一)'s project total, the ladders). */
const DIFFERENCE_CLAUSES: ReadonlySet<ClauseId> = new Set(DEFS.filter((d) => d.paidAsDifference).map((d) => d.id));

/** One award year of a subject's history under some clauses: each clause's entitlement, and what was paid. */
interface HistoryYear {
  readonly entitled: Map<ClauseId, Fen>;
  paid: Fen;
}

/** A subject's history under `clauses`, by award year (ascending), for the years before `untilYear`. */
function historyByYear(ctx: StageContext, clauses: readonly ClauseId[], subject: string, untilYear = Infinity): HistoryYear[] {
  const years = new Map<number, HistoryYear>();
  for (const h of ctx.history.lines) {
    if (h.subjectId !== subject || h.awardYear >= untilYear || !clauses.includes(h.clause)) continue;
    let y = years.get(h.awardYear);
    if (!y) years.set(h.awardYear, (y = { entitled: new Map(), paid: ZERO_FEN }));
    y.entitled.set(h.clause, addFen(y.entitled.get(h.clause) ?? ZERO_FEN, h.entitlement));
    y.paid = addFen(y.paid, h.net);
  }
  return [...years.keys()].sort((a, b) => a - b).map((year) => years.get(year)!);
}

/**
 * A difference clause's cumulative entitlement for a subject: the highest total it has entitled the subject to,
 * i.e. at each book-keeping event (each earlier batch), what was paid before it plus its entitlement. Summing the
 * entitlements would count twice a top-up that only makes good an earlier cut (10M entitled and 9M paid, then 1M:
 * 10M, not 11M); two batches of one award year are two events too, never one sum (D10). Events are in award-year
 * order, and within a year in the order they were paid (`paidOn`, when every event has one), else in the order
 * the history lists them.
 */
function differenceEntitlement(ctx: StageContext, clause: ClauseId, subject: string, batch: Fen): Fen {
  const events = ctx.history.lines.filter((h) => h.clause === clause && h.subjectId === subject);
  // A stable sort: list order where the dates do not decide.
  const dated = events.every((h) => h.paidOn !== undefined);
  events.sort((a, b) => a.awardYear - b.awardYear || (dated && a.paidOn! !== b.paidOn! ? (a.paidOn! < b.paidOn! ? -1 : 1) : 0));
  let paidBefore: Fen = ZERO_FEN;
  let best: Fen = ZERO_FEN;
  for (const h of events) {
    best = maxFen(best, addFen(paidBefore, h.entitlement));
    paidBefore = addFen(paidBefore, h.net);
  }
  return maxFen(best, addFen(paidBefore, batch));
}


/**
 * The room of a per-year group (OG4) when the subject also received money from another district policy. Each
 * year's payments stay within that year's largest entitlement, and the other policy's money is consumed once over
 * all years (§9.1), not again in every year: over the award years so far, the group pays at most the sum of each
 * year's largest entitlement less the other money.
 */
function perYearRoomWithOtherMoney(ctx: StageContext, members: readonly ClauseId[], subject: string, best: Fen, paidBefore: Fen, otherMoney: Fen): Fen {
  let earlierBest: Fen = ZERO_FEN;
  let earlierPaid: Fen = ZERO_FEN;
  for (const y of historyByYear(ctx, members, subject, ctx.awardYear)) {
    earlierBest = addFen(earlierBest, [...y.entitled.values()].reduce(maxFen));
    earlierPaid = addFen(earlierPaid, y.paid);
  }
  // min(best − paid before, Σ earlier bests + best − other money − earlier paid − paid before), not below 0.
  return fenAbove(minFen(subFen(best, paidBefore), fen(earlierBest + best - otherMoney - earlierPaid - paidBefore)), ZERO_FEN);
}

/** Stage 4: 就高不重复. */
export function overlap(lines: readonly WorkLine[], ctx: StageContext): WorkLine[] {
  const out = [...lines];
  const withinPolicy = ctx.readings['A9.1.1'] !== 'a';
  const groupOf = (l: WorkLine): string => (withinPolicy && l.overlapGroup ? l.overlapGroup : l.clause);
  const other = ctx.beneficiary.otherDistrictSupport ?? [];
  const topUpConsumedBy52 = ctx.readings['A5.2.5'] !== 'c';
  const indices = indicesWhere(lines, isPaying);
  for (const group of groupBy(indices, (i) => `${groupOf(lines[i]!)}|${lines[i]!.claim.subjectId}`).values()) {
    const first = out[group[0]!]!;
    const subject = first.claim.subjectId;
    const realGroup = withinPolicy && first.overlapGroup !== undefined;
    const members: readonly ClauseId[] = realGroup ? OVERLAP_GROUPS[first.overlapGroup!] : [first.clause as ClauseId];
    let otherMoney: Fen = ZERO_FEN;
    for (const s of other) {
      if (s.subjectId !== subject || !members.includes(s.clause)) continue;
      if (s.clause === 'art05_2' && topUpConsumedBy52) continue;
      otherMoney = addFen(otherMoney, fenFromYuan(s.amount));
    }
    if (!realGroup && otherMoney === 0) continue;
    const perYear = realGroup && PER_YEAR_GROUPS.has(first.overlapGroup!);
    const sameYear = (year: number) => !perYear || year === ctx.awardYear;
    let best: Fen = ZERO_FEN;
    for (const c of members) {
      let batch: Fen = ZERO_FEN;
      for (const i of group) if (out[i]!.clause === c) batch = addFen(batch, out[i]!.entitlement);
      const entitled = DIFFERENCE_CLAUSES.has(c)
        ? differenceEntitlement(ctx, c, subject, batch)
        : addFen(ctx.history.entitled((h) => h.clause === c && h.subjectId === subject && sameYear(h.awardYear)), batch);
      best = maxFen(best, entitled);
    }
    const paidBefore = ctx.history.paid((h) => members.includes(h.clause) && h.subjectId === subject && sameYear(h.awardYear));
    const room = perYear && otherMoney > 0
      ? perYearRoomWithOtherMoney(ctx, members, subject, best, paidBefore, otherMoney)
      : fenAbove(fenAbove(best, otherMoney), paidBefore);
    let left = room;
    for (const i of [...group].sort((a, b) => byKeepPriority(out[a]!, out[b]!))) {
      const line = out[i]!;
      const after = minFen(line.amount, left);
      left = subFen(left, after);
      out[i] = realGroup
        ? cut(line, { code: 'overlap', rule: 'art09_1', before: line.amount, after, group: first.overlapGroup!, other: otherMoney, room })
        : cut(line, { code: 'crossPolicy', rule: 'art09_1', before: line.amount, after, other: otherMoney, room });
    }
  }
  return out;
}

/**
 * Performance only: true when there is no other district support and no paying line in an overlap group (A9.1.1 b), so every group is a clause of its own with nothing to compare: this stage would return its lines unchanged, so the pipeline skips it (conservative:
 * when in doubt, false). test/properties/invariants.test.ts checks on random applications that skipping changes nothing.
 */
export function overlapIdle(lines: readonly WorkLine[], ctx: StageContext): boolean {
  return (ctx.beneficiary.otherDistrictSupport ?? []).length === 0 &&
    (ctx.readings['A9.1.1'] === 'a' || !lines.some((l) => isOpen(l) && l.amount > 0 && l.overlapGroup !== undefined));
}

/**
 * 九(一) 就高不重复: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const overlapWords = {
  item: '九(一)',
  parameters: {
  },
  readings: {
    'A9.1.1': {
      a: { zh: '就高不重复仅适用于本政策与其他政策之间', en: 'only between this policy and other policies' },
      b: { zh: '本政策内同一对象同类支持亦就高（限§9.3重叠组）', en: 'also inside this policy, for the overlap groups of §9.3' },
    },
  },
  questions: {
    'A9.1.1': { zh: '“就高不重复”是否也适用于本政策内的不同条款？', en: 'Does "take the highest, no double award" also apply between clauses of this policy?' },
  },
  conditions: {
  },
} as const satisfies DeclaredWords<readonly [], typeof overlapReadings> & RuleWords<typeof overlapReadings>;
