/**
 * One name per official term: each condition id used by the clauses and the scope gate, with the words of the
 * text it stands for (zh) and an English gloss, as the clause or the gate declares it. Renderers use it; rule code
 * never builds sentences.
 */
import { shiftDecimal } from '../../core/money.js';
import { CONDITION_WORDS } from '../../policy/words.js';

/** A rate written as a percentage, exactly: "0.10" → "10", "0.29" → "29", "0.125" → "12.5". */
export function percent(rate: string): string {
  return shiftDecimal(rate, 2);
}

/** The label of every condition, from the clauses and the scope gate that state it (policy/words.ts). */
export const CONDITION_LABEL = CONDITION_WORDS;

/** The label of a condition id (the id itself when unknown). */
export function conditionLabel(id: string, lang: 'zh' | 'en'): string {
  return CONDITION_LABEL[id]?.[lang] ?? id;
}
