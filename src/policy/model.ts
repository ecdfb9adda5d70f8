/**
 * The engine's internal model: the clause contract, the work line that flows through the constraint pipeline,
 * and the explanation data (adjustments, reasons, notes) that results carry. Amounts here are integer fen.
 */
import type { CompiledParameters } from './parameterSet.js';
import type { IsoDate } from '../core/dates.js';
import type { ClauseId, RuleId } from './ids.js';
import type { Fen, ZeroFen } from '../core/money.js';
import type { CapScope, ParameterFact } from './parameters.js';
import type { ReadingFact, Readings } from './readings.js';
import type { Application, Beneficiary, Claim, ClaimOf } from './input.js';

/** A named condition of a clause and whether the input meets it. */
export interface Condition {
  readonly id: string;
  readonly met: boolean;
}

/** Overlap groups of 九(一)① inside the policy (register §9.3). */
export type OverlapGroup = 'OG1' | 'OG2' | 'OG3' | 'OG4';

/** A cap a clause declares on its line; the clause-cap stages apply them from narrow to wide (§9.1 step 3). */
export type CapDecl =
  /** A bound on this line alone (per project, model, case, standard, event, centre). */
  | { readonly kind: 'item'; readonly param: string; readonly cap: Fen }
  /**
   * A bound shared by every line of the batch with the same `key`, less what earlier payments already used.
   * `stage` places it in the inner order of step 3.
   */
  | {
      readonly kind: 'cumulative';
      readonly stage: 'subject' | 'beneficiaryYear' | 'lifetime';
      readonly scope: CapScope;
      readonly key: string;
      readonly param: string;
      readonly cap: Fen;
      readonly prior: Fen;
    }
  /**
   * A tier ladder paid as the difference (晋级补差): the subject's best tier less what it already received (`prior`).
   * For the title ladders (五(一), 五(二), 六(二), 七(一)), `tierValue` is the nominal value of the tier this line
   * pays for and `awarded` the highest tier value already awarded on the ladder (a history line with an
   * entitlement above 0, D6): a tier at or below it pays nothing. 三(一)'s project total has neither.
   */
  | { readonly kind: 'ladder'; readonly key: string; readonly prior: Fen; readonly tierValue?: Fen; readonly awarded?: Fen }
  /** Paid once per subject (一次性, R5). */
  | { readonly kind: 'oneTime'; readonly key: string; readonly alreadyAwarded: boolean };

/** What every clause outcome carries, whatever its status. */
interface OutcomeFacts {
  readonly conditions: readonly Condition[];
  /** The date that must fall inside the validity window (A9.7.3); null when the line has none of its own. */
  readonly qualifyingDate: IsoDate | null;
  readonly caps?: readonly CapDecl[];
  /**
   * For 九(四): whether the claim shows national or provincial 财政 money received for its project (D1), and how
   * much. `id` overrides the project (六(三) belongs to its 五(三) line's project); by default the line's project
   * is the claim's `projectId`, else its subject.
   */
  readonly project?: { readonly id?: string; readonly superiorFunded: boolean; readonly superiorFunding: Fen };
  /** For ladders: the tier this line pays for, kept in the history. */
  readonly tier?: string;
  /** The figures the formula used, for the explanation. Amounts as yuan strings. */
  readonly basis: Readonly<Record<string, string | number | boolean>>;
  readonly notes?: readonly Note[];
}

/**
 * What a clause function returns for one claim: computed (its gross amount before any cap, 0 when a condition
 * fails), pending (an input the rule needs is missing) or indeterminate (a parameter the text leaves open is unset).
 * A pending or indeterminate outcome has gross 0 by its type: nothing is paid on a guess.
 */
export type ClauseOutcome =
  | (OutcomeFacts & { readonly gross: Fen; readonly pending?: undefined; readonly indeterminate?: undefined })
  | (OutcomeFacts & { readonly gross: ZeroFen; readonly pending: { readonly missing: string }; readonly indeterminate?: undefined })
  | (OutcomeFacts & { readonly gross: ZeroFen; readonly indeterminate: { readonly param: string }; readonly pending?: undefined });

/** Everything a clause function may read besides its claim. */
export interface ClauseContext {
  readonly application: Application;
  readonly beneficiary: Beneficiary;
  readonly awardYear: number;
  /** 「上一年度」: the calendar year before the award year (R4). */
  readonly baseYear: number;
  readonly params: CompiledParameters;
  readonly readings: Readings;
  readonly history: History;
  /** For 六(三) only: per product, the 五(三) entitlement it builds on (set by the uplift stage). */
  readonly upliftBase?: ReadonlyMap<string, { readonly amount: Fen; readonly projectId: string }>;
}

