/**
 * A drafter's report on a reform: how the text now reads (the changed sentences), what the reform does to the
 * money over a portfolio (the comparison), and which readings of the register would move the money most under
 * the reform (the sensitivity view). Plain data; markdown.ts and html.ts render it, JSON is the data itself.
 */
import { fingerprintOf } from '../../engine/rulesUsed.js';
import type { Fingerprint } from '../../engine/result.js';
import { resolveOptions } from '../../edges/input/validate.js';
import { VERSION } from '../../core/version.js';
import { compareScenarios, sensitivityOf, type Comparison, type Sensitivity } from './compare.js';
import { preparePortfolio } from './portfolio.js';
import { BASELINE_REFORM, reformOptions, type Reform } from './reform.js';
import { bindText, renderText, type NotInText, type SentenceChange } from './text.js';

/** Everything a drafter needs to judge a reform. */
export interface DraftingReport {
  readonly kind: 'zz-airport-ai-policy/drafting-report';
  readonly engineVersion: string;
  readonly text: {
    /** Sentences whose words differ between the baseline's text and the reform's, in document order. */
    readonly changes: readonly SentenceChange[];
    /** Changed parameters the text writes no number for. */
    readonly notInText: readonly NotInText[];
  };
  readonly comparison: Comparison;
  /** Absent when not asked for. */
  readonly sensitivity: Sensitivity | null;
  /** The rules the reform's figures were computed under (its parameters and readings). */
  readonly fingerprint: Fingerprint;
  /** The rules the baseline's figures were computed under. */
  readonly baselineFingerprint: Fingerprint;
}

/** What {@link buildReport} needs. */
export interface ReportInput {
  /** The canonical text, `policy/policy.zh.md`. */
  readonly policyText: string;
  readonly reform: Reform;
  /** Default: the draft as written. */
  readonly baseline?: Reform;
  readonly portfolio: unknown;
  /** Rows of the most-affected and largest-change lists (default 10). */
  readonly top?: number;
  /** Default true. */
  readonly sensitivity?: boolean;
  /** Default true (see portfolio.ts); false evaluates everything under every scenario. */
  readonly incremental?: boolean;
}

/**
 * Builds the report.
 * @throws {@link PolicyInputError} when a reform or the portfolio is not valid (nothing is returned then).
 */
export function buildReport(input: ReportInput): DraftingReport {
  const baseline = input.baseline ?? BASELINE_REFORM;
  const rendered = renderText(bindText(input.policyText), input.reform.parameters, baseline.parameters);
  const portfolio = preparePortfolio(input.portfolio);
  const options = { ...(input.top === undefined ? {} : { top: input.top }), ...(input.incremental === undefined ? {} : { incremental: input.incremental }) };
  const { comparison, summary } = compareScenarios(baseline, input.reform, portfolio, options);
  return {
    kind: 'zz-airport-ai-policy/drafting-report',
    engineVersion: VERSION,
    text: { changes: rendered.changes, notInText: rendered.notInText },
    comparison,
    sensitivity: input.sensitivity === false ? null : sensitivityOf(summary, options),
    fingerprint: fingerprintOfReform(input.reform),
    baselineFingerprint: fingerprintOfReform(baseline),
  };
}

/** The fingerprint of the rules a reform sets (a validated reform's options are valid). */
function fingerprintOfReform(reform: Reform): Fingerprint {
  const { params, readings } = resolveOptions(reformOptions(reform));
  return fingerprintOf(params, readings);
}
