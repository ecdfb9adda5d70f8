/**
 * The constraint pipeline, in the order of register §9.1. Reordering changes money; test/constraints/pipeline
 * pins this list. Each stage is a pure function (lines, context) → lines; each cut it makes is recorded on the
 * line it cuts.
 */
import { within } from '../core/dates.js';
import type { StageContext, WorkLine } from '../policy/model.js';
import { annualCap } from './annualCap.js';
import { auditedInvestment, auditedInvestmentIdle } from './auditedInvestment.js';
import { budgetControl } from './budget.js';
import { beneficiaryYearCaps, itemCaps, laddersAndOneTime, lifetimeCaps, subjectCaps } from './clauseCaps.js';
import { isOpen, withFields } from './lines.js';
import { oneEnterpriseOnePolicy } from './oneEnterprise.js';
import { overlap } from './overlap.js';
import { routing } from './routing.js';
import { entityConditions, scopeGate } from './scope.js';
import { uplift } from './uplift.js';
import { anchorDate, validityGate, windowOf } from './validity.js';

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
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the entitlement of a line that is not open is never read (results show 0), and rewriting an equal value changes nothing
  return lines.map((l) => (isOpen(l) && l.entitlement !== l.amount ? withFields(l, { entitlement: l.amount }) : l));
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

/**
 * True when every open line with a cumulative cap of `stage` is alone under its key and within the cap less what
 * was paid before: the stage would cut nothing.
 */
function withinCumulativeCaps(lines: readonly WorkLine[], stage: 'subject' | 'beneficiaryYear' | 'lifetime'): boolean {
  let keys: Set<string> | undefined;
  for (const l of lines) {
    if (!isOpen(l)) continue;
    for (const c of l.caps) {
      if (c.kind !== 'cumulative' || c.stage !== stage) continue;
      if (l.amount > c.cap - c.prior || keys?.has(c.key)) return false;
      (keys ??= new Set()).add(c.key);
    }
  }
  return true;
}

const REFERRALS: ReadonlySet<string> = new Set(['art06_1', 'art09_1', 'art09_2']);

/**
 * Performance only: for some stages, a cheap test that the stage would return its lines unchanged. A stage whose
 * test passes is not run, so an application none of whose lines a stage concerns does not pay for it (the
 * validity stage formats its window on every run, for instance). Each test is conservative: when in doubt it
 * says no and the stage runs. test/properties/invariants.test.ts checks, on random applications, that skipping
 * changes nothing.
 */
const UNCHANGED: Readonly<Record<string, (lines: readonly WorkLine[], ctx: StageContext) => boolean>> = {
  // Every gate of 一 met, and the main-business test met by the beneficiary itself.
  scope: (_lines, ctx) => ctx.beneficiary.mainBusinessFields.length > 0 && entityConditions(ctx).every((c) => c.met),
  // Every line's anchor date inside the window (or none).
  validity: (lines, ctx) => {
    const { start, end } = windowOf(ctx.params);
    for (const l of lines) {
      const date = anchorDate(l, ctx);
      if (date !== null && !within(date, start, end)) return false;
    }
    return true;
  },
  routing: (lines) => lines.every((l) => !REFERRALS.has(l.clause)),
  oneEnterpriseOnePolicy: (_lines, ctx) => ctx.beneficiary.oneEnterpriseOnePolicy === undefined,
  // No open line above an item cap of its own.
  itemCaps: (lines) => lines.every((l) => !isOpen(l) || l.caps.every((c) => c.kind !== 'item' || l.amount <= c.cap)),
  subjectCaps: (lines) => withinCumulativeCaps(lines, 'subject'),
  beneficiaryYearCaps: (lines) => withinCumulativeCaps(lines, 'beneficiaryYear'),
  lifetimeCaps: (lines) => withinCumulativeCaps(lines, 'lifetime'),
  // Every tier ladder or one-time award alone in its group, with nothing received or awarded before: nothing to cut.
  laddersAndOneTime: (lines) => {
    let keys: Set<string> | undefined;
    for (const l of lines) {
      if (!isOpen(l)) continue;
      const d = l.caps.find((c) => c.kind === 'ladder' || c.kind === 'oneTime');
      if (d === undefined || (d.kind !== 'ladder' && d.kind !== 'oneTime')) continue;
      if (d.kind === 'ladder'
        ? Math.max(0, l.amount - d.prior) !== l.amount || (d.awarded !== undefined && d.awarded > 0)
        : d.alreadyAwarded) return false;
      if (keys?.has(d.key)) return false;
      (keys ??= new Set()).add(d.key);
    }
    return true;
  },
  uplift: (lines) => !lines.some((l) => l.deferred),
  // No other district support and no line in an overlap group (A9.1.1 b): every group is a clause of its own
  // with nothing to compare.
  overlap: (lines, ctx) =>
    (ctx.beneficiary.otherDistrictSupport ?? []).length === 0 &&
    (ctx.readings['A9.1.1'] === 'a' || !lines.some((l) => isOpen(l) && l.amount > 0 && l.overlapGroup !== undefined)),
  auditedInvestment: auditedInvestmentIdle,
  annualCap: (lines) => !lines.some((l) => isOpen(l) && l.amount > 0),
  budgetControl: (_lines, ctx) => {
    const scale = ctx.params.rate('art09_3.budgetScale');
    return scale !== null && scale.num >= scale.den;
  },
};

/** The tests of {@link UNCHANGED}, by position in {@link PIPELINE}. */
const SKIP_TESTS = PIPELINE.map((stage) => UNCHANGED[stage.name]);

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