/** An award line's rule: its text, conditions and formula. */
export interface ClauseDef<C extends ClauseId = ClauseId> {
  readonly id: C;
  /** The document's label, e.g. 「二(二)」. */
  readonly item: string;
  readonly kind: 'MATCH' | 'PCT' | 'TIER' | 'REVIEW' | 'FIXED' | 'UPLIFT';
  /** 「企业」 lines pay enterprises only (R6); the others any in-scope legal entity. */
  readonly beneficiary: 'enterprise' | 'anyUnit';
  /** A1.2: the scope's main-business test may be met by the rewarded subject. */
  readonly subjectTest: boolean;
  /**
   * The line funds a subject with an investment (a project, product, model, platform, park, centre), so it belongs
   * by default to the project its subject names (九(四), D1). Lines that fund a year's operations or revenue, an
   * enterprise as such, a standard or an event belong to a project only when their claim names one (`projectId`).
   */
  readonly projectBound: boolean;
  /** 就高不重复 (九(一), register §9.3): the overlap group of the line, if it is in one. */
  readonly overlapGroup?: OverlapGroup;
  /** An annual award on a base year's figures: under A9.7.3 d the window tests its application date. */
  readonly annual: boolean;
  /** Paid as a difference against what the subject already received (三(一)'s project total, the ladders): 九(一) counts its entitlement as the highest it ever was. */
  readonly paidAsDifference: boolean;
  /** An R&D project line: under A9.4.1 b only these lines bring a project under 九(四). */
  readonly rdProject: boolean;
  /** The parameters the clause declares (their words are in the clause's words). */
  readonly parameters: readonly ParameterFact[];
  /** The readings the clause's branches switch on. */
  readonly readings: readonly ReadingFact[];
  readonly evaluate: (claim: ClaimOf<C>, ctx: ClauseContext) => ClauseOutcome;
}

/** A cut or change made to a line's amount, with the rule that made it. */
export type Adjustment =
  | { readonly code: 'itemCap'; readonly rule: ClauseId; readonly before: Fen; readonly after: Fen; readonly param: string; readonly cap: Fen }
  | {
      readonly code: 'cumulativeCap';
      readonly rule: ClauseId;
      readonly before: Fen;
      readonly after: Fen;
      readonly param: string;
      readonly scope: CapScope;
      readonly cap: Fen;
      readonly prior: Fen;
      readonly room: Fen;
    }
  | {
      readonly code: 'ladder';
      readonly rule: ClauseId;
      readonly before: Fen;
      readonly after: Fen;
      readonly prior: Fen;
      /** False: another line of the same ladder in this batch pays a higher (or an equal, uncut) tier. */
      readonly best: boolean;
      /** True: this tier, or a higher one, was already awarded on the ladder (D6), so nothing is paid. */
      readonly alreadyAwarded: boolean;
    }
  | { readonly code: 'oneTime'; readonly rule: ClauseId; readonly before: Fen; readonly after: Fen; readonly why: 'alreadyAwarded' | 'largerInBatch' }
  | { readonly code: 'overlap'; readonly rule: 'art09_1'; readonly before: Fen; readonly after: Fen; readonly group: OverlapGroup; readonly other: Fen; readonly room: Fen }
  | { readonly code: 'crossPolicy'; readonly rule: 'art09_1'; readonly before: Fen; readonly after: Fen; readonly other: Fen; readonly room: Fen }
  | {
      readonly code: 'auditedInvestment';
      readonly rule: 'art09_4';
      readonly before: Fen;
      readonly after: Fen;
      readonly projectId: string;
      readonly investment: Fen;
      readonly prior: Fen;
      readonly room: Fen;
    }
  | {
      readonly code: 'annualCap';
      readonly rule: 'art09_3';
      readonly before: Fen;
      readonly after: Fen;
      readonly contributionYear: number;
      readonly cap: Fen;
      readonly earlier: Fen;
      readonly room: Fen;
    }
  | { readonly code: 'budgetScale'; readonly rule: 'art09_3'; readonly before: Fen; readonly after: Fen; readonly scale: string };

