/**
 * The constraint pipeline, in the order of register §9.1. Reordering changes money; test/constraints/pipeline
 * pins this list. Each stage is a pure function (lines, context) → lines; each cut it makes is recorded on the
 * line it cuts.
 */
import type { StageContext, WorkLine } from '../policy/model.js';
import { annualCap, annualCapIdle } from './annualCap.js';
import { auditedInvestment, auditedInvestmentIdle } from './auditedInvestment.js';
import { budgetControl, budgetControlIdle } from './budget.js';
import {
  beneficiaryYearCaps, beneficiaryYearCapsIdle, itemCaps, itemCapsIdle, laddersAndOneTime, laddersAndOneTimeIdle, lifetimeCaps,
  lifetimeCapsIdle, subjectCaps, subjectCapsIdle,
} from './clauseCaps.js';
import { isOpen, withFields } from './lines.js';
import { oneEnterpriseOnePolicy, oneEnterpriseOnePolicyIdle } from './oneEnterprise.js';
import { overlap, overlapIdle } from './overlap.js';
import { routing, routingIdle } from './routing.js';
import { scopeGate, scopeIdle } from './scope.js';
import { uplift, upliftIdle } from './uplift.js';
import { validityGate, validityIdle } from './validity.js';

/** A stage of the pipeline. */
export interface Stage {
  /** The step of register §9.1. */
  readonly step: string;
  readonly rule: string;
  readonly name: string;
  readonly run: (lines: readonly WorkLine[], ctx: StageContext) => readonly WorkLine[];
  /**
   * Performance only: the stage's own cheap test that it would return its lines unchanged (in the stage's file); a
   * stage whose test passes is not run. Conservative: when in doubt it says no and the stage runs.
   */
  readonly idle?: (lines: readonly WorkLine[], ctx: StageContext) => boolean;
}

/** Fixes each open line's entitlement: its amount after the clause's own caps (§0.7). */
function recordEntitlement(lines: readonly WorkLine[]): WorkLine[] {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the entitlement of a line that is not open is never read (results show 0), and rewriting an equal value changes nothing
  return lines.map((l) => (isOpen(l) && l.entitlement !== l.amount ? withFields(l, { entitlement: l.amount }) : l));
}

/** The stages, in order. */
export const PIPELINE: readonly Stage[] = [
  { step: '1', rule: 'art01', name: 'scope', run: scopeGate, idle: scopeIdle },
  { step: '2a', rule: 'art09_7', name: 'validity', run: validityGate, idle: validityIdle },
  { step: '2b', rule: 'art09_2', name: 'routing', run: routing, idle: routingIdle },
  { step: '2c', rule: 'art09_1', name: 'oneEnterpriseOnePolicy', run: oneEnterpriseOnePolicy, idle: oneEnterpriseOnePolicyIdle },
  { step: '3.2', rule: 'clause', name: 'itemCaps', run: itemCaps, idle: itemCapsIdle },
  { step: '3.3', rule: 'clause', name: 'subjectCaps', run: subjectCaps, idle: subjectCapsIdle },
  { step: '3.3', rule: 'clause', name: 'laddersAndOneTime', run: laddersAndOneTime, idle: laddersAndOneTimeIdle },
  { step: '3.4', rule: 'clause', name: 'beneficiaryYearCaps', run: beneficiaryYearCaps, idle: beneficiaryYearCapsIdle },
  { step: '3.5', rule: 'clause', name: 'lifetimeCaps', run: lifetimeCaps, idle: lifetimeCapsIdle },
  { step: '3', rule: 'clause', name: 'entitlement', run: recordEntitlement },
  { step: '3.6', rule: 'art06_3', name: 'uplift', run: uplift, idle: upliftIdle },
  { step: '4', rule: 'art09_1', name: 'overlap', run: overlap, idle: overlapIdle },
  { step: '5', rule: 'art09_4', name: 'auditedInvestment', run: auditedInvestment, idle: auditedInvestmentIdle },
  { step: '6', rule: 'art09_3', name: 'annualCap', run: annualCap, idle: annualCapIdle },
  { step: '7', rule: 'art09_3', name: 'budgetControl', run: budgetControl, idle: budgetControlIdle },
];

/** Each stage's own idle test (in the stage's file), by position in {@link PIPELINE}. */
const SKIP_TESTS = PIPELINE.map((stage) => stage.idle);

/**
 * Runs every stage in order. `skipUnchanged: false` runs every stage even where it would change nothing (the
 * results are the same; tests compare the two).
 */
export function runPipeline(lines: readonly WorkLine[], ctx: StageContext, skipUnchanged = true): readonly WorkLine[] {
  let current = lines;
  for (let i = 0; i < PIPELINE.length; i++) {
    const unchanged = skipUnchanged ? SKIP_TESTS[i] : undefined;
    if (unchanged !== undefined && unchanged(current, ctx)) continue;
    current = PIPELINE[i]!.run(current, ctx);
  }
  return current;
}
