/**
 * 九(七) 有效期 — each line's qualifying-fact date must fall inside [E, E + 3 years − 1 day] (A9.7.1–A9.7.3).
 * A line outside the window is ineligible with the dates; it is not bad input.
 */
import type { CompiledParameters } from '../policy/parameterSet.js';
import { within } from '../core/dates.js';
import type { ClauseDef, StageContext, WorkLine } from '../policy/model.js';
import { CLAUSES } from '../clauses/index.js';
import { withState } from './lines.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { DeclaredWords, RuleWords } from '../policy/words.js';

/** 九(七) 有效期: the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: validityWords). */
export const validityParameters = [
  { id: 'art09_7.effectiveDate', rule: 'art09_7', unit: 'date', value: '2025-07-01' },
  { id: 'art09_7.validityYears', rule: 'art09_7', unit: 'years', value: '3' },
] as const satisfies readonly ParameterFact[];

/** 九(七) 有效期: the readings of ambiguous words that the branches below switch on (register ids; words: validityWords). */
export const validityReadings = [
  { id: 'A9.7.3', default: 'a', options: ['a', 'b', 'c', 'd'], consequential: true },
] as const satisfies readonly ReadingFact[];

/** The annual lines (ClauseDef.annual): 二(二), 三(三), 七(二)b, 八(二). */
const ANNUAL: ReadonlySet<string> = new Set((Object.values(CLAUSES) as readonly ClauseDef[]).filter((d) => d.annual).map((d) => d.id));

/** The validity window of a parameter set: [E, E + N years − 1 day] (computed once, when the set is compiled). */
export function windowOf(params: CompiledParameters): { readonly start: string; readonly end: string } {
  return params.window;
}

/** The date the window tests for a line, under reading A9.7.3. */
export function anchorDate(line: WorkLine, ctx: StageContext): string | null {
  switch (ctx.readings['A9.7.3']) {
    case 'b':
      return ctx.applicationDate;
    case 'c':
      return ctx.approvalDate;
    case 'd':
      return ANNUAL.has(line.clause) ? ctx.applicationDate : line.qualifyingDate;
    default:
      return line.qualifyingDate;
  }
}

/** Stage 2a: the validity window. */
export function validityGate(lines: readonly WorkLine[], ctx: StageContext): WorkLine[] {
  const { start, end } = windowOf(ctx.params);
  return lines.map((line) => {
    const date = anchorDate(line, ctx);
    if (date === null || within(date, start, end)) return line;
    return withState(line, 'ineligible', { code: 'window', rule: 'art09_7', date, start, end });
  });
}

/**
 * Performance only: true when every line's anchor date is inside the window (or it has none): this stage would return its lines unchanged, so the pipeline skips it (conservative:
 * when in doubt, false). test/properties/invariants.test.ts checks on random applications that skipping changes nothing.
 */
export function validityIdle(lines: readonly WorkLine[], ctx: StageContext): boolean {
  const { start, end } = windowOf(ctx.params);
  for (const l of lines) {
    const date = anchorDate(l, ctx);
    if (date !== null && !within(date, start, end)) return false;
  }
  return true;
}

/**
 * 九(七) 有效期: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const validityWords = {
  item: '九(七)',
  parameters: {
    'art09_7.effectiveDate': { title: { zh: '施行日期', en: 'Effective date' }, quote: '本政策自印发之日起施行', assumption: 'A9.7.1: the consultation draft has no issuance date; 2025-07-01 is assumed.' },
    'art09_7.validityYears': { title: { zh: '有效期', en: 'Period of validity' }, quote: '有效期3年', token: '3年' },
  },
  readings: {
    'A9.7.3': {
      a: { zh: '以各条款的资格事实日期为准（年度条款为基年末）', en: 'the qualifying-fact date (annual lines: end of the base year)' },
      b: { zh: '以申报日期为准', en: 'the application date' },
      c: { zh: '以审批日期为准', en: 'the approval date' },
      d: { zh: '年度条款以申报日期为准，其余同默认', en: 'annual lines use the application date, others as the default' },
    },
  },
  questions: {
    'A9.7.3': { zh: '哪个日期须落在有效期内？', en: 'Which date must fall inside the period of validity?' },
  },
  conditions: {
  },
} as const satisfies DeclaredWords<typeof validityParameters, typeof validityReadings> & RuleWords<typeof validityReadings>;
