/**
 * The input model, as zod schemas (validated once, at the public entry points). Amounts are decimal strings in
 * yuan with at most two places; dates are `YYYY-MM-DD`; years are integers. Objects are strict: an unknown key
 * is an error, never ignored. Types are inferred from the schemas.
 *
 * Each award line's claim is declared in its clause file (`art05_2Input` in src/clauses/art05_2.ts …), with the
 * parts of policy/inputParts.ts; this file gathers them into the claim union and builds the application, the
 * history, the multi-year and the clawback inputs around it.
 *
 * Written with zod's tree-shakable functional API (`zod/mini`): the engine's bundle carries only the validators it
 * uses, not all of zod (README, "Bundle size"). JSON Schemas are generated from these same schemas.
 *
 * Every schema's error text is a key of `EXPECTED` in errors.ts, which says in Chinese and English what was
 * expected there.
 */
import * as z from 'zod/mini';
import { CLAUSE_INPUTS } from '../clauses/index.js';
import { AiField, Bool, ClauseIdSchema, Id, IsoDate, LegalForm, SignedYuan, Year, YearKey, Yuan, arrayOf, base, enumOf, optional, project } from './inputParts.js';

/** The parts the package's users name (amounts, dates, years, enums, list bound). */
export { Yuan, SignedYuan, IsoDate, Year, ClauseIdSchema, Level, AiField, LegalForm, LIST_MAX } from './inputParts.js';

export const Claim = z.discriminatedUnion('clause', [
  ...CLAUSE_INPUTS,
  // The referral topics (no award line: routed to a case-by-case decision).
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
