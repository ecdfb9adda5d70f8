/**
 * Builders for test inputs: a beneficiary that passes the scope gate, an application around some claims, and
 * one valid claim per clause. Tests override only the fields they are about.
 */
import {
  clawback as clawbackTyped, evaluate as evaluateTyped, evaluateYears as evaluateYearsTyped, type ApplicationInput, type ClawbackInput,
  type ClawbackResult, type EvaluationResult, type LineResult, type MultiYearInput, type MultiYearResult,
} from '../src/index.js';
import type { EvaluateOptions } from '../src/edges/input/validate.js';

export type Json = Record<string, unknown>;

/** An enterprise in scope, with a large contribution so 九(三) does not bind unless a test wants it to. */
export function beneficiary(overrides: Json = {}): Json {
  return {
    id: 'B1',
    legalForm: 'enterprise',
    rndInstitution: false,
    registeredInDistrict: true,
    taxAdministeredInDistrict: true,
    statsRegisteredInDistrict: true,
    independentLegalPerson: true,
    soundFinancialSystem: true,
    operatingNormally: true,
    goodCredit: true,
    mainBusinessFields: ['largeModels'],
    districtContribution: { '2025': '999999999.00', '2026': '999999999.00', '2027': '999999999.00', '2028': '999999999.00' },
    ...overrides,
  };
}

/** An application in award year 2026, approved 2026-12-01. */
export function application(claims: Json[], overrides: Json = {}): Json {
  return { beneficiary: beneficiary(), awardYear: 2026, approvalDate: '2026-12-01', claims, ...overrides };
}

/** A claim of each clause that meets every condition, dated inside the default window, for award year 2026. */
export const BASE_CLAIMS: Record<string, Json> = {
  art02_1: { id: 'c', clause: 'art02_1', subjectId: 'S', eventKind: 'firstListing', superiorLevel: 'municipal', superiorAward: { amount: '200000.00', receivedOn: '2026-03-01' } },
  art02_2: { id: 'c', clause: 'art02_2', subjectId: 'S', recognized: true, dataServiceRevenue: { '2025': '5000000.00' } },
  art03_1: { id: 'c', clause: 'art03_1', subjectId: 'S', category: 'keyRd', onDistrictList: true, approved: true, approvedOn: '2026-03-01', approvedAmount: '1500000.00' },
  art03_2: { id: 'c', clause: 'art03_2', subjectId: 'S', firstVersionRecognized: true, recognizedOn: '2026-01-10', provincialFunding: [{ amount: '800000.00', receivedOn: '2026-03-01' }] },
  art03_3: { id: 'c', clause: 'art03_3', subjectId: 'S', aiField: true, disbursements: [{ programme: 'nationalKeyRd', calendarYear: 2025, amount: '1000000.00' }] },
  art04_1: { id: 'c', clause: 'art04_1', subjectId: 'S', selfDeveloped: true, deployedParams: '200000000000', deployedInDistrict: true, thirdPartyEvaluated: true, domesticLeading: true, evaluatedOn: '2026-03-01', recognized: true, leadDeveloper: true, constructionCost: '20000000.00' },
  art04_2: { id: 'c', clause: 'art04_2', subjectId: 'S', deployedParams: '20000000000', deployedInDistrict: true, thirdPartyEvaluated: true, majorIndustryInfluence: true, evaluatedOn: '2026-03-01', recognized: true, leadDeveloper: true, constructionCost: '10000000.00' },
  art04_3: { id: 'c', clause: 'art04_3', subjectId: 'S', filingType: 'cacGenerativeAiFiling', filedOn: '2026-03-01', evaluationRelatedFees: '400000.00' },
  art05_1: { id: 'c', clause: 'art05_1', subjectId: 'S', selections: [{ level: 'provincial', announcedOn: '2026-03-01' }] },
  art05_2: { id: 'c', clause: 'art05_2', subjectId: 'S', titles: [{ title: 'provincialSmartFactory', announcedOn: '2026-03-01' }] },
  art05_3: { id: 'c', clause: 'art05_3', subjectId: 'S', aiProduct: true, recognitionLevel: 'provincial', recognizedOn: '2026-01-10', superiorLevel: 'provincial', superiorAward: { amount: '1000000.00', receivedOn: '2026-03-01' } },
  art06_2: { id: 'c', clause: 'art06_2', subjectId: 'S', recognitions: [{ level: 'provincial', recognizedOn: '2026-03-01', approvedAmount: '1500000.00' }] },
  art06_3: { id: 'c6', clause: 'art06_3', subjectId: 'S', intelligentRobot: true },
  art06_4a: { id: 'c', clause: 'art06_4a', subjectId: 'S', reviewedExcellent: true, reviewedOn: '2026-03-01', approvedAmount: '400000.00' },
  art06_4b: { id: 'c', clause: 'art06_4b', subjectId: 'S', selectedProvincial: true, selectedOn: '2026-01-10', provincialSupport: { amount: '600000.00', receivedOn: '2026-03-01' } },
  art06_5a: { id: 'c', clause: 'art06_5a', subjectId: 'S', standardLevel: 'national', role: 'leadDrafter', standardKind: 'new', roboticsRelated: true, publishedOn: '2026-03-01', approvedAmount: '800000.00' },
  art06_5b: { id: 'c', clause: 'art06_5b', subjectId: 'S', firstIncludedOn: '2026-03-01', previouslyIncluded: false },
  art07_1: { id: 'c', clause: 'art07_1', subjectId: 'S', designations: [{ level: 'provincial', designatedOn: '2026-03-01' }] },
  art07_2a: { id: 'c', clause: 'art07_2a', subjectId: 'S', level: 'provincial', designatedOn: '2026-03-01' },
  art07_2b: { id: 'c', clause: 'art07_2b', subjectId: 'S', districtBenchmarkPark: true, ratings: { '2025': 'excellent' }, operatingCost: { '2025': '3000000.00' } },
  art08_1: { id: 'c', clause: 'art08_1', subjectId: 'S', recognized: true, recognizedOn: '2026-03-01', equipmentPurchased: '1000000.00', softwarePurchased: '500000.00', equipmentOrSoftwareLeasedPaid: '500000.00', decorationCost: '3000000.00' },
  art08_2: { id: 'c', clause: 'art08_2', subjectId: 'S', evaluationPassed: { '2025': true }, serviceRevenue: { '2025': '5000000.00' }, servedEnterprises: { '2025': 60 } },
  art08_3: { id: 'c', clause: 'art08_3', subjectId: 'S', eventLevel: 'national', eventType: 'academicConference', heldInDistrict: true, hostRole: 'host', filedAndApprovedOn: '2026-02-01', heldOn: '2026-03-01', totalCost: '1000000.00', costBorneByHost: '800000.00' },
};

