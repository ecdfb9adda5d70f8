/**
 * The public entry points: each checks its input and options as the engine promises (every problem named, in zh
 * and en, never a partial result) and then runs the engine on the validated data. `evaluate`, `evaluateYears` and
 * `clawback` take typed input and throw {@link PolicyInputError}; the `safe…` entries take raw JSON and return an
 * {@link Outcome}.
 */
import { clawbackValidated, ClawbackInput, type ClawbackResult } from '../engine/clawback.js';
import { evaluateValidated } from '../engine/evaluate.js';
import type { EvaluationResult } from '../engine/result.js';
import { evaluateYearsValidated, MultiYearInput, type MultiYearResult } from '../engine/years.js';
import type { CompiledParameters } from '../policy/parameterSet.js';
import type { Application, ApplicationInput } from '../policy/input.js';
import { inputIssue, PolicyInputError } from './input/errors.js';
import { echo } from './input/issues.js';
import {
  amountBoundIssue, checkApplication, checkPaidLine, parseApplication, parseWith, resolveOptions as resolveByContent, SUMMED_AMOUNT_KEYS,
  SUMMED_AMOUNT_TABLES, type EvaluateOptions, type ResolvedOptions,
} from './input/validate.js';
import { AMOUNT_BOUND_FEN, AMOUNT_BOUND_YUAN, fenFromYuan } from '../core/money.js';
import { resetYuanTally, yuanTallyBound } from './input/fastValidate.js';

/** {@link AMOUNT_BOUND_YUAN} as a number of yuan. */
const AMOUNT_BOUND_YUAN_NUMBER = Number(AMOUNT_BOUND_YUAN);

/** The outcome of a `safe…` entry point: a result or the input error, never a throw on bad input. */
export type Outcome<T> = { readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: PolicyInputError };

/**
 * Evaluates one application (one beneficiary, one award year). The input and options are typed (a misspelt field,
 * id or option does not compile); what types cannot say (real dates, contradictions, bounds) is checked at run time.
 * For raw JSON, use {@link safeEvaluate}.
 * @throws {@link PolicyInputError} listing every problem when the input or the options are not valid.
 */
export function evaluate(input: ApplicationInput, options?: EvaluateOptions): EvaluationResult {
  return evaluateUnknown(input, options);
}

/** An options object seen before: what it held then (its parts and their entries, flattened) and what it resolved to. */
interface SeenOptions {
  readonly held: readonly unknown[];
  readonly resolved: ResolvedOptions;
}
const seenOptions = new WeakMap<object, SeenOptions>();

/**
 * What an options object holds, flattened (part, part object, then each key and value, then the count), or null
 * for anything but plain objects (resolved by content every time).
 */
function heldBy(options: object): unknown[] | null {
  if (Object.getPrototypeOf(options) !== Object.prototype) return null;
  const held: unknown[] = [];
  for (const part in options) {
    const values = (options as Record<string, unknown>)[part];
    held.push(part, values);
    if (values === undefined) continue;
    if (values === null || typeof values !== 'object' || Object.getPrototypeOf(values) !== Object.prototype) return null;
    let n = 0;
    for (const k in values) {
      held.push(k, (values as Record<string, unknown>)[k]);
      n++;
    }
    held.push(n);
  }
  return held;
}

/** True when `options` still holds what it held (same parts, keys and values, in the same order). */
function stillHolds(options: object, held: readonly unknown[]): boolean {
  let at = 0;
  for (const part in options) {
    const values = (options as Record<string, unknown>)[part];
    if (held[at++] !== part || held[at++] !== values) return false;
    if (values === undefined) continue;
    let n = 0;
    for (const k in values as object) {
      if (held[at++] !== k || held[at++] !== (values as Record<string, unknown>)[k]) return false;
      n++;
    }
    if (held[at++] !== n) return false;
  }
  return at === held.length;
}

