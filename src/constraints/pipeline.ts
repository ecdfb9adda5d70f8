/**
 * The constraint pipeline, in the order of register §9.1. Reordering changes money; test/constraints/pipeline
 * pins this list. Each stage is a pure function (lines, context) → lines; each cut it makes is recorded on the
 * line it cuts.
 */
import type { StageContext, WorkLine } from '../model.js';
import { annualCap } from './annualCap.js';
import { auditedInvestment } from './auditedInvestment.js';
import { budgetControl } from './budget.js';
import { beneficiaryYearCaps, itemCaps, laddersAndOneTime, lifetimeCaps, subjectCaps } from './clauseCaps.js';
import { isOpen } from './lines.js';
import { oneEnterpriseOnePolicy } from './oneEnterprise.js';
import { overlap } from './overlap.js';
import { routing } from './routing.js';
import { scopeGate } from './scope.js';
import { uplift } from './uplift.js';
import { validityGate } from './validity.js';

/** A stage of the pipeline. */
export interface Stage {
  /** The step of register §9.1. */
  readonly step: string;
  readonly rule: string;
  readonly name: string;
  readonly run: (lines: readonly WorkLine[], ctx: StageContext) => readonly WorkLine[];
}

/** Fixes each open line's entitlement: its amount after the clause's own caps (§0.7). */
function recordEntitlement(lines: readonly WorkLine[]): WorkLine[] {
  return lines.map((l) => (isOpen(l) ? { ...l, entitlement: l.amount } : l));
}

/** The stages, in order. */
export const PIPELINE: readonly Stage[] = [
  { step: '1', rule: 'art01', name: 'scope', run: scopeGate },
  { step: '2a', rule: 'art09_7', name: 'validity', run: validityGate },
  { step: '2b', rule: 'art09_2', name: 'routing', run: routing },
  { step: '2c', rule: 'art09_1', name: 'oneEnterpriseOnePolicy', run: oneEnterpriseOnePolicy },
  { step: '3.2', rule: 'clause', name: 'itemCaps', run: itemCaps },
  { step: '3.3', rule: 'clause', name: 'subjectCaps', run: subjectCaps },
  { step: '3.3', rule: 'clause', name: 'laddersAndOneTime', run: laddersAndOneTime },
  { step: '3.4', rule: 'clause', name: 'beneficiaryYearCaps', run: beneficiaryYearCaps },
  { step: '3.5', rule: 'clause', name: 'lifetimeCaps', run: lifetimeCaps },
  { step: '3', rule: 'clause', name: 'entitlement', run: recordEntitlement },
  { step: '3.6', rule: 'art06_3', name: 'uplift', run: uplift },
  { step: '4', rule: 'art09_1', name: 'overlap', run: overlap },
  { step: '5', rule: 'art09_4', name: 'auditedInvestment', run: auditedInvestment },
  { step: '6', rule: 'art09_3', name: 'annualCap', run: annualCap },
  { step: '7', rule: 'art09_3', name: 'budgetControl', run: budgetControl },
];

/** Runs every stage in order. */
export function runPipeline(lines: readonly WorkLine[], ctx: StageContext): readonly WorkLine[] {
  let current = lines;
  for (const stage of PIPELINE) current = stage.run(current, ctx);
  return current;
}
