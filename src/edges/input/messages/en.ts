/**
 * English messages for input issues. One renderer per issue code, in a map the compiler checks to be complete;
 * inside a renderer, an exhaustive switch per rule. A new code or rule not rendered here fails to compile.
 */
import type { ParamUnit } from '../../../policy/parameters.js';
import type { Expected, Format, IssueCode, IssueParamsByCode, NameKind, Received, RecordLimit } from '../issues.js';

/** What each named form is, in English. */
export const FORMAT_EN: Readonly<Record<Format, string>> = {
  yuan: 'an amount in yuan as a decimal string: non-negative, at most two decimals and 11 whole digits, e.g. "1234.50"',
  signedYuan: 'an amount in yuan as a decimal string, may be negative, at most two decimals and 11 whole digits, e.g. "-1234.50"',
  date: 'a real calendar date written YYYY-MM-DD, e.g. "2026-03-01"',
  year: 'a calendar year as an integer (1900–2999)',
  yearKey: 'a four-digit year as the key, e.g. "2025"',
  id: 'a non-empty string id (at most 200 characters)',
  text: 'a non-empty text',
  boolean: 'a boolean, true or false',
  count: 'a non-negative whole number',
  paramCount: 'a whole number of parameters written as a digit string, e.g. "120000000000"',
  years: 'at least one award year',
  list: 'a list (array) of at most 100 items',
  findingScope: '"all" or a list of clause ids',
  clause: 'a known clause id (art02_1 … art08_3, or the referral items art06_1, art09_1, art09_2)',
  options: 'an object { parameters?, readings? }',
  parameterMap: 'an object keyed by id, e.g. { "art02_1.ratio": "0.5" }',
  readingMap: 'an object keyed by id, e.g. { "A9.3.2": "a" }',
  clauseIdString: 'a clause id as a string, e.g. "art04_3"',
  reformId: 'an id of letters, digits, dots, underscores or hyphens (at most 100), e.g. "raise-02-2-cap"',
  words: 'a non-empty text, or { zh: …, en: … }',
  reformParameters: 'a map keyed by parameter id, e.g. { "art02_2.cap": "2000000" }',
  reformReadings: 'a map keyed by reading id, e.g. { "A9.3.1": "b" }',
  reformLines: 'a list of clause ids, e.g. ["art04_3"]',
  reform: 'a reform: a map (object) with the fields id, title, description, parameters, readings, disabledLines',
  portfolio: 'a list of multi-year inputs ([{ beneficiary, history?, years }])',
  top: 'a whole number from 1 to 9999',
  reformFile: '.yaml, .yml or .json (the ending of a reform file\'s name)',
  version: 'a version of the policy: an object { id, title: { zh, en }, changes: [...] }',
  versionId: 'a version name of letters, digits, dots, underscores or hyphens (at most 100), e.g. "issued-2027"',
  versionTitle: 'an object { zh, en } of non-empty texts',
  versionChanges: 'a list of at most 1000 dated changes { parameter, from, value, source }',
  versionChange: 'a dated change { parameter, from, value, source }',
  versionSource: 'the source of a value { document, article, words? }, each a non-empty text',
};

/** What a value of each parameter unit looks like, in English. */
export const UNIT_EN: Readonly<Record<ParamUnit, string>> = {
  yuan: 'an amount in yuan as a decimal string, e.g. "2000000" (200万元)',
  rate: 'a decimal rate as a string, e.g. "0.30" (30 %) or "0.5" (1:0.5)',
  count: 'a whole number as a string, e.g. "50"',
  modelParams: 'a whole number of parameters as a string, e.g. "100000000000" (千亿)',
  date: 'a date string YYYY-MM-DD',
  years: 'a whole number of years as a string, e.g. "3"',
  comparison: '"atLeast" (（含）以上, inclusive) or "moreThan" (超过, exclusive)',
  rounding: '"floor" or "halfUp"',
};

const NAME_EN: Readonly<Record<NameKind, string>> = { field: 'field', option: 'option', readingId: 'reading id', parameter: 'parameter', clauseId: 'clause id' };

const LIMIT_EN: Readonly<Record<RecordLimit, (n: number) => string>> = {
  maxValues: (n) => `the record has more than ${n} values`,
  maxKeys: (n) => `an object has more than ${n} keys`,
  maxItems: (n) => `a list has more than ${n} items`,
  maxDepth: (n) => `the record nests deeper than ${n} levels`,
};

