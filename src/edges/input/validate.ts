/**
 * Validation at the public entry points: prototype-poisoning keys, the zod schema, then the checks that need
 * more than one field (contradictory dates, duplicates, an award year before the policy took effect). Every
 * problem is collected; any problem means no result.
 */
import type { PolicyVersion } from '../../policy/versions.js';
import { checkVersion } from './versionFile.js';
import * as z from 'zod/mini';
import { type CompiledParameters } from '../../policy/parameterSet.js';
import { compileParameters } from './parameterValues.js';
import { onOrBefore, yearOf } from '../../core/dates.js';
import { forbiddenKeys, fromZodIssues, PolicyInputError, type InputIssue, inputIssue } from './errors.js';
import { echo } from './issues.js';
import { AMOUNT_BOUND_FEN, AMOUNT_BOUND_YUAN, fenFromYuan } from '../../core/money.js';
import type { ParameterOverrides } from '../../policy/parameters.js';
import { DEFAULT_READINGS, READING_FACTS, readingFact, type ReadingChoices, type Readings } from '../../policy/readings.js';
import { unknownName } from './suggest.js';
import { fastChecker, fastCopier } from './fastValidate.js';
import { Application as ApplicationSchema, type Application, type Beneficiary, type PaidLine } from '../../policy/input.js';

/**
 * Options of an evaluation: parameter values and readings that differ from the defaults. Ids and options are
 * typed (a misspelt id or option does not compile); callers from JSON are checked at run time just the same.
 */
export interface EvaluateOptions {
  /** Parameter values by id (see `PARAMETERS`), e.g. `{ 'art02_1.ratio': '0.5' }`. */
  readonly parameters?: ParameterOverrides;
  /** Readings by register id, e.g. `{ 'A9.3.2': 'a' }`. */
  readonly readings?: ReadingChoices;
  /**
   * A version of the policy: dated values on top of the draft's (policy/versions.ts). Each line takes the values in
   * force on its qualifying-fact date (A9.6.1; `approvalDate` reads them on the approval date); `parameters` apply
   * on every date, on top.
   */
  readonly version?: PolicyVersion;
}

const issue = inputIssue;

/** The full path: forbidden keys, then zod, every problem as one {@link PolicyInputError}. */
function parseSlow<S extends z.core.$ZodType>(schema: S, input: unknown, prefix: string): z.output<S> {
  const poisoned = forbiddenKeys(input);
  if (poisoned.length > 0) throw new PolicyInputError(poisoned);
  const parsed = z.safeParse(schema, input);
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, input);
    throw new PolicyInputError(prefix ? issues.map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix })) : issues);
  }
  return parsed.data;
}

const checkers = new WeakMap<z.core.$ZodType, (value: unknown) => boolean>();

/** The fast checker of a schema (fastValidate.ts), compiled once. */
function checkerOf(schema: z.core.$ZodType): (value: unknown) => boolean {
  let check = checkers.get(schema);
  if (!check) checkers.set(schema, (check = fastChecker(schema)));
  return check;
}

/**
 * Parses input against a schema, throwing one {@link PolicyInputError} with every problem. Input the fast
 * checker accepts is copied as zod would copy it; anything else takes the full path, so errors are zod's.
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  if (checkerOf(schema)(input)) return fastCopier(schema)(input) as z.output<S>;
  return parseSlow(schema, input, prefix);
}

/**
 * Parses an application for {@link evaluate}: input the fast checker accepts is used as it is (zod would return
 * an equal copy, and an evaluation neither mutates its input nor puts input objects into its result); anything
 * else takes the full path. `fast: false` forces the full path (tests compare the two).
 */
export function parseApplication(input: unknown, fast = true): Application {
  if (fast && checkerOf(ApplicationSchema)(input)) return input as Application;
  return parseSlow(ApplicationSchema, input, '');
}

/** Compiled parameters and readings in force. */
export interface ResolvedOptions {
  readonly params: CompiledParameters;
  readonly readings: Readings;
}

let defaults: ResolvedOptions | undefined;
const resolved = new Map<string, ResolvedOptions>();

/**
 * A key that identifies options made only of plain objects of string (or null) values, or null for anything
 * else (which is then validated in full every time). Equal keys resolve to equal options.
 */
