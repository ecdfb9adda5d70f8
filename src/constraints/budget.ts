/**
 * 九(三) 「预算管理和总额控制」 — an optional programme-wide factor (`art09_3.budgetScale`, default 1) applied last
 * (A9.3.11). It cannot be derived from one application; 1 leaves every amount unchanged.
 */
import { applyRate } from '../core/money.js';
import type { StageContext, WorkLine } from '../policy/model.js';
import { cut, isOpen } from './lines.js';

/** Stage 7: budget control. */
export function budgetControl(lines: readonly WorkLine[], ctx: StageContext): WorkLine[] {
  const scale = ctx.params.rate('art09_3.budgetScale')!;
  if (scale.num >= scale.den) return [...lines];
  return lines.map((line) =>
    isOpen(line) && line.amount > 0
      ? cut(line, { code: 'budgetScale', rule: 'art09_3', before: line.amount, after: applyRate(line.amount, scale, ctx.params.rounding), scale: scale.text })
      : line,
  );
}
