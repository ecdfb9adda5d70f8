/**
 * The input model, as zod schemas (validated once, at the public entry points). Amounts are decimal strings in
 * yuan with at most two places; dates are `YYYY-MM-DD`; years are integers. Objects are strict: an unknown key
 * is an error, never ignored. Types are inferred from the schemas.
 *
 * Written with zod's tree-shakable functional API (`zod/mini`): the engine's bundle carries only the validators it
 * uses, not all of zod (README, "Bundle size"). JSON Schemas are generated from these same schemas.
 *
 * Every schema's error text is a key of `EXPECTED` in errors.ts, which says in Chinese and English what was
 * expected there.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '../core/dates.js';
import { AWARD_LINES } from './ids.js';
import { SIGNED_YUAN_PATTERN, YUAN_PATTERN } from '../core/money.js';

/** Amount in yuan: `"1234.5"`, `"1000000"`, `"0.01"`. */
export const Yuan = z.string({ error: 'yuan' }).check(z.regex(YUAN_PATTERN, { error: 'yuan' }));
/** A signed amount in yuan (a district contribution may be negative, A9.3.9). */
export const SignedYuan = z.string({ error: 'signedYuan' }).check(z.regex(SIGNED_YUAN_PATTERN, { error: 'signedYuan' }));
/** Calendar date `YYYY-MM-DD`. */
export const IsoDate = z.string({ error: 'date' }).check(z.refine(isCalendarDate, { error: 'date' }));
/** A calendar year. */
export const Year = z.int({ error: 'year' }).check(z.minimum(1900, { error: 'year' }), z.maximum(2999, { error: 'year' }));
/** A year used as a record key: `"2025"`. */
const YearKey = z.string({ error: 'yearKey' }).check(z.regex(/^(19|2[0-9])[0-9]{2}$/, { error: 'yearKey' }));
const Id = z.string({ error: 'id' }).check(z.minLength(1, { error: 'id' }), z.maxLength(200, { error: 'id' }));
const Bool = z.boolean({ error: 'boolean' });
const Count = z.int({ error: 'count' }).check(z.minimum(0, { error: 'count' }), z.maximum(1e9, { error: 'count' }));
/** A whole number of model parameters, as a digit string (it may exceed 2^53). */
const ParamCount = z.string({ error: 'paramCount' }).check(z.regex(/^(0|[1-9][0-9]{0,20})$/, { error: 'paramCount' }));
const enumOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'enum' });
const optional = z.optional;
/** A list of at most `max` items. */
const arrayOf = <T extends z.ZodMiniType>(item: T, max: number, error?: string) =>
  z.array(item, error === undefined ? undefined : { error }).check(z.maxLength(max, error === undefined ? undefined : { error }));

export const ClauseIdSchema = enumOf(AWARD_LINES);
export const Level = enumOf(['national', 'provincial']);
export const AiField = enumOf([
  'computeAndAlgorithms', 'aiChipsAndSmartSensors', 'largeModels', 'dataLabelingCollectionTrading',
  'aiSoftwareAndSystems', 'intelligentRobots', 'intelligentTerminals', 'aiIndustryApplications',
]);
export const LegalForm = enumOf([
  'enterprise', 'publicInstitution', 'socialOrganization', 'privateNonEnterpriseUnit', 'branchOffice', 'unincorporated',
]);

/** Money received from a higher level: `receivedOn` absent means approved but not yet received (R3: pending). */
const SuperiorMoney = z.strictObject({ amount: Yuan, receivedOn: optional(IsoDate) });

const base = { id: Id, subjectId: Id };
/** For the lines of A1.2: the rewarded subject (scenario, factory, project, park, event) is in a listed AI field. */
const subjectTest = { subjectInAiField: optional(Bool) };
/**
 * The project a line funds, for 九(四) (D1): every award line belongs to the project `projectId` names, by default
 * its subject; the project's audited investment (经审计认定的投资额) may be given on any of its claims.
 */
const project = { projectId: optional(Id), auditedInvestment: optional(Yuan) };
const claimBase = { ...base, ...project };
/** At most this many items in a subject's list (selections, titles, recognitions, tranches). */
export const LIST_MAX = 100;
/** A list of a subject's selections, titles, recognitions or tranches (D9: one line per subject). */
const listOf = <T extends z.ZodMiniType>(item: T) => arrayOf(item, LIST_MAX, 'list');

