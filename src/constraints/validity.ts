/**
 * 九(七) 有效期 — each line's qualifying-fact date must fall inside [E, E + 3 years − 1 day] (A9.7.1–A9.7.3).
 * A line outside the window is ineligible with the dates; it is not bad input.
 */
import type { CompiledParameters } from '../policy/parameterSet.js';
import { within } from '../core/dates.js';
import type { StageContext, WorkLine } from '../policy/model.js';
import { withState } from './lines.js';

const ANNUAL = new Set(['art02_2', 'art03_3', 'art07_2b', 'art08_2']);

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
