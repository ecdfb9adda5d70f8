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
import { AWARD_LINES, clauseOrder, type ClauseId } from '../policy/ids.js';
import type { ClauseDef, StageContext, WorkLine } from '../policy/model.js';
import { fenFromYuan, yuanFromFen, ZERO_FEN, type Fen, addFen, maxFen, applyRate } from '../core/money.js';
import { PARAMETER_FACTS as PARAMETERS } from '../policy/parameters.js';
import type { Readings } from '../policy/readings.js';
import { lineResult, type EvaluationResult, type Fingerprint, type LineResult, type NoteResult } from './result.js';
import type { Application, Claim } from '../policy/input.js';
import { VERSION } from '../core/version.js';
import { sha256Hex } from '../core/sha256.js';
import { byClauseOrder, withFields } from '../constraints/lines.js';

const REFERRAL_ORDER = { art06_1: clauseOrder('art06_2') - 0.5, art09_1: 1000, art09_2: 1001 } as const;

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

/**
 * Sorts lines in clause-id order (byClauseOrder, a total order: claim ids are unique), in place. Batches are
 * small, and an insertion sort of a few lines costs less than calling the built-in sort.
 */
function sortLines(lines: WorkLine[]): void {
  if (lines.length > 16) {
    lines.sort(byClauseOrder);
    return;
  }
  for (let i = 1; i < lines.length; i++) {
    const x = lines[i]!;
    let j = i - 1;
    while (j >= 0 && byClauseOrder(lines[j]!, x) > 0) {
      lines[j + 1] = lines[j]!;
      j--;
    }
    lines[j + 1] = x;
  }
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
    // A pure SHA-256 (core/sha256.ts): the same digest as node:crypto, and it runs in a browser too.
    const sha = (v: unknown) => sha256Hex(JSON.stringify(v));
    const values = Object.fromEntries(PARAMETERS.map((d) => [d.id, params.values[d.id] ?? null]));
    // Frozen: one fingerprint is shared by every result of the same options (results share nothing mutable).
    const source = params.version.source;
    fp = Object.freeze({
      engine: 'zz-airport-ai-policy', version: VERSION, parameters: sha(values), readings: sha(readings),
      ...(source === undefined ? {} : { policyVersion: Object.freeze({ id: source.id, changes: sha(source.changes) }) }),
    });
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

/** One bit per line kind (award lines and referral items), by the line's `order`, to key a set of clauses. */
const BIT_OF_ORDER = new Map<number, number>([
  ...AWARD_LINES.map((id, i) => [clauseOrder(id), i] as const),
  ...Object.values(REFERRAL_ORDER).map((order, i) => [order, AWARD_LINES.length + i] as const),
]);

/** Per parameter set: the parameters a set of clauses relies on (frozen, shared by results), by the set's bits. */
const usedByParams = new WeakMap<CompiledParameters, Map<number, Readonly<Record<string, string | null>>>>();

function parametersUsed(lines: readonly WorkLine[], params: CompiledParameters): Readonly<Record<string, string | null>> {
  let bits = 0;
  for (const l of lines) {
    const bit = BIT_OF_ORDER.get(l.order);
    if (bit === undefined) return usedBy(lines, params);
    bits |= 1 << bit;
  }
  let used = usedByParams.get(params);
  if (!used) usedByParams.set(params, (used = new Map()));
  let template = used.get(bits);
  if (!template) {
    template = usedBy(lines, params);
    if (used.size >= 4096) used.clear();
    used.set(bits, template);
  }
  return template;
}

/** The values of the parameters the lines' clauses rely on, in the order of PARAMETERS (frozen). */
function usedBy(lines: readonly WorkLine[], params: CompiledParameters): Readonly<Record<string, string | null>> {
  const clauses = new Set<string>(lines.map((l) => l.clause));
  const out: Record<string, string | null> = {};
  for (const p of PARAMETER_RULES) if (p.general || clauses.has(p.rule)) out[p.id] = params.values[p.id] ?? null;
  // Frozen and shared between results, like the readings object (both are typed read-only).
  return Object.freeze(out);
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
  sortLines(initial);
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
