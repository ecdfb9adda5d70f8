/**
 * The floor: a minimal hand-written integer-fen calculation of the five-line workload (二(二), 四(一), 五(二) with
 * 补差, 八(三), and the 九(三) annual cap), with the default parameters and readings, no validation and no
 * explanation. It reads the raw JSON application and returns the amount of every claim (net fen, by claim id
 * order of the input) and the total. It exists to say how far the engine is from the least work that computes
 * the same money; the benchmark also checks that both agree to the fen.
 *
 * It handles only what the five-line generator produces: a beneficiary in scope, no overlap partners, no
 * projects, no other-district support.
 */

type Json = Record<string, any>;

const WINDOW_START = '2025-07-01';
const WINDOW_END = '2028-06-30';

/** Clause-id order of the four lines (R7's order for leftover fen). */
const ORDER: Record<string, number> = { art02_2: 1, art04_1: 5, art05_2: 9, art08_3: 22 };
const TIER_52: Record<string, number> = {
  nationalDemoFactory: 300000000, nationalExcellentScenario: 100000000, provincialBenchmark: 100000000,
  provincialSmartFactory: 50000000, provincialSmartWorkshop: 30000000,
};

function fen(yuan: string): number {
  const negative = yuan.charCodeAt(0) === 45;
  const s = negative ? yuan.slice(1) : yuan;
  const dot = s.indexOf('.');
  const v = dot < 0 ? Number(s) * 100 : Number(s.slice(0, dot)) * 100 + Number((s.slice(dot + 1) + '0').slice(0, 2));
  return negative ? -v : v;
}

/** R7: cuts `members` (in clause order) to `room` in total, pro rata, shares floored, leftover fen in order. */
function proRata(members: Line[], room: number): void {
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
}

interface Line {
  readonly clause: string;
  readonly subjectId: string;
  readonly id: string;
  readonly claim: Json;
  /** The line's formula before any cap (the engine's `gross`): it orders lines of equal amounts (D8). */
  gross: number;
  amount: number;
  open: boolean;
}

/**
 * R7 with D8: leftover fen go in clause order, then subject id, then to the larger amount, then the larger gross,
 * then by content (clause order, subject id, the claim's fields other than its id, then the id): ids decide only
 * between claims equal in every other field.
 */
function byAllocation(a: Line, b: Line): number {
  return ORDER[a.clause]! - ORDER[b.clause]! || (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0) ||
    b.amount - a.amount || b.gross - a.gross || byContent(a, b);
}

/**
 * Which of two claims of equal amounts is kept (一次性, 补差; D8): the uncut one (the smaller gross), then by
 * content.
 */
function byOrder(a: Line, b: Line): number {
  return a.gross - b.gross || byContent(a, b);
}