/**
 * Resolves options once per options object (validate.ts resolves by content, which means writing a key of every
 * entry on every call): a caller that passes the same object each time (a batch, a service, a loop) pays one walk
 * of its entries. The object may have changed since: what it held is compared, and a change resolves it again.
 */
function resolveOptions(options: EvaluateOptions | undefined): ResolvedOptions {
  if (options === undefined || options === null || typeof options !== 'object') return resolveByContent(options);
  const seen = seenOptions.get(options);
  if (seen !== undefined && stillHolds(options, seen.held)) return seen.resolved;
  const resolved = resolveByContent(options);
  const held = heldBy(options);
  if (held !== null) seenOptions.set(options, { held, resolved });
  return resolved;
}

/** {@link evaluate} of a value of any type (raw JSON): the run-time checks only (for the batch and the service). @internal */
export function evaluateUnknown(input: unknown, options: unknown): EvaluationResult {
  const { params, readings } = resolveOptions(options as EvaluateOptions | undefined);
  return evaluateValidated(validApplication(input, params, true), params, readings);
}

/**
 * {@link evaluate} with the performance shortcuts switched on or off: `fast` (the generated validator, else the
 * full zod path every time) and `skipUnchanged` (pipeline stages that would change nothing are skipped). The
 * results are the same either way, which test/properties checks.
 * @internal
 */
export function evaluateWith(
  input: unknown,
  options: EvaluateOptions | undefined,
  shortcuts: { readonly fast: boolean; readonly skipUnchanged: boolean },
): EvaluationResult {
  const { params, readings } = resolveOptions(options);
  return evaluateValidated(validApplication(input, params, shortcuts.fast), params, readings, shortcuts.skipUnchanged);
}

/** Parses and cross-checks an application. */
function validApplication(input: unknown, params: CompiledParameters, fast: boolean): Application {
  resetYuanTally();
  const app = parseApplication(input, fast);
  if (app === input) {
    // The fast path (zod always returns a copy). On a cross-field problem, report it from zod's data, whose key
    // order (the schema's) fixes the order of the issues.
    try {
      // The bound on the amounts: an input whose amounts, as the fast checker saw them, are too few and too short
      // to reach it needs no walk (fastValidate.ts, yuanTallyBound); else a walk that builds no paths; only an input
      // past the bound takes the full check, which names the field (same issues, same order).
      checkApplication(app, params, false);
      if (yuanTallyBound() > AMOUNT_BOUND_YUAN_NUMBER && amountsOver(app, 0) > AMOUNT_BOUND_FEN) checkApplication(app, params);
      return app;
    } catch (e) {
      if (e instanceof PolicyInputError) return validApplication(input, params, false);
      throw e;
    }
  }
  checkApplication(app, params);
  return app;
}

/**
 * Σ |fen| of the amounts the engine adds up (validate.ts's SUMMED_AMOUNT_KEYS and SUMMED_AMOUNT_TABLES, walked as
 * amountBoundIssue walks them, depth included), stopping once past the bound. Performance only: amountBoundIssue
 * makes a path closure at every key; this walk makes none, and amountBoundIssue runs only when the sum is over.
 * For input the fast checker accepted only (plain objects and arrays).
 */
function amountsOver(value: unknown, depth: number, total = 0): number {
  if (depth > 8 || value === null || typeof value !== 'object') return total;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && total <= AMOUNT_BOUND_FEN; i++) total = amountsOver(value[i], depth + 1, total);
    return total;
  }
  // for…in sees the same keys as Object.keys here without making an array: the fast checker accepted the input,
  // so every object is plain and Object.prototype has no enumerable key.
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'string') {
      if (SUMMED_AMOUNT_KEYS.has(key)) total += Math.abs(fenFromYuan(v));
    } else if (v === null || typeof v !== 'object') {
      continue;
    } else if (SUMMED_AMOUNT_TABLES.has(key)) {
      for (const year in v) {
        const yuan = (v as Record<string, unknown>)[year];
        if (typeof yuan === 'string') total += Math.abs(fenFromYuan(yuan));
      }
    } else total = amountsOver(v, depth + 1, total);
    if (total > AMOUNT_BOUND_FEN) break;
  }
  return total;
}

