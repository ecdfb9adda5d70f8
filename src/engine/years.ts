/**
 * Several award years of one beneficiary in sequence: each year's lines are written to the history (R9, §9.1
 * step 8) before the next year is evaluated, so cumulative caps, 补差 and 九(四) see what was paid before.
 */
import type { CompiledParameters } from '../policy/parameterSet.js';
import type { Readings } from '../policy/readings.js';
import { evaluateValidated } from './evaluate.js';
import { fenFromYuan, yuanFromFen, type Fen, ZERO_FEN, addFen } from '../core/money.js';
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
 * Evaluates validated award years in order, each year's payments feeding the next year's history. The input has
 * been checked (edges/api.ts `evaluateYears`).
 */
export function evaluateYearsValidated(data: MultiYearInput, params: CompiledParameters, readings: Readings): MultiYearResult {
  let history = [...(data.history ?? [])];
  const years: EvaluationResult[] = [];
  let total: Fen = ZERO_FEN;
  for (const year of data.years) {
    const result = evaluateValidated({ ...year, beneficiary: data.beneficiary, history }, params, readings);
    years.push(result);
    total = addFen(total, fenFromYuan(result.total));
    history = [...history, ...paidLinesOf(result)];
  }
  return { beneficiaryId: data.beneficiary.id, years, history, total: yuanFromFen(total) };
}