export const Claim = z.discriminatedUnion('clause', [
  z.strictObject({ ...claimBase, clause: z.literal('art02_1'),
    eventKind: enumOf(['firstRegistration', 'firstListing', 'firstTransaction', 'firstOpening', 'firstEvaluation',
      'firstBalanceSheetEntry', 'firstCertification', 'other']),
    superiorLevel: enumOf(['national', 'provincial', 'municipal']),
    superiorAward: SuperiorMoney }),
  z.strictObject({ ...claimBase, clause: z.literal('art02_2'), recognized: Bool,
    dataServiceRevenue: z.record(YearKey, Yuan) }),
  z.strictObject({ ...claimBase, clause: z.literal('art03_1'),
    category: enumOf(['sciTechTackling', 'keyRd', 'majorSciTech']),
    onDistrictList: Bool, approved: Bool, approvedOn: IsoDate, approvedAmount: Yuan,
    nationalOrProvincialFunding: optional(Bool) }),
  // D9: the product's provincial tranches of this batch, matched together (Σ, floored once).
  z.strictObject({ ...claimBase, clause: z.literal('art03_2'), firstVersionRecognized: Bool, recognizedOn: IsoDate,
    provincialFunding: listOf(SuperiorMoney) }),
  z.strictObject({ ...claimBase, clause: z.literal('art03_3'), aiField: Bool,
    disbursements: arrayOf(z.strictObject({
      programme: enumOf(['nationalMajorSpecial', 'nationalKeyRd', 'provincialMajorSpecial', 'provincialKeyRd', 'other']),
      calendarYear: Year, amount: Yuan }), 1000) }),
  z.strictObject({ ...claimBase, clause: z.literal('art04_1'), selfDeveloped: Bool, deployedParams: ParamCount,
    deployedInDistrict: Bool, thirdPartyEvaluated: Bool, domesticLeading: Bool, evaluatedOn: IsoDate,
    recognized: Bool, leadDeveloper: Bool, constructionCost: Yuan, multimodal: optional(Bool), openToSmes: optional(Bool) }),
  z.strictObject({ ...claimBase, clause: z.literal('art04_2'), deployedParams: ParamCount, deployedInDistrict: Bool,
    thirdPartyEvaluated: Bool, majorIndustryInfluence: Bool, evaluatedOn: IsoDate, recognized: Bool,
    leadDeveloper: Bool, constructionCost: Yuan, selfDeveloped: optional(Bool) }),
  z.strictObject({ ...claimBase, clause: z.literal('art04_3'), filingType: enumOf(['cacGenerativeAiFiling', 'localRegistration']),
    filedOn: IsoDate, evaluationRelatedFees: Yuan, approvedAmount: optional(Yuan) }),
  // D9: the project's selections (national, provincial), one line per project.
  z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art05_1'),
    selections: listOf(z.strictObject({ level: Level, announcedOn: IsoDate })) }),
  // D9: the titles of the ladder (the enterprise's, or under A5.2.3 perSite the site's), one line per ladder.
  z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art05_2'),
    titles: listOf(z.strictObject({
      title: enumOf(['nationalDemoFactory', 'nationalExcellentScenario', 'provincialBenchmark', 'provincialSmartFactory',
        'provincialSmartWorkshop']), announcedOn: IsoDate })) }),
  z.strictObject({ ...claimBase, clause: z.literal('art05_3'), aiProduct: Bool, recognitionLevel: Level,
    recognizedOn: IsoDate, superiorLevel: Level, superiorAward: SuperiorMoney }),
  // D9: the platform's recognitions, each with the amount approved by review, one line per platform.
  z.strictObject({ ...claimBase, clause: z.literal('art06_2'),
    recognitions: listOf(z.strictObject({ level: Level, recognizedOn: IsoDate, approvedAmount: Yuan })) }),
  // 六(三) builds on the 五(三) line of the same product and belongs to its project.
  z.strictObject({ ...base, clause: z.literal('art06_3'), intelligentRobot: Bool }),
  z.strictObject({ ...claimBase, clause: z.literal('art06_4a'), reviewedExcellent: Bool, reviewedOn: IsoDate,
    approvedAmount: Yuan }),
  z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art06_4b'), selectedProvincial: Bool,
    selectedOn: IsoDate, provincialSupport: SuperiorMoney }),
  z.strictObject({ ...claimBase, clause: z.literal('art06_5a'), standardLevel: enumOf(['national', 'industry']),
    role: enumOf(['leadDrafter', 'participant']), standardKind: enumOf(['new', 'revision']), roboticsRelated: Bool,
    publishedOn: IsoDate, approvedAmount: Yuan }),
  z.strictObject({ ...claimBase, clause: z.literal('art06_5b'), firstIncludedOn: IsoDate, previouslyIncluded: Bool }),
  // D9: the park's designations (national, provincial), one line per park.
  z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art07_1'),
    designations: listOf(z.strictObject({ level: Level, designatedOn: IsoDate })) }),
  z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art07_2a'), level: Level, designatedOn: IsoDate }),
  z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art07_2b'), districtBenchmarkPark: Bool,
    ratings: z.record(YearKey, enumOf(['excellent', 'good', 'pass', 'fail'])),
    operatingCost: z.record(YearKey, Yuan) }),
  z.strictObject({ ...claimBase, clause: z.literal('art08_1'), recognized: Bool, recognizedOn: IsoDate,
    equipmentPurchased: Yuan, softwarePurchased: Yuan, equipmentOrSoftwareLeasedPaid: Yuan, decorationCost: Yuan,
    otherCosts: optional(Yuan) }),
  z.strictObject({ ...claimBase, clause: z.literal('art08_2'), evaluationPassed: z.record(YearKey, Bool),
    serviceRevenue: z.record(YearKey, Yuan), servedEnterprises: z.record(YearKey, Count) }),
  z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art08_3'), eventLevel: enumOf(['national', 'provincial', 'other']),
    eventType: enumOf(['academicConference', 'technicalExchange', 'investmentPromotion', 'dataElementsCompetition',
      'industryCompetition', 'innovationCompetition', 'other']),
    heldInDistrict: Bool, hostRole: enumOf(['host', 'organizerOnly']), filedAndApprovedOn: optional(IsoDate),
    heldOn: IsoDate, totalCost: Yuan, costBorneByHost: Yuan }),
  z.strictObject({ ...base, clause: z.literal('art06_1'), topic: enumOf(['robotLeaderLanding', 'robotPark']) }),
  z.strictObject({ ...base, clause: z.literal('art09_2'), topic: enumOf(['computeFacilities', 'inclusiveCompute',
    'greenDataCentre', 'innovationPlatform', 'enterpriseCultivation', 'investmentFinancing', 'talent']) }),
  z.strictObject({ ...base, clause: z.literal('art09_1'), topic: enumOf(['caseByCase']) }),
], { error: 'clause' });

