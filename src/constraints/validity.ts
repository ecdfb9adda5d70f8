/**
 * 九(七) 有效期 — each line's qualifying-fact date must fall inside [E, E + 3 years − 1 day] (A9.7.1–A9.7.3).
 * A line outside the window is ineligible with the dates; it is not bad input.
 */
import { lastDayOfPeriod, within } from '../dates.js';
import type { StageContext, WorkLine } from '../model.js';
import { withState } from './lines.js';

const ANNUAL = new Set(['art02_2', 'art03_3', 'art07_2b', 'art08_2']);

/** The validity window in force. */
export function validityWindow(ctx: Pick<StageContext, 'params'>): { start: string; end: string } {
  const start = ctx.params.date('art09_7.effectiveDate');
  return { start, end: lastDayOfPeriod(start, ctx.params.int('art09_7.validityYears')) };
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
  const { start, end } = validityWindow(ctx);
  return lines.map((line) => {
    if (line.state === 'referral') return line;
    const date = anchorDate(line, ctx);
    if (date === null || within(date, start, end)) return line;
    return withState(line, 'ineligible', { code: 'window', rule: 'art09_7', date, start, end });
  });
}
