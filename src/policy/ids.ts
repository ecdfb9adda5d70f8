/**
 * Stable ids of the policy's numbered items, derived from the document's numbering (二(二) → `art02_2`;
 * an item holding two award lines gets `a`/`b`). The order of {@link AWARD_LINES} is the document's order,
 * which is also the clause-id order used to hand out leftover fen (R7).
 */

/** The 23 award lines, in document order. */
export const AWARD_LINES = [
  'art02_1', 'art02_2',
  'art03_1', 'art03_2', 'art03_3',
  'art04_1', 'art04_2', 'art04_3',
  'art05_1', 'art05_2', 'art05_3',
  'art06_2', 'art06_3', 'art06_4a', 'art06_4b', 'art06_5a', 'art06_5b',
  'art07_1', 'art07_2a', 'art07_2b',
  'art08_1', 'art08_2', 'art08_3',
] as const;

/** An award line's id. */
export type ClauseId = (typeof AWARD_LINES)[number];

/** Items that grant no money here but route a request elsewhere (六(一), 九(二); 九(一)③ 一事一议). */
export const REFERRAL_ITEMS = ['art06_1', 'art09_1', 'art09_2'] as const;
export type ReferralItem = (typeof REFERRAL_ITEMS)[number];

/** Cross-cutting rules and the other items that are not award lines. */
export const RULE_IDS = [
  'art01', 'art06_1', 'art09_1', 'art09_2', 'art09_3', 'art09_4', 'art09_5', 'art09_6', 'art09_7',
] as const;
export type RuleId = (typeof RULE_IDS)[number] | ClauseId;

/** The document's own label of each award line, e.g. `art06_4a` → 「六(四)a」. */
export const ITEM_LABEL: Record<ClauseId | ReferralItem | (typeof RULE_IDS)[number], string> = {
  art01: '一',
  art02_1: '二(一)', art02_2: '二(二)',
  art03_1: '三(一)', art03_2: '三(二)', art03_3: '三(三)',
  art04_1: '四(一)', art04_2: '四(二)', art04_3: '四(三)',
  art05_1: '五(一)', art05_2: '五(二)', art05_3: '五(三)',
  art06_1: '六(一)', art06_2: '六(二)', art06_3: '六(三)', art06_4a: '六(四)a', art06_4b: '六(四)b',
  art06_5a: '六(五)a', art06_5b: '六(五)b',
  art07_1: '七(一)', art07_2a: '七(二)a', art07_2b: '七(二)b',
  art08_1: '八(一)', art08_2: '八(二)', art08_3: '八(三)',
  art09_1: '九(一)', art09_2: '九(二)', art09_3: '九(三)', art09_4: '九(四)', art09_5: '九(五)',
  art09_6: '九(六)', art09_7: '九(七)',
};

const ORDER = new Map<string, number>(AWARD_LINES.map((id, i) => [id, i]));

/** Position of a clause in the document (for ordering and leftover fen). */
export function clauseOrder(id: ClauseId): number {
  return ORDER.get(id) ?? Number.MAX_SAFE_INTEGER;
}

/** Where the referral topics sit among the award lines (a line's `order`): 六(一) before 六(二), 九 after all. */
export const REFERRAL_ORDER = { art06_1: clauseOrder('art06_2') - 0.5, art09_1: 1000, art09_2: 1001 } as const;
