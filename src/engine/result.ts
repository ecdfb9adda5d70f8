/**
 * Results as plain data: amounts as yuan strings with two decimals, dates as YYYY-MM-DD, explanation items as
 * discriminated unions keyed on `code`. Nothing here is a class; a result survives JSON unchanged.
 */
import { ITEM_LABEL, type ClauseId, type ReferralItem } from '../policy/ids.js';
import type { Adjustment, Condition, LineStatus, Note, Reason, WorkLine } from '../policy/model.js';
import { yuanFromFen, type Fen, ZERO_FEN } from '../core/money.js';

/** Replaces every fen amount of an explanation item by a yuan string. */
type Yuanify<T> = { readonly [K in keyof T]: T[K] extends Fen ? string : T[K] };

/** The keys of an adjustment or a note that hold a number which is not money (a year …). */
type PlainNumberKey<T> = T extends unknown ? { [K in keyof T]-?: T[K] extends Fen ? never : T[K] extends number ? K : never }[keyof T] : never;

/**
 * The numbers of adjustments and notes that are not money, written as they are; every other number is fen and is
 * written as yuan. The type requires every such key to be listed: a new plain number in an explanation item does
 * not compile until it is named here.
 */
const PLAIN_NUMBERS: Readonly<Record<PlainNumberKey<Adjustment | Note>, true>> = { contributionYear: true };

/** A cut made to a line, with amounts in yuan. */
export type AdjustmentResult = Adjustment extends infer A ? (A extends Adjustment ? Yuanify<A> : never) : never;
/** A note, with amounts in yuan. */
export type NoteResult = Note extends infer N ? (N extends Note ? Yuanify<N> : never) : never;
/** Why a line carries no amount (no money in it, so the same as the engine's {@link Reason}). */
export type ReasonResult = Reason;

/** One award line of a result. */
export interface LineResult {
  readonly claimId: string;
  readonly clause: ClauseId | ReferralItem;
  /** The document's label, e.g. 「二(二)」. */
  readonly item: string;
  readonly subjectId: string;
  readonly status: LineStatus;
  /** The formula amount before any cap. */
  readonly gross: string;
  /** After the clause's own caps, before 九(一), 九(四), 九(三). */
  readonly entitlement: string;
  readonly net: string;
  readonly qualifyingDate: string | null;
  readonly conditions: readonly Condition[];
  readonly failed: readonly string[];
  readonly adjustments: readonly AdjustmentResult[];
  readonly reasons: readonly ReasonResult[];
  readonly notes: readonly NoteResult[];
  readonly basis: Readonly<Record<string, string | number | boolean>>;
  /** The project the line funds (九(四), D1): the claim's `projectId`, else its subject; null for a referral. */
  readonly projectId: string | null;
  /** The claim showed national or provincial 财政 money received for the project (it brings it under 九(四)). */
  readonly superiorFunded: boolean;
  readonly tier: string | null;
}

/** What produced a result: enough to reproduce it. */
export interface Fingerprint {
  readonly engine: string;
  readonly version: string;
  /** sha256 of the parameter values in force. */
  readonly parameters: string;
  /** sha256 of the readings in force. */
  readonly readings: string;
  /** When a version of the policy was given: its id and the sha256 of its dated values (versions.ts). */
  readonly policyVersion?: { readonly id: string; readonly changes: string } | undefined;
}

/** One beneficiary's result for one award year. */
export interface EvaluationResult {
  readonly beneficiaryId: string;
  readonly awardYear: number;
  readonly approvalDate: string;
  /** Lines in clause-id order, then subject id, then claim id (independent of the order of the claims). */
  readonly lines: readonly LineResult[];
  /** Σ net of the paid and reduced lines. */
  readonly total: string;
  readonly window: { readonly start: string; readonly end: string };
  readonly annualCap: {
    readonly exempt: boolean;
    readonly contributionYear: number;
    readonly cap: string | null;
    readonly overridden: string | null;
  };
  readonly notes: readonly NoteResult[];
  /** Every reading in force, by register id. */
  readonly readings: Readonly<Record<string, string>>;
  /** The values of the parameters the lines of this result rely on. */
  readonly parameters: Readonly<Record<string, string | null>>;
  /**
   * When a version of the policy was given (options.version): its id and the dated changes in force for some line of
   * this result (on the line's qualifying-fact date or the approval date, A9.6.1), as `parameter@from`. `parameters`
   * shows the values in force on the approval date.
   */
  readonly policyVersion?: { readonly id: string; readonly applied: readonly string[] } | undefined;
  readonly fingerprint: Fingerprint;
}

