/**
 * Line helpers shared by the stages: ordering (R7's clause-id order), cuts that record their adjustment, and
 * state changes that record their reason. Each returns a new line; none mutates.
 */
import type { Adjustment, Note, Reason, WorkLine } from '../policy/model.js';
import { type Fen, ZERO_FEN, addFen } from '../core/money.js';

/** Clause-id order (the document's), then subject id, then claim id, as plain strings (R7). */
export function byClauseOrder(a: WorkLine, b: WorkLine): number {
  if (a.order !== b.order) return a.order - b.order;
  if (a.claim.subjectId !== b.claim.subjectId) return a.claim.subjectId < b.claim.subjectId ? -1 : 1;
  if (a.claim.id !== b.claim.id) return a.claim.id < b.claim.id ? -1 : 1;
  return 0;
}

/**
 * The order in which lines competing for one amount (a ladder, a one-time award, an overlap group) are kept, the
 * first kept first: the larger amount; of equal amounts the uncut line (D8: it stays `paid`); then clause-id order
 * (§9.3: "tie → earlier clause id") and subject id; then the claims' content. Neither the order of the claims nor
 * their ids decide (D8): only claims that are the same in every field but their id are told apart by it.
 */
export function byKeepPriority(a: WorkLine, b: WorkLine): number {
  return b.amount - a.amount || a.gross - b.gross || byContent(a, b);
}

/**
 * Clause-id order, then subject id (R7), then the larger amount and gross, then the claims' content, then (for
 * claims equal in all but their id) the claim id. The order in which a shared cut hands out its leftover fen.
 */
export function byAllocationOrder(a: WorkLine, b: WorkLine): number {
  if (a.order !== b.order) return a.order - b.order;
  if (a.claim.subjectId !== b.claim.subjectId) return a.claim.subjectId < b.claim.subjectId ? -1 : 1;
  return b.amount - a.amount || b.gross - a.gross || byContent(a, b);
}

/** Clause-id order, subject id, then the claims' fields other than the id, then the id. */
function byContent(a: WorkLine, b: WorkLine): number {
  if (a.order !== b.order) return a.order - b.order;
  if (a.claim.subjectId !== b.claim.subjectId) return a.claim.subjectId < b.claim.subjectId ? -1 : 1;
  if (a.claim === b.claim) return 0;
  const ka = contentKey(a.claim);
  const kb = contentKey(b.claim);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0;
}

/** A claim's fields other than its id, as text with sorted keys (only reached when two lines tie on everything else). */
function contentKey(claim: object): string {
  return JSON.stringify(claim, (key, value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) if (!(value === claim && k === 'id')) out[k] = (value as Record<string, unknown>)[k];
    return out;
  });
}

/**
 * A copy of a line with some fields changed, written as one literal with the fields in the order settle() writes
 * them. Performance only: every line then has the same hidden class, so the stages' reads of line fields stay
 * monomorphic (spread copies made lines of some twenty shapes, and every read of them slow). The type lists
 * every field, so a field added to WorkLine fails to compile here until it is copied too.
 */
export function withFields(line: WorkLine, changes: Partial<Pick<WorkLine, 'state' | 'amount' | 'entitlement' | 'reasons' | 'adjustments' | 'notes' | 'deferred'>>): WorkLine {
  const out: { [K in keyof Required<WorkLine>]: WorkLine[K] } = {
    claim: line.claim,
    clause: line.clause,
    order: line.order,
    state: changes.state ?? line.state,
    conditions: line.conditions,
    reasons: changes.reasons ?? line.reasons,
    gross: line.gross,
    amount: changes.amount ?? line.amount,
    entitlement: changes.entitlement ?? line.entitlement,
    adjustments: changes.adjustments ?? line.adjustments,
    notes: changes.notes ?? line.notes,
    qualifyingDate: line.qualifyingDate,
    caps: line.caps,
    overlapGroup: line.overlapGroup,
    project: line.project,
    tier: line.tier,
    basis: line.basis,
    deferred: changes.deferred ?? line.deferred,
  };
  return out;
}

/** Sets a line's amount, recording the adjustment when it changes. */
export function cut(line: WorkLine, adjustment: Adjustment): WorkLine {
  if (adjustment.after === line.amount) return line;
  return withFields(line, { amount: adjustment.after, adjustments: [...line.adjustments, adjustment] });
}

/** Takes a line out of payment with a reason (ineligible, pending, referral …). */
export function withState(line: WorkLine, state: WorkLine['state'], reason: Reason): WorkLine {
  return withFields(line, { state, amount: ZERO_FEN, reasons: [...line.reasons, reason] });
}

/** Adds a note. */
export function withNote(line: WorkLine, note: Note): WorkLine {
  return withFields(line, { notes: [...line.notes, note] });
}

/** Lines that still carry money through the pipeline. */
export function isOpen(line: WorkLine): boolean {
  return line.state === 'open' && !line.deferred;
}

/** The positions of the lines that pass `test`, in order. */
export function indicesWhere(lines: readonly WorkLine[], test: (line: WorkLine) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) if (test(lines[i]!)) out.push(i);
  return out;
}

/** Open lines that still carry money (amount > 0). */
export function isPaying(line: WorkLine): boolean {
  return isOpen(line) && line.amount > 0;
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Σ amount. */
export function totalOf(lines: readonly WorkLine[]): Fen {
  let s: Fen = ZERO_FEN;
  for (const l of lines) s = addFen(s, l.amount);
  return s;
}
