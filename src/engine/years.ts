/**
 * Several award years of one beneficiary in sequence: each year's lines are written to the history (R9, §9.1
 * step 8) before the next year is evaluated, so cumulative caps, 补差 and 九(四) see what was paid before.
 */
import { amountBoundIssue, checkApplication, parseWith, resolveOptions, type EvaluateOptions } from '../edges/input/validate.js';
import { evaluateValidated, guard, type Outcome } from './evaluate.js';
import { PolicyInputError } from '../edges/input/errors.js';
import { fenFromYuan, yuanFromFen } from '../core/money.js';
import type { EvaluationResult, LineResult } from './result.js';
import { MultiYearInput, YearInput, type PaidLine } from '../policy/input.js';

export { MultiYearInput, YearInput };

/** The years' results, the history after the last year, and the total paid over all years. */
export interface MultiYearResult {
  readonly beneficiaryId: string;
  readonly years: readonly EvaluationResult[];
  readonly history: readonly PaidLine[];
  readonly total: string;
}

/** The history entries a result adds: every line that was entitled to something (§0.7). */
export function paidLinesOf(result: EvaluationResult): PaidLine[] {
  return result.lines
    .filter((l: LineResult) => (l.status === 'paid' || l.status === 'reduced' || l.status === 'zero') && fenFromYuan(l.entitlement) > 0)
    .map((l) => ({
      clause: l.clause as PaidLine['clause'],
      subjectId: l.subjectId,
      awardYear: result.awardYear,
      entitlement: l.entitlement,
      paid: l.net,
      paidOn: result.approvalDate,
      ...(l.projectId === null ? {} : { projectId: l.projectId }),
      ...(l.tier === null ? {} : { tier: l.tier }),
      ...(l.superiorFunded ? { superiorFunded: true } : {}),
    }));
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
      issues.push({ path: `years[${i}].awardYear`, code: 'contradiction', message: { zh: '奖励年度须按时间先后排列', en: 'award years must be in order, oldest first' } });
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
  let history = [...(data.history ?? [])];
  const years: EvaluationResult[] = [];
  let total = 0;
  for (const year of data.years) {
    const result = evaluateValidated({ ...year, beneficiary: data.beneficiary, history }, params, readings);
    years.push(result);
    total += fenFromYuan(result.total);
    history = [...history, ...paidLinesOf(result)];
  }
  return { beneficiaryId: data.beneficiary.id, years, history, total: yuanFromFen(total) };
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