/** What was already paid under this policy, one entry per earlier line (R9, §0.7). */
export const PaidLine = z.strictObject({
  clause: ClauseIdSchema,
  subjectId: Id,
  awardYear: Year,
  /** The amount after the clause's own caps, before 九(一), 九(四) and 九(三). */
  entitlement: Yuan,
  paid: Yuan,
  refunded: optional(Yuan),
  paidOn: optional(IsoDate),
  projectId: optional(Id),
  /** For tier ladders: the tier this payment was for (e.g. `provincialSmartWorkshop`, `national`). */
  tier: optional(z.string({ error: 'id' }).check(z.maxLength(100, { error: 'id' }))),
  /**
   * The line's project had national or provincial 财政 money (九(四), D1). Implied for the lines that match such
   * money (三(二), 三(三), 五(三), 六(三), 六(四)b); for the others, state it when their claim showed such money.
   */
  superiorFunded: optional(Bool),
});

/** Money from another 航空港区 policy for the same subject, and the clause of this policy it corresponds to. */
export const OtherDistrictSupport = z.strictObject({
  policy: Id,
  subjectId: Id,
  /** The project the money funded, for 九(四) (D2); by default its subject. */
  projectId: optional(Id),
  clause: ClauseIdSchema,
  amount: Yuan,
  paidOn: IsoDate,
});

/** A non-empty text of at most `max` characters. */
const Text = (max: number) => z.string({ error: 'text' }).check(z.minLength(1, { error: 'text' }), z.maxLength(max, { error: 'text' }));

