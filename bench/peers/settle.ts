/**
 * The cross-claim part of the five-line workload, in plain JavaScript, shared by the two peers (GoRules ZEN and
 * json-rules-engine): what a user of either tool writes around it because the tool cannot express it.
 *
 * - 四(一) 一次性: one model is paid once, for its largest claim; the others nothing.
 * - 五(二) D6 and 晋级补差: a title at or below one already awarded pays nothing; the best title of the batch pays
 *   its amount less what the titles already received; the others nothing.
 * - 八(三): the cap of 「每次活动」 is shared by the claims for one event, less what the event received before.
 * - 九(三): the previous year's contribution, less the earlier batches of the year, caps the total (R&D
 *   institutions exempt; no contribution figure pays nothing).
 * - R7 pro rata: shares floored, leftover fen one by one in clause order, then subject id, then to the larger
 *   amount, then the larger gross, then by content (D8); of two claims of equal amounts competing for one award,
 *   the one with the smaller gross (uncut) is kept, then by content (D8). Content: the claim's fields other than
 *   its id; the id decides only between claims equal in everything else.
 *
 * ZEN's expression language has neither sorting nor an order on strings, and json-rules-engine computes no
 * values at all, so these orderings and allocations cannot live in either tool's rules. ZEN runs this function
 * inside its graph, in a function node (its embedded QuickJS engine): {@link settleRules}, which makes it, is
 * therefore written to be self-contained (no imports, no helpers outside its body), since bench/peers/zen.ts embeds
 * its source text. The floor (bench/floor.ts) settles its lines with it too.
 */

/** One claim's line as the rules left it: the gross amount in fen after the line's own cap, and whether it is open. */
export interface SettleLine {
  readonly clause: string;
  readonly subjectId: string;
  readonly id: string;
  /** The claim as given (its content decides between equal claims, D8). */
  readonly claim: object;
  /** The line's formula before any cap, in fen (the engine's `gross`; for 五(二): the title's amount). */
  readonly gross: number;
  /** Fen after the line's own cap (for 五(二): the title's amount). */
  amount: number;
  /** True when every condition of the line is met. */
  readonly open: boolean;
  /** For 八(三): the cap one event's claims share, in fen (from the peer's rules). */
  readonly sharedCap?: number | null;
}

/** Facts of the application the cross-claim rules need, already computed by the peer's rules, in fen. */
export interface SettleFacts {
  readonly rndInstitution: boolean;
  /** 九(三): the previous year's district contribution, or null when none is given. */
  readonly contributionFen: number | null;
  /** 九(三): what earlier batches of the award year paid (paid − refunded). */
  readonly earlierFen: number;
  /** 五(二): what earlier titles received (paid − refunded). */
  readonly prior52Fen: number;
  /** 五(二), D6: the largest title amount already awarded (0 when none). */
  readonly awarded52Fen: number;
  /** 八(三): what each earlier event received (paid − refunded), by the event's subject id. */
  readonly eventsPaid: readonly { readonly subjectId: string; readonly fen: number }[];
}

/** What an application's history says for the cross-claim rules and for 二(二)'s yearly cap, in fen. */
export interface HistoryFacts extends Pick<SettleFacts, 'earlierFen' | 'prior52Fen' | 'awarded52Fen' | 'eventsPaid'> {
  /** 二(二): what earlier batches of the award year paid on it (paid − refunded). */
  readonly prior0222Fen: number;
}

/**
 * One pass over an application's history (the floor and json-rules-engine read it in plain JavaScript; ZEN in its
 * expressions). Not part of what ZEN embeds.
 * @param fen the caller's own reading of a yuan string as fen
 * @param titleFen 五(二): the amount of a title, in fen
 */
export function historyFacts(
  history: readonly Record<string, any>[], year: number, fen: (yuan: string) => number, titleFen: (title: string) => number,
): HistoryFacts {
  let earlierFen = 0;
  let prior0222Fen = 0;
  let prior52Fen = 0;
  let awarded52Fen = 0;
  const eventsPaid: { subjectId: string; fen: number }[] = [];
  for (const h of history) {
    const paid = fen(h.paid) - (h.refunded ? fen(h.refunded) : 0);
    if (h.awardYear === year) earlierFen += paid;
    if (h.clause === 'art02_2' && h.awardYear === year) prior0222Fen += paid;
    else if (h.clause === 'art05_2') {
      prior52Fen += paid;
      if (h.tier !== undefined && fen(h.entitlement) > 0) awarded52Fen = Math.max(awarded52Fen, titleFen(h.tier));
    } else if (h.clause === 'art08_3') eventsPaid.push({ subjectId: h.subjectId, fen: paid });
  }
  return { earlierFen, prior0222Fen, prior52Fen, awarded52Fen, eventsPaid };
}

/** Net fen of every line (in input order) and the total. */
export interface Settled {
  readonly lines: number[];
  readonly total: number;
}

