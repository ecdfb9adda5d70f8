/**
 * The floor that is really the floor (issue 13): the five-line workload (二(二), 四(一), 五(二) with D6 and 补差,
 * 八(三) with its per-event shared cap, 九(三)) computed by hand in integer fen over numbers parsed beforehand.
 *
 * Two parts:
 * - {@link compileFive} (not timed): converts each application into a compact numeric form held in three
 *   Float64Arrays (applications, claims, history entries; fixed strides): yuan strings become fen, dates become day
 *   numbers, clauses, titles and subject ids become small integer codes, booleans become bits. Orders of strings
 *   that the rules consult are turned into ranks within the application: subject ids (R7's order) and each claim's
 *   content then id (D8: claims are told apart by their fields other than the id, and by the id only when those
 *   are equal).
 * - {@link floorFive} (timed): computes every line's net and the application's total from those numbers, writing
 *   them into typed arrays of the workload, so the results are kept and nothing is allocated per application.
 *
 * It encodes the same rules as bench/floor.ts (which reads the JSON strings) with the default parameters and
 * readings, no validation and no explanation, and like it handles only what the five-line generator produces (a
 * beneficiary in scope, no overlap partners, no other-district support). The benchmark checks that it agrees with
 * the engine to the fen on every application it times.
 */

type Json = Record<string, any>;

// ——— Parameters of the five lines (fen, days), as the default parameter set has them. ———
/** The application window, A-register default: 2025-07-01 … 2028-06-30 (both included). */
const WINDOW_FIRST = dayNumber('2025-07-01');
const WINDOW_LAST = dayNumber('2028-06-30');
/** 二(二): revenue of at least 300万元, 10 % of it, at most 100万元 a year. */
const R02_MIN = 300000000;
const R02_DEN = 10;
const R02_CAP = 100000000;
/** 四(一): more than 1000亿 parameters, 30 % of the construction cost, at most 1000万元. */
const R41_PARAMS = 100000000000;
const R41_NUM = 3;
const R41_DEN = 10;
const R41_CAP = 1000000000;
/** 八(三): half of what the host bore, at most 150万元 per event. */
const R83_DEN = 2;
const R83_CAP = 150000000;
/** 五(二): the amount of each title, by title code. */
const TITLES = ['nationalDemoFactory', 'nationalExcellentScenario', 'provincialBenchmark', 'provincialSmartFactory', 'provincialSmartWorkshop'];
const TITLE_FEN = new Float64Array([300000000, 100000000, 100000000, 50000000, 30000000]);

// ——— Codes. A kind is also R7's order of the clauses (二(二) < 四(一) < 五(二) < 八(三)). ———
const KIND: Record<string, number> = { art02_2: 0, art04_1: 1, art05_2: 2, art08_3: 3 };
const K02 = 0;
const K41 = 1;
const K52 = 2;
const K83 = 3;
const NONE = -1;

// ——— Layout. Applications: stride A. ———
const A_CLAIM0 = 0; // index of the first claim
const A_NCLAIMS = 1;
const A_HIST0 = 2; // index of the first history entry
const A_NHIST = 3;
const A_YEAR = 4; // award year
const A_FLAGS = 5; // bit 0: enterprise, bit 1: R&D institution, bit 2: has a contribution for the base year
const A_CONTRIB = 6; // 九(三): the base year's district contribution (fen, may be negative)
const A_NSUBJECTS = 7; // distinct subject ids (claims and history)
const A = 8;
const F_ENTERPRISE = 1;
const F_RND = 2;
const F_CONTRIB = 4;
// Claims: stride C.
const C_KIND = 0;
const C_SUBJECT = 1; // rank of the subject id among the application's subject ids
const C_CONTENT = 2; // rank of (content, id) among the application's claims (D8)
const C_FLAGS = 3; // conditions, per kind (see below)
const C_DAY = 4; // the date the window applies to: 二(二) the base year's 31 December, 四(一) evaluatedOn, 五(二) announcedOn, 八(三) heldOn
const C_DAY2 = 5; // 八(三): filedAndApprovedOn (NaN when absent)
const C_FEN = 6; // 二(二) revenue, 四(一) construction cost, 八(三) cost borne by the host (fen; -1 when absent)
const C_NUM = 7; // 四(一) deployed parameters; 五(二) the title code
const C = 8;
// Claim condition bits.
const B02_RECOGNIZED = 1;
const B41_ALL = 63; // selfDeveloped, deployedInDistrict, thirdPartyEvaluated, domesticLeading, recognized, leadDeveloper
const B52_TITLE = 1; // has a title
const B83_LEVEL = 1; // an event level other than 'other'
const B83_DISTRICT = 2; // held in the district
const B83_HOST = 4; // host role
const B83_FILED = 8; // filed and approved date given
const B83_ALL = 15;
// History entries: stride H.
const H_KIND = 0; // NONE for other clauses
const H_SUBJECT = 1;
const H_YEAR = 2;
const H_PAID = 3;
const H_REFUNDED = 4;
const H_ENTITLEMENT = 5;
const H_TITLE = 6; // title code or NONE
const H = 7;

