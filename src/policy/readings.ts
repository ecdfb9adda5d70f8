/**
 * Readings of ambiguous text, by the clause register's ids (docs/clause-register.md): each with its default (the
 * register's) and its named options; a caller switches one by id, e.g. `{ 'A9.3.2': 'a' }`. Every result lists the
 * readings in force. The options in plain words are in readingWords.ts; the catalogue (catalogue.ts) joins them.
 */

/** One selectable reading, as the engine uses it. */
export interface ReadingFact {
  readonly id: string;
  readonly default: string;
  readonly options: readonly string[];
  /** Ranked consequential in register §11. */
  readonly consequential: boolean;
}

/** All readings the engine can switch, in register order. */
export const READING_FACTS = [
  { id: 'R7', default: 'proRata', options: ['proRata', 'clauseOrder'], consequential: false },
  { id: 'R9', default: 'paid', options: ['paid', 'entitlement'], consequential: true },
  { id: 'A1.1', default: 'b', options: ['a', 'b'], consequential: true },
  { id: 'A1.2', default: 'b', options: ['a', 'b'], consequential: true },
  { id: 'A2.1.1', default: 'a', options: ['a', 'b', 'c'], consequential: true },
  { id: 'A2.1.6', default: 'lifetime', options: ['lifetime', 'perYear', 'perEvent'], consequential: false },
  { id: 'A2.2.1', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A2.2.3', default: 'total', options: ['total', 'marginal'], consequential: false },
  { id: 'A3.1.1', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A3.1.2', default: 'perProject', options: ['perProject', 'perEnterpriseYear'], consequential: false },
  { id: 'A3.3.1', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A3.3.2', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A3.3.3', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A4.1.7', default: 'perModel', options: ['perModel', 'perEnterprise'], consequential: false },
  { id: 'A4.2.8', default: 'perModel', options: ['perModel', 'perEnterprise'], consequential: false },
  { id: 'A4.3.1', default: 'a', options: ['a', 'b', 'c'], consequential: true },
  { id: 'A4.3.2', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A5.1.2', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A5.2.3', default: 'perEnterprise', options: ['perEnterprise', 'perSite'], consequential: false },
  { id: 'A5.2.5', default: 'a', options: ['a', 'b', 'c'], consequential: true },
  { id: 'A6.2.1', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A6.2.2', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A6.3.1', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A6.4.3', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A6.5.3', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A7.1.2', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A7.2.1', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A8.1.1', default: 'b', options: ['a', 'b', 'c'], consequential: true },
  { id: 'A8.2.3', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A8.3.1', default: 'every', options: ['every', 'conferenceOnly'], consequential: false },
  { id: 'A8.3.2', default: 'a', options: ['a', 'b'], consequential: false },
  { id: 'A8.3.3', default: 'net', options: ['net', 'gross'], consequential: true },
  { id: 'A9.1.1', default: 'b', options: ['a', 'b'], consequential: true },
  { id: 'A9.3.1', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A9.3.2', default: 'b', options: ['a', 'b'], consequential: true },
  { id: 'A9.3.4', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A9.4.1', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A9.4.3', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A9.4.4', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A9.5.1', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A9.7.3', default: 'a', options: ['a', 'b', 'c', 'd'], consequential: true },
] as const satisfies readonly ReadingFact[];

/** A reading id of the register, e.g. `'A9.3.2'`: a misspelt id does not compile. */
export type ReadingId = (typeof READING_FACTS)[number]['id'];

/** The options of one reading, e.g. `ReadingOption<'A9.3.2'>` is `'a' | 'b'`. */
export type ReadingOption<K extends ReadingId> = Extract<(typeof READING_FACTS)[number], { id: K }>['options'][number];

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