function yuanify<T extends object>(item: T): Yuanify<T> {
  const out: Record<string, unknown> = {};
  const keys = Object.keys(item) as (keyof T & string)[];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = item[k];
    out[k] = typeof v === 'number' && (PLAIN_NUMBERS as Readonly<Record<string, true>>)[k] !== true ? yuanFromFen(v as unknown as Fen) : v;
  }
  return out as Yuanify<T>;
}

/** The one empty list every result shares (frozen): most lines have no cut, note, reason or failed condition. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * A line's conditions as one of a few shared, deeply frozen lists, with what follows from them alone: the failed
 * ids, and the reasons of a line refused by nothing but its own conditions. Performance only: a kept result
 * then holds no condition objects of its own (a clause makes the same few lists again and again), which is a
 * third of its size and of the collector's copying. Condition objects are `{ id, met }` (the type, and the
 * clauses' `cond`), so a frozen `{ id, met }` with the same values serialises and compares the same.
 */
interface Interned {
  readonly ids: readonly string[];
  readonly met: number;
  readonly conditions: readonly Condition[];
  readonly failed: readonly string[];
  /** `[{ code: 'conditions', rule, failed }]`, made the first time a line needs it. */
  refusal: readonly Reason[] | undefined;
}

/** Interned condition lists, by clause, then by the bits of `met` (at most 30 conditions; longer lists are not interned). */
const interned = new Map<string, Map<number, Interned[]>>();
/** Bounds the cache: a clause whose condition lists vary more than this is not interned further. */
const MAX_PER_CLAUSE = 256;
const counts = new Map<string, number>();

function internConditions(clause: string, conditions: readonly Condition[]): Interned | undefined {
  const n = conditions.length;
  if (n > 30) return undefined;
  let met = 0;
  for (let i = 0; i < n; i++) if (conditions[i]!.met) met |= 1 << i;
  let byMet = interned.get(clause);
  if (byMet === undefined) interned.set(clause, (byMet = new Map()));
  let list = byMet.get(met);
  if (list !== undefined) {
    for (let k = 0; k < list.length; k++) {
      const e = list[k]!;
      if (e.ids.length !== n) continue;
      let same = true;
      for (let i = 0; i < n && same; i++) same = e.ids[i] === conditions[i]!.id;
      if (same) return e;
    }
  }
  const count = counts.get(clause) ?? 0;
  if (count >= MAX_PER_CLAUSE) return undefined;
  counts.set(clause, count + 1);
  const ids: string[] = [];
  const failed: string[] = [];
  const copies: Condition[] = [];
  for (const c of conditions) {
    ids.push(c.id);
    if (!c.met) failed.push(c.id);
    copies.push(Object.freeze({ id: c.id, met: c.met }));
  }
  const e: Interned = {
    ids: Object.freeze(ids), met, conditions: Object.freeze(copies), failed: failed.length === 0 ? NONE : Object.freeze(failed), refusal: undefined,
  };
  if (list === undefined) byMet.set(met, (list = []));
  list.push(e);
  return e;
}

/** Every failed condition: the clause's own, then the scope gate's (一). */
function failedOf(line: WorkLine, own: readonly string[] | undefined): readonly string[] {
  let out: string[] | undefined;
  if (own === undefined) {
    for (const c of line.conditions) if (!c.met) (out ??= []).push(c.id);
  }
  for (const r of line.reasons) {
    if (r.code !== 'scope') continue;
    out ??= own === undefined ? [] : [...own];
    for (const id of r.failed) out.push(id);
  }
  return out ?? own ?? NONE;
}