function optionsKey(options: EvaluateOptions): string | null {
  if (!isPlainObject(options)) return null;
  let key = '';
  for (const part in options) {
    if (part !== 'parameters' && part !== 'readings') return null; // a version is checked on every call
    const values = (options as Record<string, unknown>)[part];
    if (values === undefined) continue;
    if (!isPlainObject(values)) return null;
    const entries: string[] = [];
    for (const id in values) {
      const v = values[id];
      if (FORBIDDEN_KEYS.has(id) || !(typeof v === 'string' || (v === null && part === 'parameters'))) return null;
      entries.push(JSON.stringify([id, v]));
    }
    key += `${part}:${entries.sort().join(',')};`;
  }
  return key;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An object that is not an array (of any prototype: a class instance or a null-prototype map is fine). */
function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * Validates options; returns the compiled parameters and the readings in force. Options seen before (by
 * content) are resolved once and reused; the readings object is frozen, so sharing it is safe.
 */
export function resolveOptions(options: EvaluateOptions | undefined): ResolvedOptions {
  if (options === undefined) return (defaults ??= resolveUncached(undefined));
  // Options are validated like input: the caller may be untyped (JSON, another language through the service).
  const key = optionsKey(options);
  if (key === null) return resolveUncached(options);
  let hit = resolved.get(key);
  if (!hit) {
    hit = resolveUncached(options);
    if (resolved.size >= 1000) resolved.clear();
    resolved.set(key, hit);
  }
  return hit;
}

const OPTION_KEYS = ['parameters', 'readings', 'version'] as const;

function resolveUncached(options: unknown): ResolvedOptions {
  if (options === undefined) options = {};
  if (!isRecord(options)) {
    throw new PolicyInputError([issue('options', 'invalid', { rule: 'expected', expected: { kind: 'format', format: 'options' }, received: echo(options) })]);
  }
  const poisoned = forbiddenKeys(options);
  if (poisoned.length > 0) throw new PolicyInputError(poisoned);
  const issues: InputIssue[] = [];
  for (const key of Object.keys(options)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) issues.push(unknownName(`options.${key}`, 'option', key, OPTION_KEYS));
  }
  const parts: Record<string, Record<string, unknown>> = {};
  let version: PolicyVersion | undefined;
  if (options.version !== undefined) {
    const checked = checkVersion(options.version, 'version');
    issues.push(...checked.issues);
    version = checked.version;
  }
  for (const part of ['parameters', 'readings'] as const) {
    const value = options[part];
    if (value === undefined) continue;
    if (!isRecord(value)) {
      const format = part === 'parameters' ? 'parameterMap' : 'readingMap';
      issues.push(issue(part, 'invalid', { rule: 'expected', expected: { kind: 'format', format }, received: echo(value) }));
      continue;
    }
    parts[part] = value;
  }
  const readings: Record<string, string> = { ...DEFAULT_READINGS };
  for (const [id, choice] of Object.entries(parts.readings ?? {})) {
    const def = readingFact(id);
    if (!def) {
      issues.push(unknownName(`readings.${id}`, 'readingId', id, READING_FACTS.map((d) => d.id)));
    } else if (typeof choice !== 'string' || !def.options.includes(choice)) {
      const values = def.options.map((o) => JSON.stringify(o));
      issues.push(issue(`readings.${id}`, 'invalid', { rule: 'expected', expected: { kind: 'oneOf', values }, received: echo(choice) }));
    } else {
      readings[id] = choice;
    }
  }
  let params: CompiledParameters | undefined;
  try {
    params = compileParameters(parts.parameters ?? {}, version);
  } catch (e) {
    if (e instanceof PolicyInputError) issues.push(...e.issues);
    else throw e;
  }
  // A3.3.2 b divides the district's amount by the provincial ratio: below 0.1 it would multiply the higher-level
  // money more than tenfold (and by 0 it is undefined), past the bounds within which sums stay exact (money.ts).
  if (params && readings['A3.3.2'] === 'b') {
    const ratio = params.rate('art03_3.ratioProvincial')!;
    if (ratio.num * 10 < ratio.den) {
      issues.push(issue('parameters.art03_3.ratioProvincial', 'outOfRange', { rule: 'ratioProvincial', min: '0.1', received: echo(ratio.text) }));
    }
  }
  if (issues.length > 0 || !params) throw new PolicyInputError(issues);
  return { params, readings: Object.freeze(readings) as Readings };
}

/**
 * Reports every date field (a key ending in `On`; one level, and one level of nested objects and of objects in
 * lists) of `value` that is after `limit`. Paths are built only for the fields reported.
 */
