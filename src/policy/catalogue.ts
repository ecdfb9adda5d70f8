/**
 * The catalogue of the policy's parameters and readings for people: each parameter's facts (parameters.ts) with the
 * words of the text that state it (declared beside it; words.ts), each reading's options with their words (words.ts).
 * The drafting tools, the documents and the public API read it; the engine's arithmetic needs only the facts, so an
 * application that imports only `evaluate` does not carry these words.
 */
import { PARAMETER_FACTS, rangeFor, type CapScope, type ParameterFact, type ParamUnit } from './parameters.js';
import { READING_FACTS, type ReadingFact } from './readings.js';
import { PARAMETER_WORDS, READING_ITEMS, READING_QUESTIONS, READING_WORDS, type Bilingual, type ParameterWords } from './words.js';

/** One parameter of the policy: its facts, its range and the words of the text. */
export interface ParameterDef extends ParameterFact, ParameterWords {
  /** The inclusive range a value may take, in the value's unit (absent for a closed set: comparison, rounding). */
  readonly range?: readonly [min: string, max: string];
}

/** Every parameter, grouped by item in document order. */
export const PARAMETERS: readonly ParameterDef[] = /* @__PURE__ */ PARAMETER_FACTS.map((f) => {
  const range = rangeFor(f);
  return Object.freeze({ ...f, ...PARAMETER_WORDS[f.id], ...(range === undefined ? {} : { range }) });
});

/** One selectable reading with its options in plain words. */
export interface ReadingDef extends Omit<ReadingFact, 'options'> {
  /** The item of the text the reading concerns, as the document numbers it (「九(三)」). */
  readonly item: string;
  /** What the text leaves open, in plain words (「年度上限按哪一年的区级综合贡献额？」). */
  readonly question: Bilingual;
  readonly options: Readonly<Record<string, Bilingual>>;
}

/** All readings the engine can switch, in register order, with their options in words. */
export const READINGS: readonly ReadingDef[] = /* @__PURE__ */ READING_FACTS.map((r) => Object.freeze({ ...r, item: READING_ITEMS[r.id], question: READING_QUESTIONS[r.id], options: READING_WORDS[r.id] as Readonly<Record<string, Bilingual>> }));

// Pure annotations: an application that imports only `evaluate` drops the catalogue and its words.
const PARAMETER_BY_ID = /* @__PURE__ */ new Map(/* @__PURE__ */ PARAMETERS.map((d) => [d.id, d]));
const READING_BY_ID = /* @__PURE__ */ new Map(/* @__PURE__ */ READINGS.map((d) => [d.id, d]));

/** The definition of a parameter, or undefined. */
export function parameterDef(id: string): ParameterDef | undefined {
  return PARAMETER_BY_ID.get(id);
}

/** The definition of a reading, or undefined. */
export function readingDef(id: string): ReadingDef | undefined {
  return READING_BY_ID.get(id);
}

export type { Bilingual, CapScope, ParamUnit };
