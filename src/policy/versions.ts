/**
 * The policy's versions by date (九(六) 「根据实施情况依法调整相关政策措施」, register A9.6.1). This text is a
 * 征求意见稿: the issued policy will change numbers, and adjustments may follow during the three years. A version is
 * a named set of dated values: each change sets one parameter from a date on, and cites its source (document,
 * article, words), as OpenFisca's parameters do. The draft as shipped is the version every other one starts from
 * (its values are the parameters' defaults, their sources the draft's words: catalogue.ts `draftSources`).
 *
 * An evaluation given a version uses, for each line, the values in force on the line's qualifying-fact date
 * (A9.6.1 `qualifyingDate`, the register's default) or on the approval date (`approvalDate`); parameter values a
 * caller gives on top (a reform) apply on every date. Versions are data, validated like reform files
 * (edges/input/versionFile.ts).
 */
import type { IsoDate } from '../core/dates.js';
import type { ParameterId } from './parameters.js';

/** Where a value comes from: the document, its article, and the words that state the value. */
export interface ValueSource {
  readonly document: string;
  /** The article or item, as the document numbers it (e.g. 「二(二)」). */
  readonly article: string;
  /** The words of the document that state the value. */
  readonly words?: string;
}

/** One parameter set to a value from a date on. */
export interface DatedChange {
  readonly parameter: ParameterId;
  /** The first day the value applies. */
  readonly from: IsoDate;
  /** The value, written as in options and reforms (null only for a parameter the text leaves open). */
  readonly value: string | null;
  readonly source: ValueSource;
}

/** A named version of the policy: the draft's values with dated changes. */
export interface PolicyVersion {
  /** A short name, e.g. `issued-2027`. */
  readonly id: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly changes: readonly DatedChange[];
}

/** The id of the draft as shipped: the version without changes. */
export const DRAFT_VERSION_ID = 'draft';

/** The document the draft's values come from. */
export const DRAFT_DOCUMENT = '郑州航空港区支持人工智能产业发展的若干政策措施（征求意见稿）';

/** The changes of a version in force on a date: those that apply from that date or earlier, in date order. */
export function changesInForce(version: PolicyVersion, on: IsoDate): DatedChange[] {
  return version.changes.filter((c) => c.from <= on).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** A change's name in results and explanations: `art02_2.cap@2027-01-01`. */
export function changeName(c: Pick<DatedChange, 'parameter' | 'from'>): string {
  return `${c.parameter}@${c.from}`;
}
