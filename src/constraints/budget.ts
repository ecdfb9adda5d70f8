/**
 * 九(三) 「预算管理和总额控制」 — an optional programme-wide factor (`art09_3.budgetScale`, default 1) applied last
 * (A9.3.11). It cannot be derived from one application; 1 leaves every amount unchanged.
 */
import { applyRate } from '../core/money.js';
import type { StageContext, WorkLine } from '../policy/model.js';
import { cut, isOpen } from './lines.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { DeclaredWords } from '../policy/words.js';

/** 九(三) 预算管理和总额控制: the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: budgetWords). */
export const budgetParameters = [
  { id: 'art09_3.budgetScale', rule: 'art09_3', unit: 'rate', value: '1', of: 'share' },
] as const satisfies readonly ParameterFact[];

/** Stage 7: budget control. */
export function budgetControl(lines: readonly WorkLine[], ctx: StageContext): WorkLine[] {
  const scale = ctx.params.rate('art09_3.budgetScale');
  if (scale.num >= scale.den) return [...lines];
  return lines.map((line) =>
    isOpen(line) && line.amount > 0
      ? cut(line, { code: 'budgetScale', rule: 'art09_3', before: line.amount, after: applyRate(line.amount, scale, ctx.params.rounding), scale: scale.text })
      : line,
  );
}

/**
 * Performance only: true when the budget scale is 1 or more: this stage would return its lines unchanged, so the pipeline skips it (conservative:
 * when in doubt, false). test/properties/invariants.test.ts checks on random applications that skipping changes nothing.
 */
export function budgetControlIdle(_lines: readonly WorkLine[], ctx: StageContext): boolean {
  const scale = ctx.params.rate('art09_3.budgetScale');
  return scale.num >= scale.den;
}

/**
 * 九(三) 预算管理和总额控制: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const budgetWords = {
  parameters: {
    'art09_3.budgetScale': { title: { zh: '总额控制比例', en: 'Budget control factor' }, quote: '本政策实行预算管理和总额控制', assumption: 'A9.3.11: a programme-wide budget factor cannot be derived from one application; 1 leaves amounts unchanged.' },
  },
  readings: {
  },
  questions: {
  },
  conditions: {
  },
} as const satisfies DeclaredWords<typeof budgetParameters, readonly []>;