/**
 * The fields of one item of a subject's list (D9) that a test may write on the claim itself, by clause, with the
 * list they belong to: `claim('art05_1', { level: 'national' })` is the claim whose one selection is national.
 */
const LIST_ITEM: Readonly<Record<string, { readonly list: string; readonly fields: Readonly<Record<string, string>> }>> = {
  art05_1: { list: 'selections', fields: { level: 'level', announcedOn: 'announcedOn' } },
  art05_2: { list: 'titles', fields: { title: 'title', announcedOn: 'announcedOn' } },
  art06_2: { list: 'recognitions', fields: { recognitionLevel: 'level', recognizedOn: 'recognizedOn', approvedAmount: 'approvedAmount' } },
  art07_1: { list: 'designations', fields: { level: 'level', designatedOn: 'designatedOn' } },
};

/**
 * A copy of a base claim with some fields changed. For the clauses whose subject's items are a list (D9), the
 * fields of a single item may be given on the claim (see LIST_ITEM) and a single `provincialFunding` object of
 * 三(二) as the object: they are written into the base claim's one-item list, the shape the input has.
 */
export function claim(clause: string, overrides: Json = {}): Json {
  const out: Json = { ...structuredClone(BASE_CLAIMS[clause]!) };
  const item = LIST_ITEM[clause];
  for (const [key, value] of Object.entries(overrides)) {
    const field = item?.fields[key];
    if (item && field !== undefined) {
      const list = out[item.list] as Json[];
      list[0] = { ...list[0], [field]: value };
    } else if (clause === 'art03_2' && key === 'provincialFunding' && !Array.isArray(value)) {
      out[key] = [value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Projects for 九(四), with a large audited investment, for clauses that need one. */
export function bigProject(id = 'S'): Json {
  return { id, auditedInvestment: '999999999.00' };
}

/** Evaluates and returns the line of a claim id (default `c`). */
export function lineOf(result: EvaluationResult, claimId = 'c'): LineResult {
  const line = result.lines.find((l) => l.claimId === claimId);
  if (!line) throw new Error(`no line ${claimId}`);
  return line;
}

/** Evaluates one claim in an otherwise neutral application and returns its line. */
export function one(clauseClaim: Json, appOverrides: Json = {}, options?: unknown): LineResult {
  const app = application([clauseClaim], { projects: [bigProject(String(clauseClaim.projectId ?? clauseClaim.subjectId))], ...appOverrides });
  return lineOf(evaluate(app, options), String(clauseClaim.id));
}

/**
 * The engine's typed entries, for the raw test data of this suite (Json, as a JSON caller would send it): the data
 * cast to the input types, so that a test can give what the types forbid and see the run-time checks answer.
 */
export function evaluate(input: unknown, options?: unknown): EvaluationResult {
  return evaluateTyped(input as ApplicationInput, options as EvaluateOptions | undefined);
}

/** {@link evaluate} for several award years. */
export function evaluateYears(input: unknown, options?: unknown): MultiYearResult {
  return evaluateYearsTyped(input as MultiYearInput, options as EvaluateOptions | undefined);
}

/** {@link evaluate} for a clawback. */
export function clawback(input: unknown, options?: unknown): ClawbackResult {
  return clawbackTyped(input as ClawbackInput, options as EvaluateOptions | undefined);
}
