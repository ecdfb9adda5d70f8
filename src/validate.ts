/**
 * Validation at the public entry points: prototype-poisoning keys, the zod schema, then the checks that need
 * more than one field (contradictory dates, duplicates, an award year before the policy took effect). Every
 * problem is collected; any problem means no result.
 */
import type { z } from 'zod';
import { compileParameters, type CompiledParameters } from './compile.js';
import { onOrBefore, yearOf } from './dates.js';
import { forbiddenKeys, fromZodIssues, PolicyInputError, type InputIssue } from './errors.js';
import { fenFromYuan } from './money.js';
import { DEFAULT_READINGS, readingDef, type Readings } from './readings.js';
import { fastChecker, fastCopier } from './fastValidate.js';
import { Application as ApplicationSchema, type Application, type Beneficiary, type PaidLine } from './schema.js';

/** Options of an evaluation: parameter values and readings that differ from the defaults. */
export interface EvaluateOptions {
  /** Parameter values by id (see `PARAMETERS`), e.g. `{ 'art02_1.ratio': '0.5' }`. */
  readonly parameters?: Readonly<Record<string, string | null>>;
  /** Readings by register id, e.g. `{ 'A9.3.2': 'a' }`. */
  readonly readings?: Readonly<Record<string, string>>;
}

const issue = (path: string, code: string, zh: string, en: string): InputIssue => ({ path, code, message: { zh, en } });

/** The full path: forbidden keys, then zod, every problem as one {@link PolicyInputError}. */
function parseSlow<S extends z.ZodType>(schema: S, input: unknown, prefix: string): z.output<S> {
  const poisoned = forbiddenKeys(input);
  if (poisoned.length > 0) throw new PolicyInputError(poisoned);
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues);
    throw new PolicyInputError(prefix ? issues.map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix })) : issues);
  }
  return parsed.data;
}

const checkers = new WeakMap<z.ZodType, (value: unknown) => boolean>();

/** The fast checker of a schema (fastValidate.ts), compiled once. */
function checkerOf(schema: z.ZodType): (value: unknown) => boolean {
  let check = checkers.get(schema);
  if (!check) checkers.set(schema, (check = fastChecker(schema)));
  return check;
}

/**
 * Parses input against a schema, throwing one {@link PolicyInputError} with every problem. Input the fast
 * checker accepts is copied as zod would copy it; anything else takes the full path, so errors are zod's.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
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
    if (part !== 'parameters' && part !== 'readings') return null;
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

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * Validates options; returns the compiled parameters and the readings in force. Options seen before (by
 * content) are resolved once and reused; the readings object is frozen, so sharing it is safe.
 */
export function resolveOptions(options: EvaluateOptions | undefined): ResolvedOptions {
  if (options === undefined) return (defaults ??= resolveUncached(undefined));
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

function resolveUncached(options: EvaluateOptions | undefined): ResolvedOptions {
  const issues: InputIssue[] = [];
  const poisoned = forbiddenKeys(options ?? {});
  if (poisoned.length > 0) throw new PolicyInputError(poisoned);
  const readings: Record<string, string> = { ...DEFAULT_READINGS };
  for (const [id, choice] of Object.entries(options?.readings ?? {})) {
    const def = readingDef(id);
    if (!def) {
      issues.push(issue(`readings.${id}`, 'unknownKey', `未知的解读编号“${id}”`, `unknown reading id "${id}"`));
    } else if (typeof choice !== 'string' || !Object.prototype.hasOwnProperty.call(def.options, choice)) {
      const allowed = Object.keys(def.options).join(', ');
      issues.push(issue(`readings.${id}`, 'invalid', `应为以下之一：${allowed}`, `expected one of: ${allowed}`));
    } else {
      readings[id] = choice;
    }
  }
  let params: CompiledParameters | undefined;
  try {
    params = compileParameters(options?.parameters ?? {});
  } catch (e) {
    if (e instanceof PolicyInputError) issues.push(...e.issues);
    else throw e;
  }
  if (issues.length > 0 || !params) throw new PolicyInputError(issues);
  return { params, readings: Object.freeze(readings) };
}

/**
 * Reports every date field (a key ending in `On`; one level, and one level of nested objects) of `value` that is
 * after `limit`. Paths are built only for the fields reported.
 */
function lateDates(value: object, limit: string, at: (key: string) => string, issues: InputIssue[], depth = 0): void {
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = (value as Record<string, unknown>)[k];
    if (typeof v === 'string' && k.endsWith('On')) {
      if (!onOrBefore(v, limit)) {
        issues.push(issue(at(k), 'contradiction', `事实日期 ${v} 晚于审批日期 ${limit}`, `fact date ${v} is after the approval date ${limit}`));
      }
    } else if (depth === 0 && v !== null && typeof v === 'object' && !Array.isArray(v)) {
      lateDates(v, limit, (kk) => `${at(k)}.${kk}`, issues, 1);
    }
  }
}

