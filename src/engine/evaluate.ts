/**
 * The main entry point: one beneficiary, one award year (one approval batch). Validates the input, runs each
 * claim through its clause, runs the lines through the constraint pipeline, and returns an explained result.
 */
import { CLAUSES } from '../clauses/index.js';
import type { CompiledParameters } from '../policy/parameterSet.js';
import { contributionYear, isExempt } from '../constraints/annualCap.js';
import { runPipeline } from '../constraints/pipeline.js';
import { windowOf } from '../constraints/validity.js';
import { settle } from '../constraints/settle.js';
import { buildHistory } from './history.js';
import { clauseOrder, REFERRAL_ORDER, type ClauseId } from '../policy/ids.js';
import type { ClauseDef, StageContext, WorkLine } from '../policy/model.js';
import { fenFromYuan, yuanFromFen, ZERO_FEN, type Fen, addFen, maxFen, applyRate } from '../core/money.js';
import type { Readings } from '../policy/readings.js';
import { lineResult, type EvaluationResult, type LineResult, type NoteResult } from './result.js';
import { fingerprintOf, parametersUsed } from './rulesUsed.js';
import type { Application, Claim } from '../policy/input.js';
import { byClauseOrder, withFields } from '../constraints/lines.js';

/**
 * A claim's first line: its clause evaluated with the values in force on the approval date, and again with those in
 * force on the line's qualifying-fact date when a version of the policy changes them in between (A9.6.1). `used`
 * collects the parameter sets the lines were evaluated with.
 */
function initialLine(claim: Claim, ctx: StageContext, used?: Set<CompiledParameters>): WorkLine {
  if (claim.clause === 'art06_1' || claim.clause === 'art09_1' || claim.clause === 'art09_2') {
    return {
      claim, clause: claim.clause, order: REFERRAL_ORDER[claim.clause], state: 'open', conditions: [], reasons: [], gross: ZERO_FEN,
      amount: ZERO_FEN, entitlement: ZERO_FEN, adjustments: [], notes: [], qualifyingDate: null, caps: [], overlapGroup: undefined,
      project: undefined, tier: undefined, basis: { topic: claim.topic }, deferred: false,
    };
  }
  const order = clauseOrder(claim.clause);
  if (claim.clause === 'art06_3') {
    return withFields(settle(claim, { conditions: [], gross: ZERO_FEN, qualifyingDate: null, basis: {} }, order), { deferred: true });
  }
  const def = CLAUSES[claim.clause] as ClauseDef<typeof claim.clause>;
  const run = def.evaluate as (c: Claim, x: StageContext) => ReturnType<typeof def.evaluate>;
  let outcome = run(claim, ctx);
  if (used !== undefined) {
    let params = ctx.params;
    if (ctx.readings['A9.6.1'] === 'qualifyingDate' && outcome.qualifyingDate !== null) {
      params = ctx.params.inForce(outcome.qualifyingDate);
      if (params !== ctx.params) outcome = run(claim, { ...ctx, params });
    }
    used.add(params);
  }
  return settle(claim, outcome, order);
}

/** The result notes: shared and frozen (one of the two lists every result has). */
const RECORD_KEEPING: readonly NoteResult[] = Object.freeze([Object.freeze({ code: 'recordKeeping' as const, rule: 'art09_6' as const })]);
const NO_NOTES: readonly NoteResult[] = Object.freeze([]);

/**
 * Evaluates a validated application with resolved options. `skipUnchanged: false` makes the pipeline run every
 * stage, even one that would change nothing (same result; for tests).
 */
export function evaluateValidated(app: Application, versionParams: CompiledParameters, readings: Readings, skipUnchanged = true): EvaluationResult {
  // Under a version of the policy, the values in force on the approval date, and the sets each line used.
  const params = versionParams.inForce(app.approvalDate);
  const used = params.version.source === undefined ? undefined : new Set<CompiledParameters>();
  const ctx: StageContext = {
    application: app,
    beneficiary: app.beneficiary,
    awardYear: app.awardYear,
    baseYear: app.awardYear - 1,
    approvalDate: app.approvalDate,
    applicationDate: app.applicationDate ?? app.approvalDate,
    params,
    readings,
    history: buildHistory(app.history, readings.R9),
  };
  const initial: WorkLine[] = [];
  for (const c of app.claims) initial.push(initialLine(c, ctx, used));
  initial.sort(byClauseOrder);
  const lines = runPipeline(initial, ctx, skipUnchanged);
  // Sized once: an array grown by push keeps room for 16 elements, which a kept result would hold for nothing.
  const results = new Array<LineResult>(lines.length);
  let total: Fen = ZERO_FEN;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    results[i] = lineResult(l);
    if (l.state === 'open') total = addFen(total, l.amount);
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // 三(三): an enterprise may use 10 % of the matching it receives to reward its R&D team (an annotation only).
    if (l.clause === 'art03_3' && l.state === 'open' && l.amount > 0 && app.beneficiary.legalForm === 'enterprise') {
      const share = params.rate('art03_3.teamRewardShare')!;
      const amount = applyRate(l.amount, share, 'floor');
      results[i] = { ...results[i]!, notes: [...results[i]!.notes, { code: 'teamReward', rule: 'art03_3', amount: yuanFromFen(amount), share: share.text }] };
    }
  }
  const exempt = isExempt(ctx);
  const year = contributionYear(ctx);
  const contribution = app.beneficiary.districtContribution[year];
  return {
    beneficiaryId: app.beneficiary.id,
    awardYear: app.awardYear,
    approvalDate: app.approvalDate,
    lines: results,
    total: yuanFromFen(total),
    window: windowOf(params),
    annualCap: {
      exempt,
      contributionYear: year,
      cap: exempt || contribution === undefined ? null : yuanFromFen(maxFen(ZERO_FEN, fenFromYuan(contribution))),
      overridden: app.annualCapOverride?.decisionRef ?? null,
    },
    notes: total > 0 ? RECORD_KEEPING : NO_NOTES,
    readings,
    parameters: parametersUsed(lines, params),
    ...(used === undefined ? {} : {
      policyVersion: { id: params.version.id, applied: [...new Set([...used].flatMap((p) => p.version.applied))].sort() },
    }),
    fingerprint: fingerprintOf(params, readings),
  };
}

export type { ClauseId };
