/**
 * The parameters of the policy, as the engine uses them: every amount, rate, threshold, date and rule switch the
 * clauses and constraints read, each with its unit, the item it comes from, its default value and the range a value
 * may take. Each is declared by the clause or rule it belongs to, with the words of the text that state it
 * (words.ts assembles those); the catalogue (catalogue.ts) joins the two for drafters, documents and the public API.
 *
 * Values are strings so that money stays exact: yuan amounts as whole or two-place decimals, rates as decimal
 * fractions ("0.30" for 30 %, "0.5" for 1:0.5), counts and parameter counts as integers, dates as YYYY-MM-DD.
 * A parameter the text leaves open has `value: null` (二(一)'s ratio).
 */
import type { Comparison } from '../core/boundaries.js';
import { CLAUSE_PARAMETERS } from '../clauses/index.js';
import { budgetParameters } from '../constraints/budget.js';
import { validityParameters } from '../constraints/validity.js';
import { generalParameters } from './general.js';
import type { RuleId } from './ids.js';

/** What a parameter's value measures. */
export type ParamUnit =
  | 'yuan' // an amount of money in yuan
  | 'rate' // a fraction: 0.30 = 30 %, 0.5 = 1:0.5
  | 'count' // a whole number of things (enterprises served)
  | 'modelParams' // a whole number of model parameters
  | 'date' // YYYY-MM-DD
  | 'years' // a whole number of years
  | 'comparison' // 'atLeast' (（含）以上) or 'moreThan' (超过)
  | 'rounding'; // 'floor' or 'halfUp'

/** Which amounts a cap parameter bounds. */
export type CapScope =
  | 'perItem' // one project, product, model, case, standard, event, centre
  | 'perSubjectCumulative' // one subject over all years
  | 'perBeneficiaryPerYear'
  | 'perSubjectPerYear'
  | 'perUnitLifetime';

/** One parameter as the engine uses it. */
export interface ParameterFact {
  readonly id: string;
  readonly rule: RuleId | 'general';
  readonly unit: ParamUnit;
  /** The default value, or null where the text sets none. */
  readonly value: string | null;
  /** For a rate: a share of something (「10%」, at most 100 %) or a matching ratio (「1:0.5」, at most 1:10). */
  readonly of?: 'share' | 'ratio';
  readonly scope?: CapScope;
}

/**
 * Every parameter, assembled from where each is declared: the clauses' in document order (each clause file declares
 * its own), then those of the cross-cutting rules (九(三)'s budget scale, 九(七)'s date and period) and the general
 * rounding rule. The order is the catalogue's and the fingerprint's.
 */
export const PARAMETER_FACTS = [
  ...CLAUSE_PARAMETERS, ...budgetParameters, ...validityParameters, ...generalParameters,
] as const satisfies readonly ParameterFact[];

/** A parameter id, e.g. `'art02_2.cap'`: a misspelt id does not compile. */
export type ParameterId = (typeof PARAMETER_FACTS)[number]['id'];

/** The ids of the parameters of one unit. */
export type ParameterIdOf<U extends ParamUnit> = Extract<(typeof PARAMETER_FACTS)[number], { unit: U }>['id'];

/** The parameters the text leaves open: they may be set to null (unset). */
export type NullableParameterId = Extract<(typeof PARAMETER_FACTS)[number], { value: null }>['id'];

/** Parameter values by id, as options and reforms give them: strings, or null for a parameter the text leaves open. */
export type ParameterOverrides = { readonly [K in ParameterId]?: K extends NullableParameterId ? string | null : string };

/**
 * The range of a parameter's values, by unit. Amounts up to 10亿元 (the text's largest is 1000万元), shares up to
 * 100 % and matching ratios up to 1:10 (with the amount bound of money.ts, every sum the engine forms stays exact),
 * counts up to 10^9, model sizes up to 21 digits, the effective date in 2000–2099 and the period of validity 1 to
 * 20 years (so the window always ends before year 2200). None for the closed sets (comparison, rounding).
 */
export function rangeFor(def: Pick<ParameterFact, 'unit' | 'of'>): readonly [min: string, max: string] | undefined {
  switch (def.unit) {
    case 'yuan':
      return ['0', '1000000000'];
    case 'rate':
      return def.of === 'share' ? ['0', '1'] : ['0', '10'];
    case 'count':
      return ['0', '1000000000'];
    case 'modelParams':
      return ['0', '999999999999999999999'];
    case 'date':
      return ['2000-01-01', '2099-12-31'];
    case 'years':
      return ['1', '20'];
    case 'comparison':
    case 'rounding':
      return undefined;
  }
}

const BY_ID = new Map<string, ParameterFact>(PARAMETER_FACTS.map((d) => [d.id, d]));

/** The fact of a parameter, or undefined for an unknown id. */
export function parameterFact(id: string): ParameterFact | undefined {
  return BY_ID.get(id);
}

/** A set of parameter values by id (strings, exact), e.g. the defaults with a reform applied. */
export type ParameterValues = Readonly<Record<string, string | null>>;

/** The default values of every parameter. */
export const DEFAULT_PARAMETER_VALUES: ParameterValues = Object.freeze(
  Object.fromEntries(PARAMETER_FACTS.map((d) => [d.id, d.value])),
);

export type { Comparison };
