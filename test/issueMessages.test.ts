/**
 * Every sentence of the two message modules (src/edges/input/messages/), rule by rule, with and without the
 * optional parts of its params: the English is the sentence written here word for word; the Chinese says the same
 * values in Chinese. Each row is a different sentence in each language, so no rule falls back on another's words.
 */
import { describe, expect, it } from 'vitest';
import type { Issue, IssueCode, IssueParamsByCode, Received } from '../src/edges/input/issues.js';
import { renderIssue } from '../src/edges/input/messages/index.js';

const str = (s: string): Received => ({ type: 'string', text: JSON.stringify(s) });
const num = (n: number): Received => ({ type: 'number', text: String(n) });
const yuan = { kind: 'format', format: 'yuan' } as const;

type Row = { readonly [C in IssueCode]: readonly [C, IssueParamsByCode[C], string, readonly string[]] }[IssueCode];

/** [code, params, the English sentence, the values the Chinese sentence must hold]. */
const ROWS: readonly Row[] = [
  ['invalid', { rule: 'expected', expected: { kind: 'oneOf', values: ['"a"', '"b"'] }, received: str('c') }, 'expected one of: "a", "b", not "c"', ['"a"', '"b"', '"c"']],
  ['invalid', { rule: 'expected', expected: { kind: 'type', type: 'object' } }, 'expected object', ['对象']],
  ['invalid', { rule: 'type', expected: { kind: 'fields', fields: ['id', 'title'] }, received: { type: 'array', text: '[1]' } },
    'wrong type: expected a JSON object with the fields "id", "title", not an array [1]', ['"id"', '"title"', '[1]']],
  ['invalid', { rule: 'type', expected: { kind: 'unit', unit: 'rate' }, received: { type: 'object', text: '{}' } },
    'wrong type: expected a decimal rate as a string, e.g. "0.30" (30 %) or "0.5" (1:0.5), not an object {}', ['"0.30"', '{}']],
  ['invalid', { rule: 'notNull', expected: { kind: 'unit', unit: 'yuan' }, received: { type: 'null', text: 'null' } },
    'this parameter cannot be unset: expected an amount in yuan as a decimal string, e.g. "2000000" (200万元), not null', ['null']],
  ['invalid', { rule: 'rewrite', expected: yuan, received: str('150万'), hint: '1500000' },
    'wrong unit or form: expected an amount in yuan as a decimal string: non-negative, at most two decimals and 11 whole digits, e.g. "1234.50"; write "150万" as "1500000"',
    ['"150万"', '1500000']],
  ['invalid', { rule: 'useId', received: str('算力券'), hint: 'art04_3' }, 'use the clause id: write "算力券" as "art04_3"', ['算力券', 'art04_3']],
  ['invalid', { rule: 'quoted', expected: yuan, received: num(1.5), money: true, json: true },
    'amounts must be quoted strings to stay exact (JSON numbers can lose digits): expected an amount in yuan as a decimal string: non-negative, at most two decimals and 11 whole digits, e.g. "1234.50", not 1.5', ['1.5']],
  ['invalid', { rule: 'quoted', expected: { kind: 'unit', unit: 'count' }, received: num(50), money: false, json: false },
    'parameter values must be quoted strings to stay exact (numbers can lose digits): expected a whole number as a string, e.g. "50", not 50', ['50']],
  ['invalid', { rule: 'missing', field: 'reform' }, 'required field "reform" is missing', ['reform']],
  ['invalid', { rule: 'syntax', syntax: 'yaml', file: 'reform', detail: 'bad indentation' }, 'YAML error: bad indentation', ['bad indentation']],
  ['invalid', { rule: 'syntax', syntax: 'json', file: 'portfolio', detail: 'Unexpected token' }, 'the portfolio file is not valid JSON: Unexpected token', ['Unexpected token']],
  ['invalid', { rule: 'syntax', syntax: 'json', file: 'reform', detail: 'Unexpected end' }, 'not valid JSON: Unexpected end', ['Unexpected end']],
  ['invalid', { rule: 'yamlAlias' }, 'YAML aliases (*name) are not accepted in a reform file', ['*name']],
  ['invalid', { rule: 'other', detail: 'Invalid input', received: num(7) }, 'invalid: Invalid input, not 7', ['Invalid input', '7']],
  ['invalid', { rule: 'other', detail: 'Invalid input' }, 'invalid: Invalid input', ['Invalid input']],
  ['required', { expected: { kind: 'format', format: 'date' } }, 'required field is missing (expected a real calendar date written YYYY-MM-DD, e.g. "2026-03-01")', ['YYYY-MM-DD']],
  ['unknownKey', { key: 'awardyear', what: 'field', suggestions: ['awardYear'] }, 'unknown field "awardyear"; the closest valid ones: "awardYear"', ['awardyear', 'awardYear']],
  ['unknownKey', { key: 'x', what: 'option', allowed: ['parameters', 'readings'] }, 'unknown option "x": only "parameters", "readings" are accepted here', ['x', '"parameters"', '"readings"']],
  ['unknownKey', { key: 'A0', what: 'readingId' }, 'unknown reading id "A0": not accepted here', ['A0']],
  ['forbiddenKey', { key: '__proto__' }, 'forbidden field name "__proto__"', ['__proto__']],
  ['contradiction', { rule: 'factAfterApproval', received: str('2026-05-01'), against: '2026-04-01' }, 'fact date 2026-05-01 is after the approval date 2026-04-01', ['2026-05-01', '2026-04-01']],
  ['contradiction', { rule: 'liftedBeforeConfirmed', received: str('2025-01-01'), against: '2025-02-01' }, 'lifted on 2025-01-01, before it was confirmed on 2025-02-01', ['2025-01-01', '2025-02-01']],
  ['contradiction', { rule: 'paidAfterApproval', received: str('2026-06-01'), against: '2026-04-01' }, 'paid on 2026-06-01, after the approval date 2026-04-01 of this batch', ['2026-06-01', '2026-04-01']],
  ['contradiction', { rule: 'historyYearAfter', received: num(2027), against: '2026' }, 'an earlier payment cannot have an award year (2027) after 2026', ['2027', '2026']],
  ['contradiction', { rule: 'paidOverEntitlement', received: str('20.00'), against: '10.00' }, 'paid 20.00 yuan, more than the entitlement of 10.00 yuan', ['20.00', '10.00']],
  ['contradiction', { rule: 'refundedOverPaid', received: str('30.00'), against: '20.00' }, 'refunded 30.00 yuan, more than the 20.00 yuan paid', ['30.00', '20.00']],
  ['contradiction', { rule: 'paidBeforeAwardYear', received: str('2024-12-31'), against: '2025' }, 'paid on 2024-12-31, before the award year 2025 (paid before it was awarded)', ['2024-12-31', '2025']],
  ['contradiction', { rule: 'approvalOutsideYear', received: str('2025-12-31'), against: '2026' }, 'approval date 2025-12-31 is not in award year 2026 (R4)', ['2025-12-31', '2026', 'R4']],
  ['contradiction', { rule: 'applicationAfterApproval', received: str('2026-05-02'), against: '2026-05-01' }, 'application filed on 2026-05-02, after its approval on 2026-05-01', ['2026-05-02', '2026-05-01']],
  ['contradiction', { rule: 'disbursedAfterYear', received: num(2027), against: '2026' }, 'disbursed in 2027, after the award year 2026', ['2027', '2026']],
  ['contradiction', { rule: 'hostCostOverTotal', received: str('300.00'), against: '200.00' }, 'cost borne by the host (300.00 yuan) exceeds the total cost (200.00 yuan)', ['300.00', '200.00']],
  ['contradiction', { rule: 'investmentDiffers', received: str('100.00'), against: '90.00', subject: 'P1', otherPath: 'claims[0].auditedInvestment' },
    'the audited investment of project "P1" (100.00 yuan) differs from claims[0].auditedInvestment (90.00 yuan)', ['P1', '100.00', '90.00', 'claims[0].auditedInvestment']],
  ['contradiction', { rule: 'yearsOutOfOrder', received: num(2025), against: '2026' }, 'award years must be in order, oldest first: 2025 comes after 2026', ['2025', '2026']],
  ['contradiction', { rule: 'beneficiaryRowsDiffer', received: str('B1'), against: '3' },
    'the rows of beneficiary B1 disagree (with line 3): its name, form, registration and other fields must be the same every year', ['B1', '3']],
  ['duplicate', { rule: 'claimId', received: str('c1') }, 'claim id "c1" is used twice', ['c1']],
  ['duplicate', { rule: 'projectId', received: str('p1') }, 'project id "p1" is listed twice', ['p1']],
  ['duplicate', { rule: 'parameter', received: str('art02_2.cap') }, 'parameter "art02_2.cap" is set twice', ['art02_2.cap']],
  ['duplicate', { rule: 'clause', received: str('art04_3') }, 'clause "art04_3" is listed twice', ['art04_3']],
  ['duplicate', { rule: 'beneficiaryId', received: str('B2'), first: '[0]' }, 'beneficiary id "B2" is also used by [0]', ['B2', '[0]']],
  ['duplicate', { rule: 'versionChange', received: str('art02_2.cap@2027-01-01'), first: 'changes[0]' },
    'the version already sets art02_2.cap@2027-01-01 (parameter@from) at changes[0]', ['art02_2.cap@2027-01-01', 'changes[0]']],
  ['duplicate', { rule: 'versionChange', received: str('art02_2.cap@2027-01-01') }, 'the version already sets art02_2.cap@2027-01-01 (parameter@from)', ['art02_2.cap@2027-01-01']],
  ['duplicate', { rule: 'csvKey', received: str('B3/2026'), file: 'beneficiaries.csv', lines: [2, 5] },
    'beneficiaries.csv has the same beneficiaryId and awardYear more than once (B3/2026, lines 2, 5); claims cannot be matched', ['beneficiaries.csv', 'B3/2026', '2, 5']],
  ['outOfRange', { rule: 'max', max: '100', received: num(101) }, 'too many or too large: at most 100, not 101', ['100', '101']],
  ['outOfRange', { rule: 'min', min: '1' }, 'too few or too small: at least 1', ['1']],
  ['outOfRange', { rule: 'range', min: '0', max: '1', received: str('30'), percent: { asPercent: '30', asShare: '0.30' } },
    'out of range: expected 0 to 1 inclusive, not "30"; "30" means 30 %, for 30 % write "0.30"', ['"30"', '0.30']],
  ['outOfRange', { rule: 'range', min: '0', max: '10' }, 'out of range: expected 0 to 10 inclusive', ['0', '10']],
  ['outOfRange', { rule: 'ratioProvincial', min: '0.5', received: str('0.4') },
    'under reading A3.3.2 b the district amount is the higher-level money divided by this ratio: it must be at least 0.5, not "0.4"', ['A3.3.2', '0.5', '"0.4"']],
  ['outOfRange', { rule: 'beforeEffect', min: '2026', received: num(2025) }, 'award year 2025 before the policy took effect (2026)', ['2025', '2026']],
  ['outOfRange', { rule: 'beforeEffect', min: '2026' }, 'award year before the policy took effect (2026)', ['2026']],
  ['outOfRange', { rule: 'amountSum', max: '100000000000' },
    'the amounts of this input that are added up pass 100000000000 yuan at this field: within that bound every figure is exact to the fen', ['100000000000']],
  ['outOfRange', { rule: 'portfolioSize', min: '1', max: '100000', received: num(0) }, 'a portfolio holds 1 to 100000 beneficiaries, not 0', ['1', '100000', '0']],
  ['outOfRange', { rule: 'portfolioSize', min: '1', max: '100000' }, 'a portfolio holds 1 to 100000 beneficiaries', ['1', '100000']],
  ['outOfRange', { rule: 'fileSize', max: '1000000', received: num(2000000) }, 'file too large: at most 1000000 characters, not 2000000', ['1000000', '2000000']],
  ['outOfRange', { rule: 'fileSize', max: '1000000' }, 'file too large: at most 1000000 characters', ['1000000']],
  ['json', { detail: 'Unexpected token }' }, 'the line is not valid JSON: Unexpected token }', ['Unexpected token }']],
  ['tooLong', { item: 'line', max: 1024 }, 'the line is longer than the limit of 1024 bytes and was not read', ['1024']],
  ['tooLong', { item: 'element', max: 2048 }, 'the element is longer than the limit of 2048 characters and was not read', ['2048']],
  ['encoding', { encoding: 'GBK' }, 'the line is not valid GBK (the whole file must use one encoding)', ['GBK']],
  ['csvRow', { file: 'claims.csv', line: 4, cells: 9, columns: 8 }, 'claims.csv line 4 has 9 cells, more than the 8 columns of the header', ['claims.csv', '4', '9', '8']],
  ['ambiguousClaim', { file: 'claims.csv', line: 7, beneficiaryId: 'B4', otherFile: 'beneficiaries.csv', lines: [2, 3] },
    'claims.csv line 7 has no awardYear but beneficiary B4 has several rows in beneficiaries.csv (lines 2, 3); fill the awardYear column', ['claims.csv', '7', 'B4', '2, 3']],
  ['orphanClaim', { file: 'claims.csv', line: 8, beneficiaryId: null, otherFile: 'beneficiaries.csv' }, 'claims.csv line 8 has no beneficiaryId', ['claims.csv', '8']],
  ['orphanClaim', { file: 'claims.csv', line: 9, beneficiaryId: 'B5', awardYear: '2026', otherFile: 'beneficiaries.csv' },
    'claims.csv line 9: beneficiary B5 (award year 2026) has no row in beneficiaries.csv', ['B5', '2026', 'beneficiaries.csv']],
  ['orphanClaim', { file: 'claims.csv', line: 10, beneficiaryId: 'B6', otherFile: 'beneficiaries.csv' },
    'claims.csv line 10: beneficiary B6 has no row in beneficiaries.csv', ['B6', 'beneficiaries.csv']],
  ['tooLarge', { limit: 'maxValues', max: 1000 }, 'record too large, not validated: the record has more than 1000 values (no valid application reaches this limit)', ['1000']],
  ['tooLarge', { limit: 'maxKeys', max: 2000 }, 'record too large, not validated: an object has more than 2000 keys (no valid application reaches this limit)', ['2000']],
  ['tooLarge', { limit: 'maxItems', max: 3000 }, 'record too large, not validated: a list has more than 3000 items (no valid application reaches this limit)', ['3000']],
  ['tooLarge', { limit: 'maxDepth', max: 40 }, 'record too large, not validated: the record nests deeper than 40 levels (no valid application reaches this limit)', ['40']],
  ['moreIssues', { count: 12, shown: 100 }, '12 more issues not listed (only the first 100 are)', ['12', '100']],
  ['internal', { error: 'boom' }, 'internal engine error (please report this defect): boom', ['boom']],
];

const render = (row: Row, lang: 'zh' | 'en') => renderIssue({ code: row[0], params: row[1] } as Pick<Issue, 'code' | 'params'>, lang);

describe('every sentence of the issue messages', () => {
  it.each(ROWS.map((row) => [`${row[0]} ${'rule' in row[1] ? row[1].rule : ''}: ${row[2]}`, row] as const))('%s', (_name, row) => {
    expect(render(row, 'en')).toBe(row[2]);
    const zh = render(row, 'zh');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    for (const value of row[3]) expect(zh, `the Chinese names ${value}`).toContain(value);
  });

  it('no two rows share a sentence, in either language', () => {
    for (const lang of ['zh', 'en'] as const) expect(new Set(ROWS.map((r) => render(r, lang))).size).toBe(ROWS.length);
  });
});
