/**
 * The parameters of the policy, as the engine uses them: every amount, rate, threshold, date and rule switch the
 * clauses and constraints read, each with its unit, the item it comes from, its default value and the range a value
 * may take. The words of the text that state each value (its quote and token) and its title are in
 * parameterWords.ts; the catalogue (catalogue.ts) joins the two for drafters, documents and the public API.
 *
 * Values are strings so that money stays exact: yuan amounts as whole or two-place decimals, rates as decimal
 * fractions ("0.30" for 30 %, "0.5" for 1:0.5), counts and parameter counts as integers, dates as YYYY-MM-DD.
 * A parameter the text leaves open has `value: null` (二(一)'s ratio).
 */
import type { Comparison } from '../core/boundaries.js';
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

/** Every parameter, grouped by item in document order. */
export const PARAMETER_FACTS = [
  // art02_1
  { id: 'art02_1.ratio', rule: 'art02_1', unit: 'rate', value: null, of: 'ratio' },
  { id: 'art02_1.cap', rule: 'art02_1', unit: 'yuan', value: '1000000', scope: 'perUnitLifetime' },
  // art02_2
  { id: 'art02_2.threshold', rule: 'art02_2', unit: 'yuan', value: '3000000' },
  { id: 'art02_2.thresholdComparison', rule: 'art02_2', unit: 'comparison', value: 'atLeast' },
  { id: 'art02_2.rate', rule: 'art02_2', unit: 'rate', value: '0.10', of: 'share' },
  { id: 'art02_2.cap', rule: 'art02_2', unit: 'yuan', value: '1000000', scope: 'perBeneficiaryPerYear' },
  // art03_1
  { id: 'art03_1.cap.sciTechTackling', rule: 'art03_1', unit: 'yuan', value: '1000000', scope: 'perSubjectCumulative' },
  { id: 'art03_1.cap.keyRd', rule: 'art03_1', unit: 'yuan', value: '2000000', scope: 'perSubjectCumulative' },
  { id: 'art03_1.cap.majorSciTech', rule: 'art03_1', unit: 'yuan', value: '10000000', scope: 'perSubjectCumulative' },
  // art03_2
  { id: 'art03_2.ratio', rule: 'art03_2', unit: 'rate', value: '1', of: 'ratio' },
  { id: 'art03_2.productCap', rule: 'art03_2', unit: 'yuan', value: '3000000', scope: 'perSubjectCumulative' },
  { id: 'art03_2.enterpriseYearCap', rule: 'art03_2', unit: 'yuan', value: '6000000', scope: 'perBeneficiaryPerYear' },
  // art03_3
  { id: 'art03_3.ratioNational', rule: 'art03_3', unit: 'rate', value: '1', of: 'ratio' },
  { id: 'art03_3.ratioProvincial', rule: 'art03_3', unit: 'rate', value: '0.5', of: 'ratio' },
  { id: 'art03_3.teamRewardShare', rule: 'art03_3', unit: 'rate', value: '0.10', of: 'share' },
  // art04_1
  { id: 'art04_1.paramsThreshold', rule: 'art04_1', unit: 'modelParams', value: '100000000000' },
  { id: 'art04_1.paramsComparison', rule: 'art04_1', unit: 'comparison', value: 'moreThan' },
  { id: 'art04_1.rate', rule: 'art04_1', unit: 'rate', value: '0.30', of: 'share' },
  { id: 'art04_1.cap', rule: 'art04_1', unit: 'yuan', value: '10000000', scope: 'perItem' },
  // art04_2
  { id: 'art04_2.paramsThreshold', rule: 'art04_2', unit: 'modelParams', value: '10000000000' },
  { id: 'art04_2.paramsComparison', rule: 'art04_2', unit: 'comparison', value: 'moreThan' },
  { id: 'art04_2.rate', rule: 'art04_2', unit: 'rate', value: '0.30', of: 'share' },
  { id: 'art04_2.cap', rule: 'art04_2', unit: 'yuan', value: '5000000', scope: 'perItem' },
  // art04_3
  { id: 'art04_3.cap', rule: 'art04_3', unit: 'yuan', value: '1000000', scope: 'perItem' },
  // art05_1
  { id: 'art05_1.national', rule: 'art05_1', unit: 'yuan', value: '2000000' },
  { id: 'art05_1.provincial', rule: 'art05_1', unit: 'yuan', value: '1000000' },
  // art05_2
  { id: 'art05_2.nationalDemoFactory', rule: 'art05_2', unit: 'yuan', value: '3000000' },
  { id: 'art05_2.nationalExcellentScenario', rule: 'art05_2', unit: 'yuan', value: '1000000' },
  { id: 'art05_2.provincialBenchmark', rule: 'art05_2', unit: 'yuan', value: '1000000' },
  { id: 'art05_2.provincialSmartFactory', rule: 'art05_2', unit: 'yuan', value: '500000' },
  { id: 'art05_2.provincialSmartWorkshop', rule: 'art05_2', unit: 'yuan', value: '300000' },
  // art05_3
  { id: 'art05_3.ratio', rule: 'art05_3', unit: 'rate', value: '1', of: 'ratio' },
  // art06_2
  { id: 'art06_2.national', rule: 'art06_2', unit: 'yuan', value: '5000000', scope: 'perSubjectCumulative' },
  { id: 'art06_2.provincial', rule: 'art06_2', unit: 'yuan', value: '2000000', scope: 'perSubjectCumulative' },
  // art06_3
  { id: 'art06_3.uplift', rule: 'art06_3', unit: 'rate', value: '0.20', of: 'share' },
  // art06_4a
  { id: 'art06_4a.cap', rule: 'art06_4a', unit: 'yuan', value: '500000', scope: 'perItem' },
  // art06_4b
  { id: 'art06_4b.ratio', rule: 'art06_4b', unit: 'rate', value: '1', of: 'ratio' },
  // art06_5a
  { id: 'art06_5a.national', rule: 'art06_5a', unit: 'yuan', value: '1000000', scope: 'perItem' },
  { id: 'art06_5a.industry', rule: 'art06_5a', unit: 'yuan', value: '500000', scope: 'perItem' },
  // art06_5b
  { id: 'art06_5b.amount', rule: 'art06_5b', unit: 'yuan', value: '1000000' },
  // art07_1
  { id: 'art07_1.national', rule: 'art07_1', unit: 'yuan', value: '5000000' },
  { id: 'art07_1.provincial', rule: 'art07_1', unit: 'yuan', value: '3000000' },
  // art07_2a
  { id: 'art07_2a.amount', rule: 'art07_2a', unit: 'yuan', value: '3000000' },
  // art07_2b
  { id: 'art07_2b.rate', rule: 'art07_2b', unit: 'rate', value: '0.20', of: 'share' },
  { id: 'art07_2b.cap', rule: 'art07_2b', unit: 'yuan', value: '1000000', scope: 'perSubjectPerYear' },
  // art08_1
  { id: 'art08_1.rate', rule: 'art08_1', unit: 'rate', value: '0.30', of: 'share' },
  { id: 'art08_1.cap', rule: 'art08_1', unit: 'yuan', value: '3000000', scope: 'perItem' },
  // art08_2
  { id: 'art08_2.revenueThreshold', rule: 'art08_2', unit: 'yuan', value: '3000000' },
  { id: 'art08_2.revenueComparison', rule: 'art08_2', unit: 'comparison', value: 'moreThan' },
  { id: 'art08_2.servedThreshold', rule: 'art08_2', unit: 'count', value: '50' },
  { id: 'art08_2.servedComparison', rule: 'art08_2', unit: 'comparison', value: 'atLeast' },
  { id: 'art08_2.rate', rule: 'art08_2', unit: 'rate', value: '0.10', of: 'share' },
  { id: 'art08_2.cap', rule: 'art08_2', unit: 'yuan', value: '1000000', scope: 'perBeneficiaryPerYear' },
  // art08_3
  { id: 'art08_3.rate', rule: 'art08_3', unit: 'rate', value: '0.50', of: 'share' },
  { id: 'art08_3.cap', rule: 'art08_3', unit: 'yuan', value: '1500000', scope: 'perItem' },
  // art09_3
  { id: 'art09_3.budgetScale', rule: 'art09_3', unit: 'rate', value: '1', of: 'share' },
  // art09_7
  { id: 'art09_7.effectiveDate', rule: 'art09_7', unit: 'date', value: '2025-07-01' },
  { id: 'art09_7.validityYears', rule: 'art09_7', unit: 'years', value: '3' },
  // general
  { id: 'rounding', rule: 'general', unit: 'rounding', value: 'floor' },
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