/**
 * The entry for raw JSON: like {@link evaluate}, but for an input and options of any type (parsed from a file, a
 * request, another language), and it returns the input error instead of throwing it.
 */
export function safeEvaluate(input: unknown, options?: unknown): Outcome<EvaluationResult> {
  return guard(() => evaluateUnknown(input, options));
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

/**
 * Evaluates a sequence of award years (typed input; for raw JSON use {@link safeEvaluateYears}).
 * @throws {@link PolicyInputError} when any year's input is not valid (no year is evaluated then).
 */
export function evaluateYears(input: MultiYearInput, options?: EvaluateOptions): MultiYearResult {
  return evaluateYearsUnknown(input, options);
}

/** {@link evaluateYears} of values of any type (raw JSON). @internal */
export function evaluateYearsUnknown(input: unknown, options: unknown): MultiYearResult {
  const { params, readings } = resolveOptions(options as EvaluateOptions | undefined);
  const data = parseWith(MultiYearInput, input);
  const issues: PolicyInputError['issues'][number][] = [];
  let previous = -Infinity;
  data.years.forEach((year, i) => {
    if (year.awardYear < previous) {
      issues.push(inputIssue(`years[${i}].awardYear`, 'contradiction', { rule: 'yearsOutOfOrder', received: echo(year.awardYear), against: String(previous) }));
    }
    previous = year.awardYear;
    try {
      checkApplication({ ...year, beneficiary: data.beneficiary, history: data.history }, params, false);
    } catch (e) {
      if (!(e instanceof PolicyInputError)) throw e;
      issues.push(...e.issues.map((x) => ({ ...x, path: x.path.startsWith('beneficiary') || x.path.startsWith('history') ? x.path : `years[${i}].${x.path}` })));
    }
  });
  // The bound on the amounts (money.ts) holds for the whole input: every year's payments feed the next year's history.
  const over = amountBoundIssue(data);
  if (over) issues.push(over);
  if (issues.length > 0) throw new PolicyInputError(dedupe(issues));
  return evaluateYearsValidated(data, params, readings);
}

function dedupe<T extends { path: string; code: string }>(issues: T[]): T[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}|${i.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The entry for raw JSON: like {@link evaluateYears}, for values of any type, returning the input error instead of throwing it. */
export function safeEvaluateYears(input: unknown, options?: unknown): Outcome<MultiYearResult> {
  return guard(() => evaluateYearsUnknown(input, options));
}

/**
 * Computes the refund after a finding (typed input; for raw JSON use {@link safeClawback}).
 * @throws {@link PolicyInputError} when the input is not valid.
 */
export function clawback(input: ClawbackInput, options?: EvaluateOptions): ClawbackResult {
  return clawbackUnknown(input, options);
}

/** {@link clawback} of values of any type (raw JSON). @internal */
export function clawbackUnknown(input: unknown, options: unknown): ClawbackResult {
  const { readings } = resolveOptions(options as EvaluateOptions | undefined);
  const data = parseWith(ClawbackInput, input);
  const issues: PolicyInputError['issues'][number][] = [];
  data.history.forEach((h, i) => checkPaidLine(h, `history[${i}]`, Number(data.finding.confirmedOn.slice(0, 4)), issues));
  const over = amountBoundIssue(data);
  if (over) issues.push(over);
  if (issues.length > 0) throw new PolicyInputError(issues);
  return clawbackValidated(data, readings);
}

/** The entry for raw JSON: like {@link clawback}, for values of any type, returning the input error instead of throwing it. */
export function safeClawback(input: unknown, options?: unknown): Outcome<ClawbackResult> {
  return guard(() => clawbackUnknown(input, options));
}
