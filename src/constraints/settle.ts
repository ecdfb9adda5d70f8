/**
 * Turns a clause's outcome into a work line: failed conditions make it ineligible (listing every one), an unset
 * parameter indeterminate, a missing input pending; otherwise it is open with its gross amount.
 */
import { ZERO_FEN } from '../core/money.js';
import type { ClauseId } from '../policy/ids.js';
import type { ClauseOutcome, LineProject, Reason, WorkLine } from '../policy/model.js';
import type { Claim } from '../policy/input.js';
import { CLAUSES } from '../clauses/index.js';

/**
 * The project of an award line (D1): the one its outcome names (六(三): its 五(三) line's), else the claim's
 * `projectId`, else, for a line that funds a subject with an investment (ClauseDef.projectBound), its subject;
 * with the higher-level money the claim shows. Other lines belong to no project.
 */
function projectOf(claim: Claim, outcome: ClauseOutcome, projectBound: boolean): LineProject | undefined {
  const p = outcome.project;
  const id = p?.id ?? (claim as { projectId?: string }).projectId ?? (projectBound ? claim.subjectId : undefined);
  if (id === undefined) return undefined;
  return { id, superiorFunded: p?.superiorFunded ?? false, superiorFunding: p?.superiorFunding ?? ZERO_FEN };
}

/** A work line from a clause outcome. */
export function settle(claim: Claim, outcome: ClauseOutcome, order: number): WorkLine {
  const clause = claim.clause as ClauseId;
  const def = CLAUSES[clause];
  let failed: string[] | undefined;
  for (const c of outcome.conditions) if (!c.met) (failed ??= []).push(c.id);
  let state: WorkLine['state'] = 'open';
  let reason: Reason | undefined;
  if (failed) {
    state = 'ineligible';
    reason = { code: 'conditions', rule: clause, failed };
  } else if (outcome.indeterminate) {
    state = 'indeterminate';
    reason = { code: 'indeterminate', rule: clause, param: outcome.indeterminate.param };
  } else if (outcome.pending) {
    state = 'pending';
    reason = { code: 'pending', rule: clause, missing: outcome.pending.missing };
  }
  // One literal, fields in withFields' order (lines.ts), so every line has the same shape.
  return {
    claim,
    clause,
    order,
    state,
    conditions: outcome.conditions,
    reasons: reason === undefined ? [] : [reason],
    gross: outcome.gross,
    amount: state === 'open' ? outcome.gross : ZERO_FEN,
    // Until a clause cap cuts the line, its entitlement is its amount (the entitlement stage fixes it after them).
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: performance only, the entitlement stage sets every open line's entitlement before it is read; this value only spares a copy
    entitlement: state === 'open' ? outcome.gross : ZERO_FEN,
    adjustments: [],
    notes: outcome.notes ?? [],
    qualifyingDate: outcome.qualifyingDate,
    caps: outcome.caps ?? [],
    overlapGroup: def.overlapGroup,
    project: projectOf(claim, outcome, def.projectBound),
    tier: outcome.tier,
    basis: outcome.basis,
    deferred: false,
  };
}
