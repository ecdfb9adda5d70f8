/**
 * The portfolios the workbench loads: a JSON list of multi-year inputs (as `compare` takes), or the auditors' CSV
 * pair (docs/csv-layout.md: one row per beneficiary and award year, one row per claim), turned into the same list:
 * the rows of one beneficiary become its years, oldest first. Runs in the browser (the page's Web Worker) and in
 * Node (the `workbench` command's `--portfolio`).
 */
import { csvItems } from '../batch/csvInput.js';
import { BatchInputError } from '../batch/errors.js';
import { PolicyInputError, inputIssue, type InputIssue } from '../../edges/input/errors.js';
import { echo } from '../../edges/input/issues.js';

/** The fields of an application that belong to the beneficiary or to the history, not to one year. */
const NOT_YEAR = new Set(['beneficiary', 'history']);

/**
 * Reads a JSON portfolio.
 * @throws {@link PolicyInputError} when the text is not JSON or not a list.
 */
export function portfolioFromJson(text: string, name: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new PolicyInputError([inputIssue(name, 'invalid', { rule: 'syntax', syntax: 'json', file: 'portfolio', detail: why })]);
  }
  if (!Array.isArray(data)) {
    throw new PolicyInputError([inputIssue(name, 'invalid', { rule: 'expected', expected: { kind: 'format', format: 'portfolio' }, received: echo(data) })]);
  }
  return data;
}

/**
 * Reads the auditors' CSV pair into a portfolio: each beneficiaries row (with its claims) is one award year of its
 * beneficiary; a beneficiary's rows must describe the same beneficiary, and only its earliest row may carry a
 * history (later years' history is what the earlier years paid).
 * @throws {@link PolicyInputError} listing every row that cannot be read or joined, each with the file and line.
 */
export function portfolioFromCsv(beneficiaries: { name: string; bytes: Uint8Array }, claims: { name: string; bytes: Uint8Array }): unknown[] {
  let items;
  try {
    items = csvItems({ beneficiaries, claims }, 'auto');
  } catch (e) {
    if (e instanceof BatchInputError) throw new PolicyInputError([inputIssue('csv', 'invalid', { rule: 'other', detail: `${e.text.zh} / ${e.text.en}` })]);
    throw e;
  }
  const issues: InputIssue[] = [];
  const byId = new Map<string, { beneficiary: unknown; history: unknown; years: { year: Record<string, unknown>; line: number | null }[]; line: number | null }>();
  for (const item of items) {
    const where = `${beneficiaries.name}${item.line === null ? '' : `:${item.line}`}`;
    if (item.kind === 'unreadable') {
      for (const x of item.errors) issues.push(inputIssue(`${where} ${x.path}`.trim(), 'invalid', { rule: 'other', detail: `${x.message.zh} / ${x.message.en}` }));
      continue;
    }
    for (const x of item.problems ?? []) issues.push(inputIssue(`${where} ${x.path}`.trim(), 'invalid', { rule: 'other', detail: `${x.message.zh} / ${x.message.en}` }));
    const app = item.value as Record<string, unknown>;
    const beneficiary = app.beneficiary as { id?: unknown } | undefined;
    const id = typeof beneficiary?.id === 'string' ? beneficiary.id : null;
    if (id === null) {
      issues.push(inputIssue(`${where} beneficiaryId`, 'required', { expected: { kind: 'format', format: 'id' } }));
      continue;
    }
    const year: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(app)) if (!NOT_YEAR.has(k)) year[k] = v;
    const known = byId.get(id);
    if (!known) {
      byId.set(id, { beneficiary, history: app.history, years: [{ year, line: item.line }], line: item.line });
      continue;
    }
    if (JSON.stringify(known.beneficiary) !== JSON.stringify(beneficiary)) {
      issues.push(inputIssue(`${where} beneficiaryId`, 'contradiction', { rule: 'beneficiaryRowsDiffer', received: echo(id), against: String(known.line) }));
    }
    known.years.push({ year, line: item.line });
    if (app.history !== undefined) known.history = known.history ?? app.history;
  }
  if (issues.length > 0) throw new PolicyInputError(issues);
  const out: unknown[] = [];
  for (const b of byId.values()) {
    const years = [...b.years].sort((x, y) => Number(x.year.awardYear) - Number(y.year.awardYear)).map((x) => x.year);
    out.push({ beneficiary: b.beneficiary, ...(b.history === undefined ? {} : { history: b.history }), years });
  }
  if (out.length === 0) throw new PolicyInputError([inputIssue(beneficiaries.name, 'required', { expected: { kind: 'format', format: 'portfolio' } })]);
  return out;
}
