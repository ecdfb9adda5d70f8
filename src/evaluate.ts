/**
 * The main entry point: one beneficiary, one award year (one approval batch). Validates the input, runs each
 * claim through its clause, runs the lines through the constraint pipeline, and returns an explained result.
 */
import { createHash } from 'node:crypto';
import { CLAUSES } from './clauses/index.js';
import type { CompiledParameters } from './compile.js';
import { contributionYear, isExempt } from './constraints/annualCap.js';
import { runPipeline } from './constraints/pipeline.js';
import { settle } from './constraints/settle.js';
import { validityWindow } from './constraints/validity.js';
import { PolicyInputError } from './errors.js';
import { buildHistory } from './history.js';
import { clauseOrder, type ClauseId } from './ids.js';
import type { ClauseDef, StageContext, WorkLine } from './model.js';
import { fenFromYuan, yuanFromFen } from './money.js';
import { PARAMETERS } from './parameters.js';
import type { Readings } from './readings.js';
import { lineResult, type EvaluationResult, type Fingerprint, type LineResult } from './result.js';
import { Application, type Claim } from './schema.js';
import { checkApplication, parseWith, resolveOptions, type EvaluateOptions } from './validate.js';
import { VERSION } from './version.js';
import { byClauseOrder } from './constraints/lines.js';

/** The outcome of a `safe…` entry point: a result or the input error, never a throw on bad input. */
export type Outcome<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: PolicyInputError };

const REFERRAL_ORDER = { art06_1: clauseOrder('art06_2') - 0.5, art09_1: 1000, art09_2: 1001 } as const;

function initialLine(claim: Claim, ctx: StageContext): WorkLine {
  if (claim.clause === 'art06_1' || claim.clause === 'art09_1' || claim.clause === 'art09_2') {
    return {
      claim, clause: claim.clause, order: REFERRAL_ORDER[claim.clause], state: 'open', conditions: [], reasons: [], gross: 0,
      amount: 0, entitlement: 0, adjustments: [], notes: [], qualifyingDate: null, caps: [], overlapGroup: undefined,
      project: undefined, tier: undefined, basis: { topic: claim.topic }, deferred: false,
    };
  }
  const order = clauseOrder(claim.clause);
  if (claim.clause === 'art06_3') {
    return { ...settle(claim, { conditions: [], gross: 0, qualifyingDate: null, basis: {} }, order), deferred: true };
  }
  const def = CLAUSES[claim.clause] as ClauseDef<typeof claim.clause>;
  return settle(claim, (def.evaluate as (c: Claim, x: StageContext) => ReturnType<typeof def.evaluate>)(claim, ctx), order);
}

const fingerprints = new WeakMap<CompiledParameters, Map<string, Fingerprint>>();

/** The fingerprint of a parameter set and readings. */
export function fingerprintOf(params: CompiledParameters, readings: Readings): Fingerprint {
  let byReadings = fingerprints.get(params);
  if (!byReadings) fingerprints.set(params, (byReadings = new Map()));
  const key = JSON.stringify(readings);
  let fp = byReadings.get(key);
  if (!fp) {
    const sha = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');
    const values = Object.fromEntries(PARAMETERS.map((d) => [d.id, params.values[d.id] ?? null]));
    fp = { engine: 'zz-airport-ai-policy', version: VERSION, parameters: sha(values), readings: sha(readings) };
    byReadings.set(key, fp);
  }
  return fp;
}

const GENERAL_PARAMS = ['art09_7.effectiveDate', 'art09_7.validityYears', 'art09_3.budgetScale', 'rounding'];

function parametersUsed(lines: readonly WorkLine[], params: CompiledParameters): Record<string, string | null> {
  const clauses = new Set<string>(lines.map((l) => l.clause));
  const out: Record<string, string | null> = {};
  for (const def of PARAMETERS) {
    if (clauses.has(def.rule) || GENERAL_PARAMS.includes(def.id)) out[def.id] = params.values[def.id] ?? null;
  }
  return out;
}

/** Evaluates a validated application with resolved options. */
export function evaluateValidated(app: Application, params: CompiledParameters, readings: Readings): EvaluationResult {
  const ctx: StageContext = {
    application: app,
    beneficiary: app.beneficiary,
    awardYear: app.awardYear,
    baseYear: app.awardYear - 1,
    approvalDate: app.approvalDate,
    applicationDate: app.applicationDate ?? app.approvalDate,
    params,
    readings,
    history: buildHistory(app.history, readings.R9 ?? 'paid'),
  };
  const initial = app.claims.map((c) => initialLine(c, ctx)).sort(byClauseOrder);
  const lines = runPipeline(initial, ctx);
  const results: LineResult[] = lines.map(lineResult);
  let total = 0;
  for (const l of lines) if (l.state === 'open') total += l.amount;
  for (const [i, l] of lines.entries()) {
    // 三(三): an enterprise may use 10 % of the matching it receives to reward its R&D team (an annotation only).
    if (l.clause === 'art03_3' && l.state === 'open' && l.amount > 0 && app.beneficiary.legalForm === 'enterprise') {
      const share = params.rate('art03_3.teamRewardShare')!;
      const amount = Math.floor((l.amount * share.num) / share.den);
      results[i] = { ...results[i]!, notes: [...results[i]!.notes, { code: 'teamReward', rule: 'art03_3', amount: yuanFromFen(amount), share: share.text }] };
    }
  }
  const exempt = isExempt(ctx);
  const year = contributionYear(ctx);
  const contribution = app.beneficiary.districtContribution[String(year)];
  return {
    beneficiaryId: app.beneficiary.id,
    awardYear: app.awardYear,
    approvalDate: app.approvalDate,
    lines: results,
    total: yuanFromFen(total),
    window: validityWindow(ctx),
    annualCap: {
      exempt,
      contributionYear: year,
      cap: exempt || contribution === undefined ? null : yuanFromFen(Math.max(0, fenFromYuan(contribution))),
      overridden: app.annualCapOverride?.decisionRef ?? null,
    },
    notes: total > 0 ? [{ code: 'recordKeeping', rule: 'art09_6' }] : [],
    readings,
    parameters: parametersUsed(lines, params),
    fingerprint: fingerprintOf(params, readings),
  };
}

/**
 * Evaluates one application (one beneficiary, one award year).
 * @throws {@link PolicyInputError} listing every problem when the input or the options are not valid.
 */
export function evaluate(input: unknown, options?: EvaluateOptions): EvaluationResult {
  const { params, readings } = resolveOptions(options);
  const app = parseWith(Application, input);
  checkApplication(app, params);
  return evaluateValidated(app, params, readings);
}

/** Like {@link evaluate}, but returns the input error instead of throwing it. */
export function safeEvaluate(input: unknown, options?: EvaluateOptions): Outcome<EvaluationResult> {
  return guard(() => evaluate(input, options));
}

/** Runs `f`, turning a {@link PolicyInputError} into an outcome. */
export function guard<T>(f: () => T): Outcome<T> {
  try {
    return { ok: true, result: f() };
  } catch (e) {
    if (e instanceof PolicyInputError) return { ok: false, error: e };
    throw e;
  }
}

export type { ClauseId };