/** A workload in numeric form, with room for the results. */
export interface FiveNumeric {
  readonly count: number;
  readonly apps: Float64Array;
  readonly claims: Float64Array;
  readonly history: Float64Array;
  /** Net fen of every claim (all applications, input order), written by {@link floorFive}. */
  readonly nets: Float64Array;
  /** Total fen of every application, written by {@link floorFive}. */
  readonly totals: Float64Array;
  /** Scratch: each claim's gross (its formula before any cap, which orders equal amounts: D8) and whether it is open. */
  readonly gross: Float64Array;
  readonly open: Uint8Array;
  /** Scratch: the amounts before a pro-rata cut, the members of a cut, per-subject slots. */
  readonly before: Float64Array;
  readonly members: Int32Array;
  readonly bySubject: Int32Array;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; NaN when absent (every comparison with NaN fails). */
function dayNumber(date: string | undefined): number {
  if (date === undefined) return NaN;
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86400000;
}

/** Yuan text to fen (digits, at most two decimals, optional minus); -1 when absent (amounts are never negative). */
function fen(yuan: string | undefined): number {
  if (yuan === undefined) return -1;
  const negative = yuan.charCodeAt(0) === 45;
  const [whole, frac = ''] = (negative ? yuan.slice(1) : yuan).split('.');
  const v = Number(whole) * 100 + Number((frac + '00').slice(0, 2));
  return negative ? -v : v;
}

/** A claim's fields other than its id, keys sorted (D8). */
function contentOf(claim: Json): string {
  return JSON.stringify(claim, (key, value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const out: Json = {};
    for (const k of Object.keys(value).sort()) if (!(value === claim && k === 'id')) out[k] = (value as Json)[k];
    return out;
  });
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const bit = (b: unknown, mask: number): number => (b === true ? mask : 0);

/** The pre-pass (not timed): every application of `apps` in numeric form. */
export function compileFive(apps: readonly Json[]): FiveNumeric {
  let nClaims = 0;
  let nHist = 0;
  let maxClaims = 0;
  let maxSubjects = 0;
  for (const app of apps) {
    nClaims += app.claims.length;
    nHist += (app.history ?? []).length;
    maxClaims = Math.max(maxClaims, app.claims.length);
  }
  const A_ = new Float64Array(apps.length * A);
  const C_ = new Float64Array(nClaims * C);
  const H_ = new Float64Array(nHist * H);
  let c = 0;
  let h = 0;
  apps.forEach((app, i) => {
    const claims: Json[] = app.claims;
    const history: Json[] = app.history ?? [];
    const b = app.beneficiary;
    const year: number = app.awardYear;
    const base = String(year - 1);
    const subjects = [...new Set([...claims.map((x) => x.subjectId as string), ...history.map((x) => x.subjectId as string)])].sort(cmp);
    const subject = new Map(subjects.map((s, k) => [s, k]));
    maxSubjects = Math.max(maxSubjects, subjects.length);
    const contents = claims.map(contentOf);
    const contentRank = claims.map((x, k) => k).sort((p, q) => cmp(contents[p]!, contents[q]!) || cmp(claims[p]!.id, claims[q]!.id));
    const contribution: string | undefined = b.districtContribution?.[base];
    const a = i * A;
    A_[a + A_CLAIM0] = c;
    A_[a + A_NCLAIMS] = claims.length;
    A_[a + A_HIST0] = h;
    A_[a + A_NHIST] = history.length;
    A_[a + A_YEAR] = year;
    A_[a + A_FLAGS] = (b.legalForm === 'enterprise' ? F_ENTERPRISE : 0) | bit(b.rndInstitution, F_RND) | (contribution === undefined ? 0 : F_CONTRIB);
    A_[a + A_CONTRIB] = contribution === undefined ? 0 : fen(contribution);
    A_[a + A_NSUBJECTS] = subjects.length;
    claims.forEach((x, k) => {
      const o = (c + k) * C;
      const kind = KIND[x.clause] ?? NONE;
      C_[o + C_KIND] = kind;
      C_[o + C_SUBJECT] = subject.get(x.subjectId)!;
      C_[o + C_CONTENT] = contentRank.indexOf(k);
      C_[o + C_DAY2] = NaN;
      C_[o + C_FEN] = -1;
      switch (kind) {
        case K02:
          C_[o + C_FLAGS] = bit(x.recognized, B02_RECOGNIZED);
          C_[o + C_DAY] = dayNumber(`${base}-12-31`);
          C_[o + C_FEN] = fen(x.dataServiceRevenue?.[base]);
          break;
        case K41:
          C_[o + C_FLAGS] = bit(x.selfDeveloped, 1) | bit(x.deployedInDistrict, 2) | bit(x.thirdPartyEvaluated, 4) | bit(x.domesticLeading, 8) |
            bit(x.recognized, 16) | bit(x.leadDeveloper, 32);
          C_[o + C_DAY] = dayNumber(x.evaluatedOn);
          C_[o + C_FEN] = fen(x.constructionCost);
          C_[o + C_NUM] = Number(x.deployedParams);
          break;
        case K52: {
          const t = x.titles?.[0];
          C_[o + C_FLAGS] = t === undefined ? 0 : B52_TITLE;
          C_[o + C_DAY] = dayNumber(t?.announcedOn);
          C_[o + C_NUM] = t === undefined ? NONE : TITLES.indexOf(t.title);
          break;
        }
        case K83:
          C_[o + C_FLAGS] = (x.eventLevel === 'other' ? 0 : B83_LEVEL) | bit(x.heldInDistrict, B83_DISTRICT) |
            (x.hostRole === 'host' ? B83_HOST : 0) | (x.filedAndApprovedOn === undefined ? 0 : B83_FILED);
          C_[o + C_DAY] = dayNumber(x.heldOn);
          C_[o + C_DAY2] = dayNumber(x.filedAndApprovedOn);
          C_[o + C_FEN] = fen(x.costBorneByHost);
          break;
      }
    });
    history.forEach((x, k) => {
      const o = (h + k) * H;
      H_[o + H_KIND] = KIND[x.clause] ?? NONE;
      H_[o + H_SUBJECT] = subject.get(x.subjectId)!;
      H_[o + H_YEAR] = x.awardYear;
      H_[o + H_PAID] = fen(x.paid);
      H_[o + H_REFUNDED] = x.refunded === undefined ? 0 : fen(x.refunded);
      H_[o + H_ENTITLEMENT] = fen(x.entitlement);
      H_[o + H_TITLE] = x.tier === undefined ? NONE : TITLES.indexOf(x.tier);
    });
    c += claims.length;
    h += history.length;
  });
  return {
    count: apps.length, apps: A_, claims: C_, history: H_, nets: new Float64Array(nClaims), totals: new Float64Array(apps.length),
    gross: new Float64Array(nClaims), open: new Uint8Array(nClaims), before: new Float64Array(maxClaims), members: new Int32Array(maxClaims),
    bySubject: new Int32Array(maxSubjects),
  };
}

/** floor(a × b / c) exactly, for non-negative integers with c > 0 (a × b may pass 2^53). */
export function mulDivFloor(a: number, b: number, c: number): number {
  const p = a * b;
  if (p <= Number.MAX_SAFE_INTEGER) return divFloor(p, c);
  if (a < 4294967296 && b < 2199023255552 && c < 4294967296) {
    // a × b = a × (hi × 2^20 + lo): divide the high part first, carry its remainder into the low part;
    // every intermediate stays below 2^53.
    const hi = Math.floor(b / 1048576);
    const lo = b - hi * 1048576;
    const t1 = a * hi;
    const q1 = divFloor(t1, c);
    return q1 * 1048576 + divFloor((t1 - q1 * c) * 1048576 + a * lo, c);
  }
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** floor(p / c) for a safe non-negative integer p: the rounded quotient can only be one too large. */
function divFloor(p: number, c: number): number {
  const q = Math.floor(p / c);
  return q * c > p ? q - 1 : q;
}

/**
 * R7's order for leftover fen (claim indexes into the workload): clause, subject id, the larger amount, the larger
 * gross, then content and id (D8).
 */
function allocationBefore(w: FiveNumeric, x: number, y: number): boolean {
  const C_ = w.claims;
  const d = C_[x * C + C_KIND]! - C_[y * C + C_KIND]! || C_[x * C + C_SUBJECT]! - C_[y * C + C_SUBJECT]! || w.nets[y]! - w.nets[x]! ||
    w.gross[y]! - w.gross[x]! || C_[x * C + C_CONTENT]! - C_[y * C + C_CONTENT]!;
  return d < 0;
}

/**
 * D8: of two claims of one line with equal amounts competing for one award (一次性, 补差), the one kept: the uncut
 * one (smaller gross), then subject id, then content and id.
 */
function keptBefore(w: FiveNumeric, x: number, y: number): boolean {
  const C_ = w.claims;
  const d = w.gross[x]! - w.gross[y]! || C_[x * C + C_SUBJECT]! - C_[y * C + C_SUBJECT]! || C_[x * C + C_CONTENT]! - C_[y * C + C_CONTENT]!;
  return d < 0;
}

/** R7 over the first `m` entries of `w.members` (claim indexes): sorted, cut pro rata to `room`, leftover fen in order. */
function proRata(w: FiveNumeric, m: number, room: number): void {
  const { members, nets, before } = w;
  let total = 0;
  for (let k = 0; k < m; k++) total += nets[members[k]!]!;
  if (total <= room) return;
  for (let k = 1; k < m; k++) {
    const x = members[k]!;
    let j = k - 1;
    while (j >= 0 && allocationBefore(w, x, members[j]!)) {
      members[j + 1] = members[j]!;
      j--;
    }
    members[j + 1] = x;
  }
  let given = 0;
  for (let k = 0; k < m; k++) {
    const x = members[k]!;
    before[k] = nets[x]!;
    const share = mulDivFloor(room, nets[x]!, total);
    nets[x] = share;
    given += share;
  }
  for (let left = room - given; left > 0; ) {
    for (let k = 0; k < m && left > 0; k++) {
      const x = members[k]!;
      if (nets[x]! < before[k]!) {
        nets[x] = nets[x]! + 1;
        left -= 1;
      }
    }
  }
}

const inWindow = (day: number): boolean => day >= WINDOW_FIRST && day <= WINDOW_LAST;

/**
 * The timed function: the net of every claim of application `i` (into `w.nets`) and its total (into `w.totals`,
 * also returned). No allocation, no strings.
 */
export function floorFive(w: FiveNumeric, i: number): number {
  const A_ = w.apps;
  const C_ = w.claims;
  const H_ = w.history;
  const { nets, gross, open, members, bySubject } = w;
  const a = i * A;
  const c0 = A_[a + A_CLAIM0]!;
  const n = A_[a + A_NCLAIMS]!;
  const h0 = A_[a + A_HIST0]!;
  const hn = h0 + A_[a + A_NHIST]!;
  const year = A_[a + A_YEAR]!;
  const flags = A_[a + A_FLAGS]!;
  const enterprise = (flags & F_ENTERPRISE) !== 0;
  const nSubjects = A_[a + A_NSUBJECTS]!;
  for (let s = 0; s < nSubjects; s++) bySubject[s] = -1;
  let prior52 = -1;
  let awarded52 = 0;
  let best52 = -1;
  for (let x = c0; x < c0 + n; x++) {
    const o = x * C;
    const f = C_[o + C_FLAGS]!;
    nets[x] = 0;
    gross[x] = 0;
    open[x] = 0;
    switch (C_[o + C_KIND]) {
      case K02: {
        const revenue = C_[o + C_FEN]!;
        if (revenue < 0 || !enterprise || (f & B02_RECOGNIZED) === 0 || !inWindow(C_[o + C_DAY]!) || revenue < R02_MIN) break;
        let prior = 0;
        for (let e = h0; e < hn; e++) {
          if (H_[e * H + H_KIND] === K02 && H_[e * H + H_YEAR] === year) prior += H_[e * H + H_PAID]! - H_[e * H + H_REFUNDED]!;
        }
        gross[x] = divFloor(revenue, R02_DEN);
        nets[x] = Math.min(gross[x]!, Math.max(0, R02_CAP - prior));
        open[x] = 1;
        break;
      }
      case K41: {
        if (!(C_[o + C_NUM]! > R41_PARAMS) || (f & B41_ALL) !== B41_ALL || !inWindow(C_[o + C_DAY]!)) break;
        gross[x] = divFloor(C_[o + C_FEN]! * R41_NUM, R41_DEN);
        nets[x] = Math.min(gross[x]!, R41_CAP);
        open[x] = 1;
        // 一次性: the largest claim for the model is paid, the others nothing.
        const s = C_[o + C_SUBJECT]!;
        const other = bySubject[s]!;
        if (other < 0) bySubject[s] = x;
        else if (nets[x]! > nets[other]! || (nets[x] === nets[other] && keptBefore(w, x, other))) {
          nets[other] = 0;
          bySubject[s] = x;
        } else nets[x] = 0;
        break;
      }
      case K52: {
        if (!enterprise || (f & B52_TITLE) === 0 || !inWindow(C_[o + C_DAY]!)) break;
        gross[x] = TITLE_FEN[C_[o + C_NUM]!]!;
        nets[x] = gross[x]!;
        open[x] = 1;
        if (prior52 < 0) {
          prior52 = 0;
          for (let e = h0; e < hn; e++) {
            if (H_[e * H + H_KIND] !== K52) continue;
            prior52 += H_[e * H + H_PAID]! - H_[e * H + H_REFUNDED]!;
            const t = H_[e * H + H_TITLE]!;
            if (t !== NONE && H_[e * H + H_ENTITLEMENT]! > 0 && TITLE_FEN[t]! > awarded52) awarded52 = TITLE_FEN[t]!;
          }
        }
        // D6: a title at or below one already awarded pays nothing.
        if (nets[x]! <= awarded52) nets[x] = 0;
        // 晋级补差: the best title of the batch is paid (less what titles received, below); the others nothing.
        if (best52 < 0 || nets[x]! > nets[best52]! || (nets[x] === nets[best52] && keptBefore(w, x, best52))) {
          if (best52 >= 0) nets[best52] = 0;
          best52 = x;
        } else nets[x] = 0;
        break;
      }
      case K83: {
        if ((f & B83_ALL) !== B83_ALL || !(C_[o + C_DAY2]! <= C_[o + C_DAY]!) || !inWindow(C_[o + C_DAY]!)) break;
        gross[x] = divFloor(C_[o + C_FEN]!, R83_DEN);
        nets[x] = Math.min(gross[x]!, R83_CAP);
        open[x] = 1;
        break;
      }
    }
  }
  if (best52 >= 0) nets[best52] = Math.max(0, nets[best52]! - prior52);
  // 八(三): the cap of 「每次活动」 is shared by the claims for one event (its subject), less what it received before.
  for (let s = 0; s < nSubjects; s++) {
    let m = 0;
    for (let x = c0; x < c0 + n; x++) if (open[x] === 1 && C_[x * C + C_KIND] === K83 && C_[x * C + C_SUBJECT] === s) members[m++] = x;
    if (m === 0) continue;
    let prior = 0;
    for (let e = h0; e < hn; e++) {
      if (H_[e * H + H_KIND] === K83 && H_[e * H + H_SUBJECT] === s) prior += H_[e * H + H_PAID]! - H_[e * H + H_REFUNDED]!;
    }
    proRata(w, m, Math.max(0, R83_CAP - prior));
  }
  // 九(三): the base year's contribution, less earlier batches of the year; R&D institutions exempt.
  let total = 0;
  for (let x = c0; x < c0 + n; x++) if (open[x] === 1) total += nets[x]!;
  if ((flags & F_RND) === 0 && total > 0) {
    if ((flags & F_CONTRIB) === 0) {
      for (let x = c0; x < c0 + n; x++) nets[x] = 0;
      total = 0;
    } else {
      let earlier = 0;
      for (let e = h0; e < hn; e++) if (H_[e * H + H_YEAR] === year) earlier += H_[e * H + H_PAID]! - H_[e * H + H_REFUNDED]!;
      const room = Math.max(0, Math.max(0, A_[a + A_CONTRIB]!) - earlier);
      if (total > room) {
        let m = 0;
        for (let x = c0; x < c0 + n; x++) if (open[x] === 1 && nets[x]! > 0) members[m++] = x;
        proRata(w, m, room);
        total = room;
      }
    }
  }
  w.totals[i] = total;
  return total;
}

/** The nets of application `i` (claims in input order) and its total, read from the workload's result arrays. */
export function floorFiveResult(w: FiveNumeric, i: number): { lines: number[]; total: number } {
  const c0 = w.apps[i * A + A_CLAIM0]!;
  return { lines: Array.from(w.nets.subarray(c0, c0 + w.apps[i * A + A_NCLAIMS]!)), total: w.totals[i]! };
}