/** Items with fen amounts as yuan, as a new array (an empty list is the shared frozen one). */
function yuanifyAll<T extends object, R>(items: readonly T[]): readonly R[] {
  if (items.length === 0) return NONE;
  const out = new Array<R>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = yuanify(items[i]!) as R;
  return out;
}

/**
 * A line's reasons: shared when there are none, or when the only one is the refusal by its own conditions
 * (`{ code, rule, failed }`, the failed ids those of the conditions); else the line's own list.
 */
function reasonsOf(line: WorkLine, own: Interned | undefined): readonly Reason[] {
  const reasons = line.reasons;
  if (reasons.length === 0) return NONE;
  if (own === undefined || reasons.length !== 1) return reasons;
  const r = reasons[0]!;
  if (r.code !== 'conditions' || r.rule !== line.clause || r.failed.length !== own.failed.length) return reasons;
  for (let i = 0; i < r.failed.length; i++) if (r.failed[i] !== own.failed[i]) return reasons;
  return (own.refusal ??= Object.freeze([Object.freeze({ code: 'conditions' as const, rule: r.rule, failed: own.failed })]));
}

/** The final status of a line (register §0.7). */
export function statusOf(line: WorkLine): LineStatus {
  if (line.state !== 'open') return line.state;
  if (line.amount === 0) return 'zero';
  return line.amount === line.gross ? 'paid' : 'reduced';
}

const EMPTY_CONDITIONS: Interned = { ids: NONE, met: 0, conditions: NONE, failed: NONE, refusal: undefined };

/**
 * Dates as one shared string each: a clause writes its qualifying date afresh on every evaluation (the end of the
 * base year, a date of the input), and a kept result then holds the one copy. Bounded; cleared when full.
 */
const DATES = new Map<string, string>();

function sharedDate(date: string | null): string | null {
  if (date === null) return null;
  const hit = DATES.get(date);
  if (hit !== undefined) return hit;
  if (DATES.size >= 4096) DATES.clear();
  DATES.set(date, date);
  return date;
}

/** A work line as a result line. */
export function lineResult(line: WorkLine): LineResult {
  const status = statusOf(line);
  const paying = status === 'paid' || status === 'reduced';
  // A line that never became payable (a failed gate or condition, an unset parameter, a referral) has no gross.
  const gross = status === 'ineligible' || status === 'indeterminate' || status === 'referral' ? ZERO_FEN : line.gross;
  const entitlement = line.state === 'open' ? line.entitlement : ZERO_FEN;
  const net = paying ? line.amount : ZERO_FEN;
  // The three amounts are often equal (or zero): each distinct figure is written once.
  const grossText = yuan(gross);
  const entitlementText = entitlement === gross ? grossText : yuan(entitlement);
  const netText = net === gross ? grossText : net === entitlement ? entitlementText : yuan(net);
  const own = line.conditions.length === 0 ? EMPTY_CONDITIONS : internConditions(line.clause, line.conditions);
  return {
    claimId: line.claim.id,
    clause: line.clause,
    item: ITEM_LABEL[line.clause],
    subjectId: line.claim.subjectId,
    status,
    gross: grossText,
    entitlement: entitlementText,
    net: netText,
    qualifyingDate: sharedDate(line.qualifyingDate),
    conditions: own === undefined ? line.conditions : own.conditions,
    failed: failedOf(line, own?.failed),
    adjustments: yuanifyAll<Adjustment, AdjustmentResult>(line.adjustments),
    reasons: reasonsOf(line, own),
    notes: yuanifyAll<Note, NoteResult>(line.notes),
    basis: line.basis,
    projectId: line.project?.id ?? null,
    superiorFunded: line.project?.superiorFunded ?? false,
    tier: line.tier ?? null,
  };
}

/** Fen as yuan text; zero, the commonest figure, without formatting. */
function yuan(fen: Fen): string {
  return fen === 0 ? '0.00' : yuanFromFen(fen);
}
