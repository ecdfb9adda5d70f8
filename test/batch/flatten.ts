/**
 * The inverse of the CSV reader, for tests and for making fixtures: applications (JSON) → the two-file CSV
 * layout of docs/csv-layout.md. A column is the path of a field; lists of values are joined with `;`.
 */
import { stringify } from 'csv-stringify/sync';

type Json = Record<string, unknown>;

const SCALAR_LISTS = new Set(['mainBusinessFields', 'similarClauses', 'scope']);

function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    const key = path.split('.').pop()!.replace(/\[[0-9]+\]$/, '');
    if (SCALAR_LISTS.has(key)) {
      out.set(path, value.join(';'));
      return;
    }
    value.forEach((v, i) => flatten(v, `${path}[${i}]`, out));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
    return;
  }
  out.set(path, String(value));
}

/** Rows of cells, keyed by column, in first-seen column order. */
export interface Table {
  readonly columns: string[];
  readonly rows: Map<string, string>[];
}

function table(rows: Map<string, string>[], first: readonly string[]): Table {
  const columns = [...first];
  for (const row of rows) for (const k of row.keys()) if (!columns.includes(k)) columns.push(k);
  return { columns, rows };
}

/** The two tables of a batch of applications. */
export function toCsvTables(applications: readonly Json[]): { beneficiaries: Table; claims: Table } {
  const bRows: Map<string, string>[] = [];
  const cRows: Map<string, string>[] = [];
  for (const app of applications) {
    const { beneficiary, claims, ...rest } = app as { beneficiary: Json; claims: Json[] } & Json;
    const { id, ...b } = beneficiary;
    const row = new Map<string, string>([['beneficiaryId', String(id)]]);
    flatten(rest, '', row);
    flatten(b, '', row);
    bRows.push(row);
    for (const claim of claims) {
      const { id: claimId, clause, ...fields } = claim;
      const c = new Map<string, string>([['beneficiaryId', String(id)], ['awardYear', String(app.awardYear)], ['claimId', String(claimId)], ['clause', String(clause)]]);
      flatten(fields, '', c);
      cRows.push(c);
    }
  }
  return { beneficiaries: table(bRows, ['beneficiaryId', 'awardYear', 'approvalDate']), claims: table(cRows, ['beneficiaryId', 'awardYear', 'claimId', 'clause']) };
}

/** A table as CSV text (no BOM; CRLF line ends as Excel writes them). */
export function csvText(t: Table): string {
  return stringify([t.columns, ...t.rows.map((r) => t.columns.map((c) => r.get(c) ?? ''))], { record_delimiter: '\r\n' });
}
