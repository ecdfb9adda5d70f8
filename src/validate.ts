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
import type { Application, Beneficiary, PaidLine } from './schema.js';

/** Options of an evaluation: parameter values and readings that differ from the defaults. */
export interface EvaluateOptions {
  /** Parameter values by id (see `PARAMETERS`), e.g. `{ 'art02_1.ratio': '0.5' }`. */
  readonly parameters?: Readonly<Record<string, string | null>>;
  /** Readings by register id, e.g. `{ 'A9.3.2': 'a' }`. */
  readonly readings?: Readonly<Record<string, string>>;
}

const issue = (path: string, code: string, zh: string, en: string): InputIssue => ({ path, code, message: { zh, en } });

/** Parses input against a schema, throwing one {@link PolicyInputError} with every problem. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const poisoned = forbiddenKeys(input);
  if (poisoned.length > 0) throw new PolicyInputError(poisoned);
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues);
    throw new PolicyInputError(prefix ? issues.map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix })) : issues);
  }
  return parsed.data;
}

/** Validates options; returns the compiled parameters and the readings in force. */
export function resolveOptions(options: EvaluateOptions | undefined): { params: CompiledParameters; readings: Readings } {
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

const DATE_KEY = /On$/;

/** Date fields of an object (one level, and one level of nested objects), with their paths. */
function datesOf(value: object, path: string, out: [string, string][] = [], depth = 0): [string, string][] {
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string' && DATE_KEY.test(k)) out.push([`${path}.${k}`, v]);
    else if (depth === 0 && v !== null && typeof v === 'object' && !Array.isArray(v)) datesOf(v, `${path}.${k}`, out, 1);
  }
  return out;
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
  app.claims.forEach((c, i) => {
    const path = `claims[${i}]`;
    if (ids.has(c.id)) issues.push(issue(`${path}.id`, 'duplicate', `申请事项编号“${c.id}”重复`, `claim id "${c.id}" is used twice`));
    ids.add(c.id);
    for (const [p, date] of datesOf(c, path)) {
      if (!onOrBefore(date, app.approvalDate)) {
        issues.push(issue(p, 'contradiction', `事实日期 ${date} 晚于审批日期 ${app.approvalDate}`, `fact date ${date} is after the approval date ${app.approvalDate}`));
      }
    }
    if (c.clause === 'art03_3') {
      c.disbursements.forEach((d, k) => {
        if (d.calendarYear > app.awardYear) {
          issues.push(issue(`${path}.disbursements[${k}].calendarYear`, 'contradiction', '拨付年度晚于奖励年度', 'disbursed after the award year'));
        }
      });
    }
    if (c.clause === 'art08_3' && fenFromYuan(c.costBorneByHost) > fenFromYuan(c.totalCost)) {
      issues.push(issue(`${path}.costBorneByHost`, 'contradiction', '承办单位承担费用大于活动费用总额', 'cost borne by the host exceeds the total cost'));
    }
  });
  const projectIds = new Set<string>();
  (app.projects ?? []).forEach((p, i) => {
    if (projectIds.has(p.id)) issues.push(issue(`projects[${i}].id`, 'duplicate', `项目编号“${p.id}”重复`, `project id "${p.id}" is listed twice`));
    projectIds.add(p.id);
  });
  (app.history ?? []).forEach((h, i) => checkPaidLine(h, `history[${i}]`, app.awardYear, issues));
  if (issues.length > 0) throw new PolicyInputError(issues);
}