function lateDates(value: object, limit: string, at: (key: string) => string, issues: InputIssue[], depth = 0): void {
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = (value as Record<string, unknown>)[k];
    if (typeof v === 'string' && k.endsWith('On')) {
      if (!onOrBefore(v, limit)) {
        issues.push(issue(at(k), 'contradiction', { rule: 'factAfterApproval', received: echo(v), against: limit }));
      }
    } else if (depth === 0 && v !== null && typeof v === 'object') {
      if (!Array.isArray(v)) {
        lateDates(v, limit, (kk) => `${at(k)}.${kk}`, issues, 1);
        continue;
      }
      // A subject's list (selections, titles, recognitions, tranches): each item's dates.
      for (let j = 0; j < v.length; j++) {
        const item: unknown = v[j];
        if (item !== null && typeof item === 'object') lateDates(item, limit, (kk) => `${at(k)}[${j}].${kk}`, issues, 1);
      }
    }
  }
}

/** Checks across fields of the beneficiary and history. */
export function checkBeneficiary(b: Beneficiary, approvalDate: string, prefix: string, issues: InputIssue[]): void {
  (b.fraudFindings ?? []).forEach((f, i) => {
    if (f.liftedOn !== undefined && !onOrBefore(f.confirmedOn, f.liftedOn)) {
      issues.push(issue(`${prefix}.fraudFindings[${i}].liftedOn`, 'contradiction', { rule: 'liftedBeforeConfirmed', received: echo(f.liftedOn), against: f.confirmedOn }));
    }
  });
  (b.otherDistrictSupport ?? []).forEach((s, i) => {
    if (!onOrBefore(s.paidOn, approvalDate)) {
      issues.push(issue(`${prefix}.otherDistrictSupport[${i}].paidOn`, 'contradiction', { rule: 'paidAfterApproval', received: echo(s.paidOn), against: approvalDate }));
    }
  });
}

/** Checks one earlier paid line. */
export function checkPaidLine(h: PaidLine, path: string, awardYear: number, issues: InputIssue[]): void {
  if (h.awardYear > awardYear) {
    issues.push(issue(`${path}.awardYear`, 'contradiction', { rule: 'historyYearAfter', received: echo(h.awardYear), against: String(awardYear) }));
  }
  const paid = fenFromYuan(h.paid);
  if (paid > fenFromYuan(h.entitlement)) {
    issues.push(issue(`${path}.paid`, 'contradiction', { rule: 'paidOverEntitlement', received: echo(h.paid), against: h.entitlement }));
  }
  if (h.refunded !== undefined && fenFromYuan(h.refunded) > paid) {
    issues.push(issue(`${path}.refunded`, 'contradiction', { rule: 'refundedOverPaid', received: echo(h.refunded), against: h.paid }));
  }
  if (h.paidOn !== undefined && yearOf(h.paidOn) < h.awardYear) {
    issues.push(issue(`${path}.paidOn`, 'contradiction', { rule: 'paidBeforeAwardYear', received: echo(h.paidOn), against: String(h.awardYear) }));
  }
}

/**
 * Checks across fields of one application. Throws with every problem found. `amountBound: false` leaves the bound
 * on the sum of the amounts to a caller that checks a larger input as a whole (a multi-year input).
 */
