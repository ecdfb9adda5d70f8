/**
 * 九(一)② 一企一策 — a beneficiary that already enjoys a 一企一策 agreement does not also receive this policy's
 * similar clauses (A9.1.5: only the clauses listed as similar; A9.1.6: an agreement signed on or before the
 * approval date). Runs before any arithmetic, so an excluded line never wins a 就高 comparison (§9.2).
 */
import { onOrBefore } from '../core/dates.js';
import type { StageContext, WorkLine } from '../policy/model.js';
import { withState } from './lines.js';

/** Stage 2c: the 一企一策 exclusion. */
export function oneEnterpriseOnePolicy(lines: readonly WorkLine[], ctx: StageContext): WorkLine[] {
  const deal = ctx.beneficiary.oneEnterpriseOnePolicy;
  if (!deal || !onOrBefore(deal.signedOn, ctx.approvalDate)) return [...lines];
  const similar = new Set<string>(deal.similarClauses);
  return lines.map((line) =>
    line.state !== 'referral' && similar.has(line.clause)
      ? withState(line, 'ineligible', { code: 'oneEnterpriseOnePolicy', rule: 'art09_1', signedOn: deal.signedOn })
      : line,
  );
}

/**
 * Performance only: true when the beneficiary has no 一企一策 agreement: this stage would return its lines unchanged, so the pipeline skips it (conservative:
 * when in doubt, false). test/properties/invariants.test.ts checks on random applications that skipping changes nothing.
 */
export function oneEnterpriseOnePolicyIdle(_lines: readonly WorkLine[], ctx: StageContext): boolean {
  return ctx.beneficiary.oneEnterpriseOnePolicy === undefined;
}
