/**
 * Readings of ambiguous text, by the clause register's ids (docs/clause-register.md): each with its default (the
 * register's) and its named options; a caller switches one by id, e.g. `{ 'A9.3.2': 'a' }`. Every result lists the
 * readings in force. Each reading is declared by the clause or rule whose branches use it, with its options in plain
 * words (words.ts assembles those); the catalogue (catalogue.ts) joins them.
 */
import { CLAUSE_READINGS } from '../clauses/index.js';
import { allocateReadings } from '../constraints/allocate.js';
import { annualCapReadings } from '../constraints/annualCap.js';
import { auditedInvestmentReadings } from '../constraints/auditedInvestment.js';
import { overlapReadings } from '../constraints/overlap.js';
import { scopeReadings } from '../constraints/scope.js';
import { validityReadings } from '../constraints/validity.js';
import { generalReadings } from './general.js';

/** One selectable reading, as the engine uses it. */
export interface ReadingFact {
  readonly id: string;
  readonly default: string;
  readonly options: readonly string[];
  /** Ranked consequential in register §11. */
  readonly consequential: boolean;
}

/** Every declared reading: the clauses' (each clause file declares the readings its branches use), then the rules'. */
const DECLARED = [
  ...CLAUSE_READINGS, ...scopeReadings, ...overlapReadings, ...annualCapReadings, ...auditedInvestmentReadings,
  ...validityReadings, ...allocateReadings, ...generalReadings,
] as const satisfies readonly ReadingFact[];

/** The register's order of ids: R before A, then number by number (A2.1.6 before A2.2.1, A9.3.4 before A9.4.1). */
export function byRegisterOrder(a: string, b: string): number {
  const key = (id: string) => id.slice(1).split('.').map(Number);
  if (a[0] !== b[0]) return a[0] === 'R' ? -1 : 1;
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** All readings the engine can switch, in register order. */
export const READING_FACTS: readonly (typeof DECLARED)[number][] = [...DECLARED].sort((a, b) => byRegisterOrder(a.id, b.id));

/** A reading id of the register, e.g. `'A9.3.2'`: a misspelt id does not compile. */
export type ReadingId = (typeof DECLARED)[number]['id'];

/** The options of one reading, e.g. `ReadingOption<'A9.3.2'>` is `'a' | 'b'`. */
export type ReadingOption<K extends ReadingId> = Extract<(typeof DECLARED)[number], { id: K }>['options'][number];

/** The readings in force: every reading with its option (defaults filled in). */
export type Readings = { readonly [K in ReadingId]: ReadingOption<K> };

/** Readings a caller switches, by id: only those that differ from the defaults need be given. */
export type ReadingChoices = { readonly [K in ReadingId]?: ReadingOption<K> };

const BY_ID = new Map<string, ReadingFact>(READING_FACTS.map((d) => [d.id, d]));

/** The fact of a reading, or undefined for an unknown id. */
export function readingFact(id: string): ReadingFact | undefined {
  return BY_ID.get(id);
}

/** The register's default readings. */
export const DEFAULT_READINGS: Readings = Object.freeze(Object.fromEntries(READING_FACTS.map((d) => [d.id, d.default]))) as Readings;
