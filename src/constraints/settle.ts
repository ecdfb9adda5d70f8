/**
 * Turns a clause's outcome into a work line: failed conditions make it ineligible (listing every one), an unset
 * parameter indeterminate, a missing input pending; otherwise it is open with its gross amount.
 */
import type { ClauseId } from '../ids.js';
import type { ClauseOutcome, WorkLine } from '../model.js';
import type { Claim } from '../schema.js';

/** A work line from a clause outcome. */
export function settle(claim: Claim, outcome: ClauseOutcome, order: number): WorkLine {
  const failed = outcome.conditions.filter((c) => !c.met).map((c) => c.id);
  const clause = claim.clause as ClauseId;
  const line: WorkLine = {
    claim,
    clause,
    order,
    state: 'open',
    conditions: outcome.conditions,
    reasons: [],
    gross: outcome.gross,
    amount: outcome.gross,
    entitlement: 0,
    adjustments: [],
    notes: outcome.notes ?? [],
    qualifyingDate: outcome.qualifyingDate,
    caps: outcome.caps ?? [],
    overlapGroup: outcome.overlapGroup,
    project: outcome.project,
    tier: outcome.tier,
    basis: outcome.basis,
    deferred: false,
  };
  if (failed.length > 0) return { ...line, state: 'ineligible', amount: 0, reasons: [{ code: 'conditions', rule: clause, failed }] };
  if (outcome.indeterminate) {
    return { ...line, state: 'indeterminate', amount: 0, reasons: [{ code: 'indeterminate', rule: clause, param: outcome.indeterminate.param }] };
  }
  if (outcome.pending) {
    return { ...line, state: 'pending', amount: 0, reasons: [{ code: 'pending', rule: clause, missing: outcome.pending.missing }] };
  }
  return line;
}