/** Why a line carries no amount. */
export type Reason =
  | { readonly code: 'scope'; readonly rule: 'art01'; readonly failed: readonly string[] }
  | { readonly code: 'conditions'; readonly rule: ClauseId; readonly failed: readonly string[] }
  | { readonly code: 'window'; readonly rule: 'art09_7'; readonly date: IsoDate; readonly start: IsoDate; readonly end: IsoDate }
  | { readonly code: 'oneEnterpriseOnePolicy'; readonly rule: 'art09_1'; readonly signedOn: IsoDate }
  | { readonly code: 'referral'; readonly rule: 'art06_1' | 'art09_1' | 'art09_2'; readonly topic: string; readonly policy: string }
  | { readonly code: 'indeterminate'; readonly rule: ClauseId; readonly param: string }
  | { readonly code: 'pending'; readonly rule: RuleId; readonly missing: string };

/** Information attached to a line or a result that does not change money. */
export type Note =
  | { readonly code: 'teamReward'; readonly rule: 'art03_3'; readonly amount: Fen; readonly share: string }
  | { readonly code: 'annualCapOverridden'; readonly rule: 'art09_3'; readonly decisionRef: string; readonly wouldCut: Fen }
  | { readonly code: 'annualCapExceeded'; readonly rule: 'art09_3'; readonly excess: Fen }
  | { readonly code: 'annualCapExempt'; readonly rule: 'art09_3' }
  | { readonly code: 'auditedInvestmentNotApplied'; readonly rule: 'art09_4'; readonly projectId: string }
  | { readonly code: 'indeterminateRatioSupplied'; readonly rule: 'art02_1'; readonly ratio: string; readonly source: string }
  | { readonly code: 'recordKeeping'; readonly rule: 'art09_6' };

/** Status of a line in a result (register §0.7). */
export type LineStatus = 'paid' | 'reduced' | 'zero' | 'ineligible' | 'indeterminate' | 'pending' | 'referral';

/** The state of a line while it goes through the pipeline. */
export interface WorkLine {
  readonly claim: Claim;
  readonly clause: ClauseId | 'art06_1' | 'art09_1' | 'art09_2';
  readonly order: number;
  readonly state: 'open' | 'ineligible' | 'indeterminate' | 'pending' | 'referral';
  readonly conditions: readonly Condition[];
  readonly reasons: readonly Reason[];
  readonly gross: Fen;
  readonly amount: Fen;
  /** The amount after the clause's own caps (step 3), before 九(一), 九(四), 九(三). */
  readonly entitlement: Fen;
  readonly adjustments: readonly Adjustment[];
  readonly notes: readonly Note[];
  readonly qualifyingDate: IsoDate | null;
  readonly caps: readonly CapDecl[];
  readonly overlapGroup: OverlapGroup | undefined;
  /** The project the line funds (every award line has one, D1), and the higher-level money its claim shows. */
  readonly project: LineProject | undefined;
  readonly tier: string | undefined;
  readonly basis: Readonly<Record<string, string | number | boolean>>;
  /** 六(三) waits for the 五(三) entitlements before its formula runs. */
  readonly deferred: boolean;
}

/** The project of a work line (九(四)). */
export interface LineProject {
  readonly id: string;
  /** The claim shows national or provincial 财政 money received for the project: it brings the project under 九(四). */
  readonly superiorFunded: boolean;
  /** That money, in fen (counted against the investment only under reading A9.4.3 b). */
  readonly superiorFunding: Fen;
}

/** What every stage sees besides the lines. */
export interface StageContext extends ClauseContext {
  readonly approvalDate: IsoDate;
  readonly applicationDate: IsoDate;
}

/** One earlier line, in fen. */
export interface HistoryLine {
  readonly clause: ClauseId;
  readonly subjectId: string;
  /** The project it funded (九(四)): named, or for a project-bound line its subject; undefined for the others. */
  readonly projectId: string | undefined;
  readonly awardYear: number;
  readonly entitlement: Fen;
  /** Paid less refunded. */
  readonly net: Fen;
  readonly tier: string | undefined;
  /** The date it was paid, when known: orders two batches of one award year (D10). */
  readonly paidOn: string | undefined;
  /** Its project had national or provincial 财政 money (九(四), D1): stated, or implied by the clause. */
  readonly superiorFunded: boolean;
}

/** Queries over the history. */
export interface History {
  readonly lines: readonly HistoryLine[];
  /** Σ counted amount (R9) of lines matching `where`. */
  counted(where: (h: HistoryLine) => boolean): Fen;
  /** Σ net paid of lines matching `where` (always money, whatever R9 says). */
  paid(where: (h: HistoryLine) => boolean): Fen;
  /** Σ entitlement of lines matching `where`. */
  entitled(where: (h: HistoryLine) => boolean): Fen;
  some(where: (h: HistoryLine) => boolean): boolean;
}