/** Clause order, subject id, then the claim's fields other than its id, then the id (D8). */
function byContent(a: Line, b: Line): number {
  const order = ORDER[a.clause]! - ORDER[b.clause]! || (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0);
  if (order !== 0) return order;
  const ka = contentOf(a.claim);
  const kb = contentOf(b.claim);
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A claim's fields other than its id, with sorted keys. */
function contentOf(claim: Json): string {
  return JSON.stringify(claim, (key, value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const out: Json = {};
    for (const k of Object.keys(value).sort()) if (!(value === claim && k === 'id')) out[k] = (value as Json)[k];
    return out;
  });
}

const inWindow = (d: string | undefined): boolean => d !== undefined && d >= WINDOW_START && d <= WINDOW_END;

/** Net fen of every claim of a five-line application, in input order, and the total. */
export function floor(app: Json): { lines: number[]; total: number } {
  const b = app.beneficiary;
  const year: number = app.awardYear;
  const base = String(year - 1);
  const enterprise = b.legalForm === 'enterprise';
  const history: Json[] = app.history ?? [];
  const claims: Json[] = app.claims;
  const lines: Line[] = new Array(claims.length);
  let prior52 = -1;
  let awarded52 = 0;
  let best52: Line | null = null;
  const best41 = new Map<string, Line>();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const line: Line = { clause: c.clause, subjectId: c.subjectId, id: c.id, claim: c, gross: 0, amount: 0, open: false };
    lines[i] = line;
    switch (c.clause) {
      case 'art02_2': {
        const raw: string | undefined = c.dataServiceRevenue[base];
        if (raw === undefined || !enterprise || !c.recognized || !inWindow(`${base}-12-31`)) break;
        const revenue = fen(raw);
        if (revenue < 300000000) break;
        let prior = 0;
        for (const h of history) if (h.clause === 'art02_2' && h.awardYear === year) prior += fen(h.paid) - (h.refunded ? fen(h.refunded) : 0);
        line.gross = Math.floor(revenue / 10);
        line.amount = Math.min(line.gross, Math.max(0, 100000000 - prior));
        line.open = true;
        break;
      }
      case 'art04_1': {
        if (!(BigInt(c.deployedParams) > 100000000000n) || !c.deployedInDistrict || !c.thirdPartyEvaluated || !c.domesticLeading ||
          !c.selfDeveloped || !c.recognized || !c.leadDeveloper || !inWindow(c.evaluatedOn)) break;
        line.gross = Math.floor((fen(c.constructionCost) * 3) / 10);
        line.amount = Math.min(line.gross, 1000000000);
        line.open = true;
        // 一次性: the largest claim for the model is paid, the others nothing.
        const other = best41.get(c.subjectId);
        if (other === undefined) best41.set(c.subjectId, line);
        else if (line.amount > other.amount || (line.amount === other.amount && byOrder(line, other) < 0)) {
          other.amount = 0;
          best41.set(c.subjectId, line);
        } else line.amount = 0;
        break;
      }
      case 'art05_2': {
        const t = c.titles[0];
        if (!enterprise || t === undefined || !inWindow(t.announcedOn)) break;
        line.gross = TIER_52[t.title]!;
        line.amount = line.gross;
        line.open = true;
        if (prior52 < 0) {
          prior52 = 0;
          for (const h of history) {
            if (h.clause !== 'art05_2') continue;
            prior52 += fen(h.paid) - (h.refunded ? fen(h.refunded) : 0);
            if (h.tier !== undefined && fen(h.entitlement) > 0) awarded52 = Math.max(awarded52, TIER_52[h.tier]!);
          }
        }
        // D6: a title at or below one already awarded pays nothing.
        if (line.amount <= awarded52) line.amount = 0;
        // 晋级补差: the best title of the batch pays its amount less what the titles already received.
        if (best52 === null || line.amount > best52.amount || (line.amount === best52.amount && byOrder(line, best52) < 0)) {
          if (best52 !== null) best52.amount = 0;
          best52 = line;
        } else line.amount = 0;
        break;
      }
      case 'art08_3': {
        if (c.eventLevel === 'other' || !c.heldInDistrict || c.hostRole !== 'host' || c.filedAndApprovedOn === undefined ||
          c.filedAndApprovedOn > c.heldOn || !inWindow(c.heldOn)) break;
        line.gross = Math.floor(fen(c.costBorneByHost) / 2);
        line.amount = Math.min(line.gross, 150000000);
        line.open = true;
        break;
      }
    }
  }
  if (best52 !== null) best52.amount = Math.max(0, best52.amount - prior52);
  // 八(三): the 150万元 of 「每次活动」 is shared by the claims for one event, less what the event received before.
  const events = new Map<string, Line[]>();
  for (const l of lines) {
    if (l.clause !== 'art08_3' || !l.open) continue;
    const group = events.get(l.subjectId);
    if (group) group.push(l);
    else events.set(l.subjectId, [l]);
  }
  for (const [subjectId, group] of events) {
    let prior = 0;
    for (const h of history) if (h.clause === 'art08_3' && h.subjectId === subjectId) prior += fen(h.paid) - (h.refunded ? fen(h.refunded) : 0);
    proRata(group.sort(byAllocation), Math.max(0, 150000000 - prior));
  }
  // 九(三): the previous year's contribution, less earlier batches of the year; R&D institutions exempt.
  let total = 0;
  for (const l of lines) if (l.open) total += l.amount;
  if (!b.rndInstitution && total > 0) {
    const raw: string | undefined = b.districtContribution[base];
    if (raw === undefined) {
      for (const l of lines) if (l.open && l.amount > 0) l.amount = 0;
      total = 0;
    } else {
      let earlier = 0;
      for (const h of history) if (h.awardYear === year) earlier += fen(h.paid) - (h.refunded ? fen(h.refunded) : 0);
      const room = Math.max(0, Math.max(0, fen(raw)) - earlier);
      if (total > room) {
        proRata(lines.filter((l) => l.open && l.amount > 0).sort(byAllocation), room);
        total = room;
      }
    }
  }
  return { lines: lines.map((l) => (l.open ? l.amount : 0)), total };
}