/**
 * Makes {@link settle}: its orderings and the R7 allocation are made once, here, not on every application (each
 * would otherwise be a new function per call, and under tsx a named one: a cost the floor would pay too).
 */
export function settleRules(): (lines: SettleLine[], facts: SettleFacts) => Settled {
  // R7's order of clauses for leftover fen (the document order of the four lines).
  const ORDER: Record<string, number> = { art02_2: 1, art04_1: 5, art05_2: 9, art08_3: 22 };
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  // A claim's fields other than its id, keys sorted (D8: equal claims are told apart by content, not by id).
  const contentOf = (claim: object): string =>
    JSON.stringify(claim, (key: string, value: unknown) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value).sort()) if (!(value === claim && k === 'id')) out[k] = (value as Record<string, unknown>)[k];
      return out;
    });
  const byContent = (a: SettleLine, b: SettleLine): number =>
    ORDER[a.clause]! - ORDER[b.clause]! || cmp(a.subjectId, b.subjectId) || cmp(contentOf(a.claim), contentOf(b.claim)) || cmp(a.id, b.id);
  // Of two lines of equal amounts competing for one award, the one kept first.
  const byOrder = (a: SettleLine, b: SettleLine): number => a.gross - b.gross || byContent(a, b);
  const byAllocation = (a: SettleLine, b: SettleLine): number =>
    ORDER[a.clause]! - ORDER[b.clause]! || cmp(a.subjectId, b.subjectId) || b.amount - a.amount || b.gross - a.gross || byContent(a, b);
  // R7: cut the members (sorted) to `room` in total: shares floored, leftover fen one by one in order.
  const proRata = (members: SettleLine[], room: number): void => {
    let total = 0;
    for (const l of members) total += l.amount;
    if (total <= room) return;
    const before = members.map((l) => l.amount);
    let given = 0;
    for (let k = 0; k < members.length; k++) {
      const p = room * before[k]!;
      let share: number;
      if (Number.isSafeInteger(p)) {
        share = Math.floor(p / total);
        if (share * total > p) share -= 1;
      } else share = Number((BigInt(room) * BigInt(before[k]!)) / BigInt(total));
      members[k]!.amount = share;
      given += share;
    }
    for (let left = room - given; left > 0; ) {
      for (let k = 0; k < members.length && left > 0; k++) {
        if (members[k]!.amount < before[k]!) {
          members[k]!.amount += 1;
          left -= 1;
        }
      }
    }
  };

  return (lines: SettleLine[], facts: SettleFacts): Settled => {
    // 四(一) 一次性 per model (subject), and 五(二): D6, then the best title of the batch.
    const best41 = new Map<string, SettleLine>();
    let best52: SettleLine | null = null;
    for (const l of lines) {
      if (!l.open) continue;
      if (l.clause === 'art04_1') {
        const other = best41.get(l.subjectId);
        if (other === undefined) best41.set(l.subjectId, l);
        else if (l.amount > other.amount || (l.amount === other.amount && byOrder(l, other) < 0)) {
          other.amount = 0;
          best41.set(l.subjectId, l);
        } else l.amount = 0;
      } else if (l.clause === 'art05_2') {
        if (l.amount <= facts.awarded52Fen) l.amount = 0;
        if (best52 === null || l.amount > best52.amount || (l.amount === best52.amount && byOrder(l, best52) < 0)) {
          if (best52 !== null) best52.amount = 0;
          best52 = l;
        } else l.amount = 0;
      }
    }
    if (best52 !== null) best52.amount = Math.max(0, best52.amount - facts.prior52Fen);

    // 八(三): one cap per event, shared by its claims, less what the event received before.
    const events = new Map<string, SettleLine[]>();
    for (const l of lines) {
      if (l.clause !== 'art08_3' || !l.open) continue;
      const group = events.get(l.subjectId);
      if (group) group.push(l);
      else events.set(l.subjectId, [l]);
    }
    for (const [subjectId, group] of events) {
      let prior = 0;
      for (const e of facts.eventsPaid) if (e.subjectId === subjectId) prior += e.fen;
      proRata(group.sort(byAllocation), Math.max(0, (group[0]!.sharedCap ?? 0) - prior));
    }

    // 九(三): the annual cap.
    let total = 0;
    for (const l of lines) if (l.open) total += l.amount;
    if (!facts.rndInstitution && total > 0) {
      if (facts.contributionFen === null) {
        for (const l of lines) l.amount = 0;
        total = 0;
      } else {
        const room = Math.max(0, Math.max(0, facts.contributionFen) - facts.earlierFen);
        if (total > room) {
          proRata(lines.filter((l) => l.open && l.amount > 0).sort(byAllocation), room);
          total = room;
        }
      }
    }
    return { lines: lines.map((l) => (l.open ? l.amount : 0)), total };
  };
}

/** Applies the cross-claim rules to one application's lines (mutating their amounts) and returns the nets. */
export const settle = settleRules();