/** What is expected, in English (follows "expected"). */
export function expectedEn(e: Expected): string {
  switch (e.kind) {
    case 'format':
      return FORMAT_EN[e.format];
    case 'oneOf':
      return `one of: ${e.values.join(', ')}`;
    case 'type':
      return e.type;
    case 'unit':
      return UNIT_EN[e.unit];
    case 'fields':
      return `a JSON object with the fields ${quote(e.fields)}`;
  }
}

const quote = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');
/** The bad value as JSON text, with its kind for a list or an object. */
const shown = (r: Received): string => (r.type === 'array' ? `an array ${r.text}` : r.type === 'object' ? `an object ${r.text}` : r.text);
/** A short string value without its quotes (dates, amounts, ids the schema has already checked). */
const bare = (r: Received): string => (r.type === 'string' && r.text.endsWith('"') ? (JSON.parse(r.text) as string) : r.text);
const not = (r: Received | undefined): string => (r === undefined ? '' : `, not ${shown(r)}`);

/** Every issue code's message, in English. */
export const MESSAGES_EN: { readonly [C in IssueCode]: (p: IssueParamsByCode[C]) => string } = {
  invalid(p) {
    switch (p.rule) {
      case 'expected':
        return `expected ${expectedEn(p.expected)}${not(p.received)}`;
      case 'type':
        return `wrong type: expected ${expectedEn(p.expected)}${not(p.received)}`;
      case 'notNull':
        return `this parameter cannot be unset: expected ${expectedEn(p.expected)}${not(p.received)}`;
      case 'rewrite':
        return `wrong unit or form: expected ${expectedEn(p.expected)}; write ${p.received.text} as "${p.hint}"`;
      case 'useId':
        return `use the clause id: write ${p.received.text} as "${p.hint}"`;
      case 'quoted':
        return `${p.money ? 'amounts' : 'parameter values'} must be quoted strings to stay exact (${p.json ? 'JSON ' : ''}numbers can lose digits): expected ${expectedEn(p.expected)}${not(p.received)}`;
      case 'missing':
        return `required field "${p.field}" is missing`;
      case 'syntax':
        if (p.syntax === 'yaml') return `YAML error: ${p.detail}`;
        return `${p.file === 'portfolio' ? 'the portfolio file is ' : ''}not valid JSON: ${p.detail}`;
      case 'yamlAlias':
        return 'YAML aliases (*name) are not accepted in a reform file';
      case 'other':
        return `invalid: ${p.detail}${not(p.received)}`;
    }
  },
  required: (p) => `required field is missing (expected ${expectedEn(p.expected)})`,
  unknownKey(p) {
    if (p.suggestions !== undefined) return `unknown ${NAME_EN[p.what]} "${p.key}"; the closest valid ones: ${quote(p.suggestions)}`;
    if (p.allowed !== undefined) return `unknown ${NAME_EN[p.what]} "${p.key}": only ${quote(p.allowed)} are accepted here`;
    return `unknown ${NAME_EN[p.what]} "${p.key}": not accepted here`;
  },
  forbiddenKey: (p) => `forbidden field name "${p.key}"`,
  contradiction(p) {
    const v = bare(p.received);
    const a = p.against;
    switch (p.rule) {
      case 'factAfterApproval':
        return `fact date ${v} is after the approval date ${a}`;
      case 'liftedBeforeConfirmed':
        return `lifted on ${v}, before it was confirmed on ${a}`;
      case 'paidAfterApproval':
        return `paid on ${v}, after the approval date ${a} of this batch`;
      case 'historyYearAfter':
        return `an earlier payment cannot have an award year (${v}) after ${a}`;
      case 'paidOverEntitlement':
        return `paid ${v} yuan, more than the entitlement of ${a} yuan`;
      case 'refundedOverPaid':
        return `refunded ${v} yuan, more than the ${a} yuan paid`;
      case 'paidBeforeAwardYear':
        return `paid on ${v}, before the award year ${a} (paid before it was awarded)`;
      case 'approvalOutsideYear':
        return `approval date ${v} is not in award year ${a} (R4)`;
      case 'applicationAfterApproval':
        return `application filed on ${v}, after its approval on ${a}`;
      case 'disbursedAfterYear':
        return `disbursed in ${v}, after the award year ${a}`;
      case 'hostCostOverTotal':
        return `cost borne by the host (${v} yuan) exceeds the total cost (${a} yuan)`;
      case 'investmentDiffers':
        return `the audited investment of project "${p.subject ?? ''}" (${v} yuan) differs from ${p.otherPath ?? ''} (${a} yuan)`;
      case 'yearsOutOfOrder':
        return `award years must be in order, oldest first: ${v} comes after ${a}`;
      case 'beneficiaryRowsDiffer':
        return `the rows of beneficiary ${v} disagree (with line ${a}): its name, form, registration and other fields must be the same every year`;
    }
  },
  duplicate(p) {
    const v = bare(p.received);
    switch (p.rule) {
      case 'claimId':
        return `claim id "${v}" is used twice`;
      case 'projectId':
        return `project id "${v}" is listed twice`;
      case 'parameter':
        return `parameter "${v}" is set twice`;
      case 'clause':
        return `clause "${v}" is listed twice`;
      case 'beneficiaryId':
        return `beneficiary id "${v}" is also used by ${p.first ?? ''}`;
      case 'versionChange':
        return `the version already sets ${v} (parameter@from)${p.first === undefined ? '' : ` at ${p.first}`}`;
      case 'csvKey':
        return `${p.file ?? ''} has the same beneficiaryId and awardYear more than once (${v}, lines ${(p.lines ?? []).join(', ')}); claims cannot be matched`;
    }
  },
  outOfRange(p) {
    switch (p.rule) {
      case 'max':
        return `too many or too large: at most ${p.max ?? ''}${not(p.received)}`;
      case 'min':
        return `too few or too small: at least ${p.min ?? ''}${not(p.received)}`;
      case 'range': {
        const pct = p.percent && p.received ? `; ${p.received.text} means ${p.percent.asPercent} %, for ${bare(p.received)} % write "${p.percent.asShare}"` : '';
        return `out of range: expected ${p.min ?? ''} to ${p.max ?? ''} inclusive${not(p.received)}${pct}`;
      }
      case 'ratioProvincial':
        return `under reading A3.3.2 b the district amount is the higher-level money divided by this ratio: it must be at least ${p.min ?? ''}${not(p.received)}`;
      case 'beforeEffect':
        return `award year${p.received ? ` ${p.received.text}` : ''} before the policy took effect (${p.min ?? ''})`;
      case 'amountSum':
        return `the amounts of this input that are added up pass ${p.max ?? ''} yuan at this field: within that bound every figure is exact to the fen`;
      case 'portfolioSize':
        return `a portfolio holds ${p.min ?? ''} to ${p.max ?? ''} beneficiaries${p.received ? `, not ${p.received.text}` : ''}`;
      case 'fileSize':
        return `file too large: at most ${p.max ?? ''} characters${p.received ? `, not ${p.received.text}` : ''}`;
    }
  },
  json: (p) => `the line is not valid JSON: ${p.detail}`,
  tooLong: (p) => (p.item === 'line'
    ? `the line is longer than the limit of ${p.max} bytes and was not read`
    : `the element is longer than the limit of ${p.max} characters and was not read`),
  encoding: (p) => `the line is not valid ${p.encoding} (the whole file must use one encoding)`,
  csvRow: (p) => `${p.file} line ${p.line} has ${p.cells} cells, more than the ${p.columns} columns of the header`,
  ambiguousClaim: (p) =>
    `${p.file} line ${p.line} has no awardYear but beneficiary ${p.beneficiaryId} has several rows in ${p.otherFile} (lines ${p.lines.join(', ')}); fill the awardYear column`,
  orphanClaim: (p) =>
    p.beneficiaryId === null
      ? `${p.file} line ${p.line} has no beneficiaryId`
      : `${p.file} line ${p.line}: beneficiary ${p.beneficiaryId}${p.awardYear ? ` (award year ${p.awardYear})` : ''} has no row in ${p.otherFile}`,
  tooLarge: (p) => `record too large, not validated: ${LIMIT_EN[p.limit](p.max)} (no valid application reaches this limit)`,
  moreIssues: (p) => `${p.count} more issues not listed (only the first ${p.shown} are)`,
  internal: (p) => `internal engine error (please report this defect): ${p.error}`,
};
