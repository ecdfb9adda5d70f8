/**
 * Results as plain data: amounts as yuan strings with two decimals, dates as YYYY-MM-DD, explanation items as
 * discriminated unions keyed on `code`. Nothing here is a class; a result survives JSON unchanged.
 */
import { ITEM_LABEL, type ClauseId, type ReferralItem } from '../policy/ids.js';
import type { Adjustment, Condition, LineStatus, Note, Reason, WorkLine } from '../policy/model.js';
import { yuanFromFen, type Fen } from '../core/money.js';

/** Replaces every fen amount of an explanation item by a yuan string. */
type Yuanify<T> = { readonly [K in keyof T]: K extends 'contributionYear' ? T[K] : T[K] extends Fen ? string : T[K] };

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
    out[k] = typeof v === 'number' && k !== 'contributionYear' ? yuanFromFen(v) : v;
  }
  return out as Yuanify<T>;
}

/** Every failed condition: the clause's own, then the scope gate's (一). */
function failedOf(line: WorkLine): string[] {
  const out: string[] = [];
  for (const c of line.conditions) if (!c.met) out.push(c.id);
  for (const r of line.reasons) if (r.code === 'scope') for (const id of r.failed) out.push(id);
  return out;
}

/** Items with fen amounts as yuan, as a new array (an empty list stays a fresh empty array). */
function yuanifyAll<T extends object, R>(items: readonly T[]): R[] {
  if (items.length === 0) return [];
  const out = new Array<R>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = yuanify(items[i]!) as R;
  return out;
}

/** The final status of a line (register §0.7). */
export function statusOf(line: WorkLine): LineStatus {
  if (line.state !== 'open') return line.state;
  if (line.amount === 0) return 'zero';
  return line.amount === line.gross ? 'paid' : 'reduced';
}

/** A work line as a result line. */
export function lineResult(line: WorkLine): LineResult {
  const status = statusOf(line);
  const paying = status === 'paid' || status === 'reduced';
  // A line that never became payable (a failed gate or condition, an unset parameter, a referral) has no gross.
  const gross = status === 'ineligible' || status === 'indeterminate' || status === 'referral' ? 0 : line.gross;
  const entitlement = line.state === 'open' ? line.entitlement : 0;
  const net = paying ? line.amount : 0;
  // The three amounts are often equal (or zero): each distinct figure is written once.
  const grossText = yuan(gross);
  const entitlementText = entitlement === gross ? grossText : yuan(entitlement);
  const netText = net === gross ? grossText : net === entitlement ? entitlementText : yuan(net);
  return {
    claimId: line.claim.id,
    clause: line.clause,
    item: ITEM_LABEL[line.clause],
    subjectId: line.claim.subjectId,
    status,
    gross: grossText,
    entitlement: entitlementText,
    net: netText,
    qualifyingDate: line.qualifyingDate,
    conditions: line.conditions,
    failed: failedOf(line),
    adjustments: yuanifyAll<Adjustment, AdjustmentResult>(line.adjustments),
    reasons: line.reasons,
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
