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
import { checkApplication, parseApplication, resolveOptions, type EvaluateOptions } from './validate.js';
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

const fingerprints = new WeakMap<CompiledParameters, { byKey: Map<string, Fingerprint>; byObject: WeakMap<Readings, Fingerprint> }>();

/** The fingerprint of a parameter set and readings (computed once per parameter set and readings). */
export function fingerprintOf(params: CompiledParameters, readings: Readings): Fingerprint {
  let cache = fingerprints.get(params);
  if (!cache) fingerprints.set(params, (cache = { byKey: new Map(), byObject: new WeakMap() }));
  // Readings objects from resolveOptions are frozen, so the object itself can key the cache.
  const frozen = Object.isFrozen(readings);
  let fp = frozen ? cache.byObject.get(readings) : undefined;
  if (fp) return fp;
  const key = JSON.stringify(readings);
  fp = cache.byKey.get(key);
  if (!fp) {
    const sha = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');
    const values = Object.fromEntries(PARAMETERS.map((d) => [d.id, params.values[d.id] ?? null]));
    fp = { engine: 'zz-airport-ai-policy', version: VERSION, parameters: sha(values), readings: sha(readings) };
    cache.byKey.set(key, fp);
  }
  if (frozen) cache.byObject.set(readings, fp);
  return fp;
}

const GENERAL_PARAMS = new Set(['art09_7.effectiveDate', 'art09_7.validityYears', 'art09_3.budgetScale', 'rounding']);

/** For each parameter, in the order of PARAMETERS: its id and whether it is general (listed in every result). */
const PARAMETER_RULES: readonly { readonly id: string; readonly rule: string; readonly general: boolean }[] = PARAMETERS.map((d) => ({
  id: d.id,
  rule: d.rule,
  general: GENERAL_PARAMS.has(d.id),
}));

/** Per parameter set: the parameters a set of clauses relies on (a template copied into each result), by key. */
const usedByParams = new WeakMap<CompiledParameters, Map<string, Readonly<Record<string, string | null>>>>();

function parametersUsed(lines: readonly WorkLine[], params: CompiledParameters): Record<string, string | null> {
  // Lines are in clause order, so equal sets of clauses give equal keys.
  let key = '';
  let last = '';
  for (const l of lines) {
    if (l.clause !== last) key += `${(last = l.clause)},`;
  }
  let used = usedByParams.get(params);
  if (!used) usedByParams.set(params, (used = new Map()));
  let template = used.get(key);
  if (!template) {
    const clauses = new Set<string>(lines.map((l) => l.clause));
    const out: Record<string, string | null> = {};
    for (const p of PARAMETER_RULES) if (p.general || clauses.has(p.rule)) out[p.id] = params.values[p.id] ?? null;
    template = out;
    if (used.size >= 4096) used.clear();
    used.set(key, template);
  }
  return { ...template };
}

const windows = new WeakMap<CompiledParameters, { readonly start: string; readonly end: string }>();

/** The validity window of a parameter set, as a fresh object (computed once per parameter set). */
function windowOf(params: CompiledParameters): { start: string; end: string } {
  let w = windows.get(params);
  if (!w) windows.set(params, (w = validityWindow({ params })));
  return { start: w.start, end: w.end };
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
  const results: LineResult[] = [];
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    results.push(lineResult(l));
    if (l.state === 'open') total += l.amount;
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
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
    window: windowOf(params),
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
  return evaluateValidated(validApplication(input, params, true), params, readings);
}

/**
 * {@link evaluate} with the fast validation path switched on or off (`fast: false` is the full zod path every
 * time); the results are the same, which test/properties checks.
 * @internal
 */
export function evaluateWith(input: unknown, options: EvaluateOptions | undefined, fast: boolean): EvaluationResult {
  const { params, readings } = resolveOptions(options);
  return evaluateValidated(validApplication(input, params, fast), params, readings);
}

/** Parses and cross-checks an application. */
function validApplication(input: unknown, params: CompiledParameters, fast: boolean): Application {
  const app = parseApplication(input, fast);
  if (app === input) {
    // The fast path (zod always returns a copy). On a cross-field problem, report it from zod's data, whose key
    // order (the schema's) fixes the order of the issues.
    try {
      checkApplication(app, params);
      return app;
    } catch (e) {
      if (e instanceof PolicyInputError) return validApplication(input, params, false);
      throw e;
    }
  }
  checkApplication(app, params);
  return app;
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
