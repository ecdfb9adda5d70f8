/**
 * Sharing one cut among several lines (R7). Pro rata to the pre-cut amounts, each share floored to the fen,
 * the leftover fen handed out one at a time in clause-id order (then subject id; then, D8, by content, never by the
 * order of the claims or their ids: see lines.byAllocationOrder). Under the alternative reading
 * `R7 = clauseOrder`, lines are filled whole in clause-id order until the target is spent.
 */
import { mulDivFloor, type Fen, ZERO_FEN, minFen, subFen, sum, fen } from '../core/money.js';
import type { WorkLine } from '../policy/model.js';
import { byAllocationOrder } from './lines.js';
import type { ReadingFact } from '../policy/readings.js';
import type { DeclaredWords, RuleWords } from '../policy/words.js';

/** R7 分摊: the readings of ambiguous words that the branches below switch on (register ids; words: allocateWords). */
export const allocateReadings = [
  { id: 'R7', default: 'proRata', options: ['proRata', 'clauseOrder'], consequential: false },
] as const satisfies readonly ReadingFact[];

/**
 * New amounts for `lines` whose sum is exactly `target` (0 ≤ target < Σ amounts), in the order of `lines`.
 */
export function share(lines: readonly WorkLine[], target: Fen, mode: string): Fen[] {
  const order = lines.map((_, i) => i).sort((i, j) => byAllocationOrder(lines[i]!, lines[j]!));
  const out = new Array<Fen>(lines.length).fill(ZERO_FEN);
  if (mode === 'clauseOrder') {
    let left = target;
    for (const i of order) {
      const give = minFen(lines[i]!.amount, left);
      out[i] = give;
      left = subFen(left, give);
    }
    return out;
  }
  const total = sum(lines.map((l) => l.amount));
  // Counts in whole fen below: each share floored, then the leftover fen one at a time.
  const shares = lines.map((l) => mulDivFloor(target, l.amount, total));
  let leftover = target - shares.reduce((a, b) => a + b, 0);
  while (leftover > 0) {
    for (const i of order) {
      if (leftover === 0) break;
      if (shares[i]! < lines[i]!.amount) {
        shares[i]! += 1;
        leftover -= 1;
      }
    }
  }
  for (let i = 0; i < lines.length; i++) out[i] = fen(shares[i]!);
  return out;
}

/**
 * R7 分摊: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const allocateWords = {
  item: '通则', // R7 is the register's rule for every cut, of no one item
  parameters: {
  },
  readings: {
    'R7': {
      proRata: { zh: '按比例分摊，余分按条款顺序逐分分配', en: 'pro rata, leftover fen one at a time in clause order' },
      clauseOrder: { zh: '按条款顺序优先（先列条款先足额）', en: 'clause-order priority (earlier clauses filled first)' },
    },
  },
  questions: {
    'R7': { zh: '上限核减如何在多个事项间分摊', en: 'How a cap\'s cut is shared among several lines' },
  },
  conditions: {
  },
} as const satisfies DeclaredWords<readonly [], typeof allocateReadings> & RuleWords<typeof allocateReadings>;