export function checkApplication(app: Application, params: CompiledParameters, amountBound = true): void {
  const issues: InputIssue[] = [];
  const effective = params.date('art09_7.effectiveDate');
  if (app.awardYear < yearOf(effective)) {
    issues.push(issue('awardYear', 'outOfRange', { rule: 'beforeEffect', min: effective, received: echo(app.awardYear) }));
  }
  if (yearOf(app.approvalDate) !== app.awardYear) {
    issues.push(issue('approvalDate', 'contradiction', { rule: 'approvalOutsideYear', received: echo(app.approvalDate), against: String(app.awardYear) }));
  }
  if (app.applicationDate !== undefined && !onOrBefore(app.applicationDate, app.approvalDate)) {
    issues.push(issue('applicationDate', 'contradiction', { rule: 'applicationAfterApproval', received: echo(app.applicationDate), against: app.approvalDate }));
  }
  checkBeneficiary(app.beneficiary, app.approvalDate, 'beneficiary', issues);
  const ids = new Set<string>();
  for (let i = 0; i < app.claims.length; i++) {
    const c = app.claims[i]!;
    if (ids.has(c.id)) issues.push(issue(`claims[${i}].id`, 'duplicate', { rule: 'claimId', received: echo(c.id) }));
    ids.add(c.id);
    lateDates(c, app.approvalDate, (k) => `claims[${i}].${k}`, issues);
    if (c.clause === 'art03_3') {
      c.disbursements.forEach((d, k) => {
        if (d.calendarYear > app.awardYear) {
          issues.push(issue(`claims[${i}].disbursements[${k}].calendarYear`, 'contradiction', { rule: 'disbursedAfterYear', received: echo(d.calendarYear), against: String(app.awardYear) }));
        }
      });
    }
    if (c.clause === 'art08_3' && fenFromYuan(c.costBorneByHost) > fenFromYuan(c.totalCost)) {
      issues.push(issue(`claims[${i}].costBorneByHost`, 'contradiction', { rule: 'hostCostOverTotal', received: echo(c.costBorneByHost), against: c.totalCost }));
    }
  }
  // A project's audited investment, wherever it is given (its record, any of its claims: D1), is one figure.
  const investment = new Map<string, { readonly fen: number; readonly yuan: string; readonly path: string }>();
  const sameInvestment = (projectId: string, yuan: string, path: string) => {
    const fen = fenFromYuan(yuan);
    const first = investment.get(projectId);
    if (first === undefined) investment.set(projectId, { fen, yuan, path });
    else if (first.fen !== fen) {
      issues.push(issue(path, 'contradiction', { rule: 'investmentDiffers', received: echo(yuan), against: first.yuan, subject: projectId, otherPath: first.path }));
    }
  };
  const projectIds = new Set<string>();
  (app.projects ?? []).forEach((p, i) => {
    if (projectIds.has(p.id)) issues.push(issue(`projects[${i}].id`, 'duplicate', { rule: 'projectId', received: echo(p.id) }));
    projectIds.add(p.id);
    if (p.auditedInvestment !== undefined) sameInvestment(p.id, p.auditedInvestment, `projects[${i}].auditedInvestment`);
  });
  for (let i = 0; i < app.claims.length; i++) {
    const c = app.claims[i] as { subjectId: string; projectId?: string; auditedInvestment?: string };
    if (c.auditedInvestment !== undefined) sameInvestment(c.projectId ?? c.subjectId, c.auditedInvestment, `claims[${i}].auditedInvestment`);
  }
  (app.history ?? []).forEach((h, i) => checkPaidLine(h, `history[${i}]`, app.awardYear, issues));
  if (amountBound) {
    const over = amountBoundIssue(app);
    if (over) issues.push(over);
  }
  if (issues.length > 0) throw new PolicyInputError(issues);
}

/**
 * Fields whose value is an amount in yuan that the engine adds up. The amounts it only compares with a sum (a
 * district contribution, an audited investment) are not counted: they bound a sum, they do not enter one.
 */
export const SUMMED_AMOUNT_KEYS: ReadonlySet<string> = new Set([
  'amount', 'approvedAmount', 'constructionCost', 'evaluationRelatedFees', 'equipmentPurchased', 'softwarePurchased',
  'equipmentOrSoftwareLeasedPaid', 'decorationCost', 'otherCosts', 'totalCost', 'costBorneByHost', 'superiorFunding',
  'entitlement', 'paid', 'refunded',
]);
/** By-year tables whose values are amounts in yuan that the engine adds up. */
export const SUMMED_AMOUNT_TABLES: ReadonlySet<string> = new Set(['dataServiceRevenue', 'operatingCost', 'serviceRevenue']);
/** The amount fields that bound a sum and are not counted. */
export const COMPARED_AMOUNT_KEYS: ReadonlySet<string> = new Set(['auditedInvestment', 'districtContribution']);
const AMOUNT_KEYS = SUMMED_AMOUNT_KEYS;
const AMOUNT_TABLES = SUMMED_AMOUNT_TABLES;

/**
 * The bound on the amounts of one input (money.ts): the sum of the amounts the engine adds up is at most
 * {@link AMOUNT_BOUND_YUAN}. Returns the problem at the field where the sum passes the bound, or null. Reads
 * validated input: every value at an amount key is a yuan string.
 */
export function amountBoundIssue(input: unknown): InputIssue | null {
  let total = 0;
  let over: string | null = null;
  const add = (yuan: string, path: () => string): void => {
    const fen = fenFromYuan(yuan);
    total += fen < 0 ? -fen : fen;
    if (total > AMOUNT_BOUND_FEN && over === null) over = path();
  };
  const walk = (value: unknown, path: () => string, depth: number): void => {
    if (over !== null || depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walk(value[i], () => `${path()}[${i}]`, depth + 1);
      return;
    }
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      const at = () => (path() === '' ? key : `${path()}.${key}`);
      if (typeof v === 'string' && AMOUNT_KEYS.has(key)) add(v, at);
      else if (AMOUNT_TABLES.has(key) && v !== null && typeof v === 'object') {
        for (const [year, yuan] of Object.entries(v)) if (typeof yuan === 'string') add(yuan, () => `${at()}.${year}`);
      } else walk(v, at, depth + 1);
      if (over !== null) return;
    }
  };
  walk(input, () => '', 0);
  if (over === null) return null;
  return issue(over, 'outOfRange', { rule: 'amountSum', max: AMOUNT_BOUND_YUAN });
}