/** Checks across fields of the beneficiary and history. */
export function checkBeneficiary(b: Beneficiary, approvalDate: string, prefix: string, issues: InputIssue[]): void {
  (b.fraudFindings ?? []).forEach((f, i) => {
    if (f.liftedOn !== undefined && !onOrBefore(f.confirmedOn, f.liftedOn)) {
      issues.push(issue(`${prefix}.fraudFindings[${i}].liftedOn`, 'contradiction', '解除日期早于查实日期', 'lifted before it was confirmed'));
    }
  });
  (b.otherDistrictSupport ?? []).forEach((s, i) => {
    if (!onOrBefore(s.paidOn, approvalDate)) {
      issues.push(issue(`${prefix}.otherDistrictSupport[${i}].paidOn`, 'contradiction', '拨付日期晚于本次审批日期', 'paid after the approval date of this batch'));
    }
  });
}

/** Checks one earlier paid line. */
export function checkPaidLine(h: PaidLine, path: string, awardYear: number, issues: InputIssue[]): void {
  if (h.awardYear > awardYear) {
    issues.push(issue(`${path}.awardYear`, 'contradiction', `历史记录的奖励年度晚于本次奖励年度 ${awardYear}`, `an earlier payment cannot have an award year after ${awardYear}`));
  }
  const paid = fenFromYuan(h.paid);
  if (paid > fenFromYuan(h.entitlement)) {
    issues.push(issue(`${path}.paid`, 'contradiction', '实际拨付额大于应得额', 'paid more than the entitlement'));
  }
  if (h.refunded !== undefined && fenFromYuan(h.refunded) > paid) {
    issues.push(issue(`${path}.refunded`, 'contradiction', '退回额大于实际拨付额', 'refunded more than was paid'));
  }
  if (h.paidOn !== undefined && yearOf(h.paidOn) < h.awardYear) {
    issues.push(issue(`${path}.paidOn`, 'contradiction', '拨付日期早于奖励年度（先拨付后审批）', 'paid before the award year (paid before it was awarded)'));
  }
}

/** Checks across fields of one application. Throws with every problem found. */
export function checkApplication(app: Application, params: CompiledParameters): void {
  const issues: InputIssue[] = [];
  const effective = params.date('art09_7.effectiveDate');
  if (app.awardYear < yearOf(effective)) {
    issues.push(issue('awardYear', 'outOfRange', `奖励年度早于本政策施行（${effective}）`, `award year before the policy took effect (${effective})`));
  }
  if (yearOf(app.approvalDate) !== app.awardYear) {
    issues.push(issue('approvalDate', 'contradiction', `审批日期不在奖励年度 ${app.awardYear} 内（R4）`, `approval date is not in award year ${app.awardYear} (R4)`));
  }
  if (app.applicationDate !== undefined && !onOrBefore(app.applicationDate, app.approvalDate)) {
    issues.push(issue('applicationDate', 'contradiction', '申报日期晚于审批日期', 'application filed after its approval'));
  }
  checkBeneficiary(app.beneficiary, app.approvalDate, 'beneficiary', issues);
  const ids = new Set<string>();
  for (let i = 0; i < app.claims.length; i++) {
    const c = app.claims[i]!;
    if (ids.has(c.id)) issues.push(issue(`claims[${i}].id`, 'duplicate', `申请事项编号“${c.id}”重复`, `claim id "${c.id}" is used twice`));
    ids.add(c.id);
    lateDates(c, app.approvalDate, (k) => `claims[${i}].${k}`, issues);
    if (c.clause === 'art03_3') {
      c.disbursements.forEach((d, k) => {
        if (d.calendarYear > app.awardYear) {
          issues.push(issue(`claims[${i}].disbursements[${k}].calendarYear`, 'contradiction', '拨付年度晚于奖励年度', 'disbursed after the award year'));
        }
      });
    }
    if (c.clause === 'art08_3' && fenFromYuan(c.costBorneByHost) > fenFromYuan(c.totalCost)) {
      issues.push(issue(`claims[${i}].costBorneByHost`, 'contradiction', '承办单位承担费用大于活动费用总额', 'cost borne by the host exceeds the total cost'));
    }
  }
  const projectIds = new Set<string>();
  (app.projects ?? []).forEach((p, i) => {
    if (projectIds.has(p.id)) issues.push(issue(`projects[${i}].id`, 'duplicate', `项目编号“${p.id}”重复`, `project id "${p.id}" is listed twice`));
    projectIds.add(p.id);
  });
  (app.history ?? []).forEach((h, i) => checkPaidLine(h, `history[${i}]`, app.awardYear, issues));
  if (issues.length > 0) throw new PolicyInputError(issues);
}
