/**
 * The words of the policy, assembled from where they are declared: every clause file ends with its words (the
 * quotes and tokens behind its numbers, its readings' options in plain words, its conditions), and so does each
 * cross-cutting rule (constraints/*) and the whole policy's own rules (general.ts). Read by the drafting tools, the
 * explanations and the documents, not by the arithmetic: an application that only evaluates does not carry them.
 */
import { CLAUSE_WORDS } from '../clauses/index.js';
import { allocateWords } from '../constraints/allocate.js';
import { annualCapWords } from '../constraints/annualCap.js';
import { auditedInvestmentWords } from '../constraints/auditedInvestment.js';
import { budgetWords } from '../constraints/budget.js';
import { overlapWords } from '../constraints/overlap.js';
import { scopeWords } from '../constraints/scope.js';
import { validityWords } from '../constraints/validity.js';
import { generalWords } from './general.js';
import { ITEM_LABEL, type ClauseId } from './ids.js';
import type { ParameterId } from './parameters.js';
import type { ReadingId, ReadingOption } from './readings.js';

/** Words in Chinese, with English beside them. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** The words behind one parameter. */
export interface ParameterWords {
  readonly title: Bilingual;
  /** Verbatim words of the canonical text that state the value (or leave it open); absent for a general rule. */
  readonly quote?: string;
  /** The part of `quote` that writes this value (e.g. `300万元`), absent when the text writes no number. */
  readonly token?: string;
  /** Which occurrence of `token` inside `quote` (0-based) when it appears more than once. */
  readonly occurrence?: number;
  /** Set when the value is not in the text: why this value was chosen. */
  readonly assumption?: string;
}

/** A named condition in words: its label (one name per official term) and the words of the text that state it. */
export interface ConditionWords extends Bilingual {
  /** Verbatim words of the declaring clause's 原文 (or of 一 for the scope gate) that state the condition. */
  readonly quote?: string;
}

/**
 * What a clause or rule declares in words: every parameter and every reading option it declares must have its
 * words (a missing one does not compile), and every condition it states.
 */
/** What a clause declares in words besides its parameters, readings and conditions: its title and its 原文. */
export interface ClauseWords {
  readonly title: Bilingual;
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  readonly text: string;
}

export interface DeclaredWords<
  P extends readonly { readonly id: string }[],
  R extends readonly { readonly id: string; readonly options: readonly string[] }[],
> {
  readonly parameters: { readonly [K in P[number]['id']]: ParameterWords };
  readonly readings: { readonly [E in R[number] as E['id']]: { readonly [O in E['options'][number]]: Bilingual } };
  /**
   * The question each reading answers, in plain words: what the text leaves open (the register entry's title). The
   * workbench asks the consequential ones (register §11) as switches, under the reading's item (READING_ITEMS).
   */
  readonly questions: { readonly [E in R[number] as E['id']]: Bilingual };
  readonly conditions: Readonly<Record<string, ConditionWords>>;
}

/**
 * What a cross-cutting rule (constraints/*) or the whole policy's rules (general.ts) declare besides their words: the
 * item of the text their readings concern, one for all of them (九(三)) or one for each (the general rules). A
 * clause's readings concern the clause's own item.
 */
export interface RuleWords<R extends readonly { readonly id: string }[]> {
  readonly item: string | { readonly [E in R[number] as E['id']]: string };
}

/** Every declaration of words: the clauses in document order, then the cross-cutting rules, then the general ones. */
export const DECLARED_WORDS = /* @__PURE__ */ declared();

function declared() {
  return [
    ...Object.values(CLAUSE_WORDS), scopeWords, overlapWords, annualCapWords, auditedInvestmentWords, validityWords,
    budgetWords, allocateWords, generalWords,
  ] as const;
}

function merged<K extends 'parameters' | 'readings' | 'questions' | 'conditions'>(kind: K): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const w of DECLARED_WORDS) Object.assign(out, w[kind]);
  return out;
}

/** The words of every parameter (a parameter without words does not compile: DeclaredWords). */
export const PARAMETER_WORDS = /* @__PURE__ */ merged('parameters') as { readonly [K in ParameterId]: ParameterWords };

/** The words of every option of every reading. */
export const READING_WORDS = /* @__PURE__ */ merged('readings') as {
  readonly [K in ReadingId]: { readonly [O in ReadingOption<K>]: Bilingual };
};

/** The question each reading answers, in plain words. */
export const READING_QUESTIONS = /* @__PURE__ */ merged('questions') as { readonly [K in ReadingId]: Bilingual };

/**
 * The item of the text each reading concerns, as the document numbers it (A9.3.2 → 「九(三)」): the item of the
 * clause that declares the reading, or the one the rule declaring it names (RuleWords).
 */
export const READING_ITEMS = /* @__PURE__ */ readingItems() as { readonly [K in ReadingId]: string };

function readingItems(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [clause, w] of Object.entries(CLAUSE_WORDS)) {
    for (const id of Object.keys(w.questions)) out[id] = ITEM_LABEL[clause as ClauseId];
  }
  for (const w of DECLARED_WORDS) {
    if (!('item' in w)) continue;
    for (const id of Object.keys(w.questions)) out[id] = typeof w.item === 'string' ? w.item : (w.item as Readonly<Record<string, string>>)[id]!;
  }
  return out;
}

/**
 * The label of every condition id, from the clauses and the scope gate that state it. A condition stated by several
 * clauses (「经认定」, 「企业」) has one label: a test checks that every declaration agrees.
 */
export const CONDITION_WORDS = /* @__PURE__ */ merged('conditions') as Readonly<Record<string, ConditionWords>>;