/** The clauses a 九(五) finding covers: `all`, or a list of clause ids. */
export const FindingScope = z.union([z.literal('all'), z.array(ClauseIdSchema).check(z.minLength(1), z.maxLength(23))], { error: 'findingScope' });

export const Beneficiary = z.strictObject({
  id: Id,
  name: optional(Text(500)),
  legalForm: LegalForm,
  /** Holds a recognised R&D-institution status (「各类研发机构」, exempt from 九(三)). */
  rndInstitution: Bool,
  registeredInDistrict: Bool,
  taxAdministeredInDistrict: Bool,
  statsRegisteredInDistrict: Bool,
  independentLegalPerson: Bool,
  soundFinancialSystem: Bool,
  operatingNormally: Bool,
  goodCredit: Bool,
  mainBusinessFields: arrayOf(AiField, 8),
  /** 年度区级综合贡献额 by calendar year. */
  districtContribution: z.record(YearKey, SignedYuan),
  oneEnterpriseOnePolicy: optional(z.strictObject({ signedOn: IsoDate, similarClauses: arrayOf(ClauseIdSchema, 23) })),
  fraudFindings: optional(arrayOf(z.strictObject({
    confirmedOn: IsoDate, scope: FindingScope,
    liftedOn: optional(IsoDate) }), 100)),
  otherDistrictSupport: optional(arrayOf(OtherDistrictSupport, 1000)),
});

/** A project bounded by 九(四): its audited investment (经审计认定的投资额). */
export const Project = z.strictObject({
  id: Id,
  auditedInvestment: optional(Yuan),
  /** National and provincial 财政 money received for the project (used only under reading A9.4.3 b). */
  superiorFunding: optional(Yuan),
});

/** One beneficiary's application in one award year (one approval batch). */
export const Application = z.strictObject({
  beneficiary: Beneficiary,
  awardYear: Year,
  /** The date the district approves the batch (R4: its calendar year is the award year). */
  approvalDate: IsoDate,
  /** The date the application was filed (used only under readings A9.7.3 b and d); default the approval date. */
  applicationDate: optional(IsoDate),
  claims: arrayOf(Claim, 500),
  projects: optional(arrayOf(Project, 500)),
  history: optional(arrayOf(PaidLine, 5000)),
  /** A recorded decision to lift the 九(三) cap for this beneficiary and year (「原则上」, A9.3.1). */
  annualCapOverride: optional(z.strictObject({ decisionRef: Id, reason: Text(2000) })),
});

/** One year (one approval batch) of a multi-year run: an application without the beneficiary and the history. */
export const YearInput = z.omit(Application, { beneficiary: true, history: true });

/** A beneficiary's award years, oldest first, with the history before the first (the input of `evaluateYears`). */
export const MultiYearInput = z.strictObject({
  beneficiary: Beneficiary,
  history: optional(arrayOf(PaidLine, 5000)),
  years: arrayOf(YearInput, 50).check(z.minLength(1, { error: 'years' })),
});

/** A beneficiary's paid history and a confirmed 九(五) finding (the input of `clawback`). */
export const ClawbackInput = z.strictObject({
  beneficiaryId: Id,
  history: arrayOf(PaidLine, 5000),
  finding: z.strictObject({ confirmedOn: IsoDate, scope: FindingScope }),
});

/** An application as a caller writes it (see docs/input.md). */
export type ApplicationInput = z.input<typeof Application>;
/** A validated application. */
export type Application = z.output<typeof Application>;
/** One claim: a request under one award line (or a referral topic). */
export type Claim = z.output<typeof Claim>;
/** The claim of one clause. */
export type ClaimOf<C extends Claim['clause']> = Extract<Claim, { clause: C }>;
/** One earlier payment under this policy. */
export type PaidLine = z.output<typeof PaidLine>;
/** The applicant. */
export type Beneficiary = z.output<typeof Beneficiary>;
/** A project bounded by 九(四). */
export type Project = z.output<typeof Project>;
/** A multi-year input as a caller writes it. */
export type MultiYearInput = z.input<typeof MultiYearInput>;
/** A clawback input as a caller writes it. */
export type ClawbackInput = z.input<typeof ClawbackInput>;
