/**
 * CSV input in two files (docs/csv-layout.md): a beneficiaries file with one row per application (one
 * beneficiary in one award year) and a claims file with one row per claim, joined by `beneficiaryId` (and
 * `awardYear` when the claims file has that column). A column header is the path of a field of the input model
 * (`superiorAward.amount`, `districtContribution.2025`, `disbursements[0].programme`), so every field of every
 * claim kind has a column. Each cell is converted by the type the schema gives its field; a cell that does not
 * convert is passed on as text so that the engine names the field and what it expected.
 *
 * @module
 */
import { once } from 'node:events';
import { parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { Application } from '../../policy/input.js';
import { decodeFile, StreamDecoder, type InputEncoding } from './decode.js';
import { BatchInputError } from './errors.js';
import type { InputItem } from './evaluator.js';
import { jsonSchemaOf, type JsonSchemaNode } from './jsonSchema.js';
import { measureValue, recordLimits, tooLargeIssue } from './limits.js';
import type { BatchIssue, SourceLocation } from './record.js';
import { issueAt } from '../../edges/input/messages/index.js';
import { echo } from '../../edges/input/issues.js';

/** One segment of a column path: a field name (or year key) or an array index. */
type Segment = string | number;

/** How a cell is turned into a JSON value. */
type CellKind = 'string' | 'date' | 'boolean' | 'integer' | 'number' | 'list' | 'allOrList';

/** The join and id columns of the two files. */
export const CSV_KEY_COLUMNS = { beneficiaryId: 'beneficiaryId', awardYear: 'awardYear', claimId: 'claimId', clause: 'clause' } as const;

/** Separators of a list cell (`mainBusinessFields`, `similarClauses`, a finding's `scope`): `;` or `；`. */
export const LIST_SEPARATOR = /[;；]/;

/**
 * Parses a column header into path segments: `a.b`, `a[0].b`, `rec.2025`.
 * @returns null when the header is not a path.
 */
export function parseColumnPath(header: string): Segment[] | null {
  if (header.length === 0) return null;
  const out: Segment[] = [];
  for (const part of header.split('.')) {
    // An index is written without leading zeros (so `[01]` cannot name the same cell as `[1]`), with at most
    // ten digits; its bound is the list's own limit (see resolveKind).
    const m = /^([A-Za-z0-9_]+)((?:\[(?:0|[1-9][0-9]{0,9})\])*)$/.exec(part);
    if (!m) return null;
    out.push(m[1]!);
    for (const idx of m[2]!.matchAll(/\[([0-9]+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

const isRecordNode = (n: JsonSchemaNode): boolean => n.type === 'object' && typeof n.additionalProperties === 'object';

function leafKind(node: JsonSchemaNode): CellKind | null {
  if (node.anyOf) {
    const hasConst = node.anyOf.some((n) => n.const !== undefined);
    const hasArray = node.anyOf.some((n) => n.type === 'array');
    return hasConst && hasArray ? 'allOrList' : null;
  }
  switch (node.type) {
    case 'boolean':
      return 'boolean';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'string':
      return node.format === 'date' ? 'date' : 'string';
    case 'array':
      return node.items?.type === 'string' ? 'list' : null;
    default:
      return null;
  }
}

/** A list index in a column header beyond what the list may hold. */
interface IndexBeyond {
  readonly index: number;
  readonly maxItems: number;
}

/**
 * The kind of the leaf a path names in a schema, or null when the path names no leaf. An index at or beyond the
 * list's `maxItems` names no leaf (its cell could never be valid, and a huge index would make a huge sparse list):
 * it is noted in `beyond` so that the header error can say why.
 */
function resolveKind(node: JsonSchemaNode, segs: readonly Segment[], i = 0, beyond?: IndexBeyond[]): CellKind | null {
  if (i === segs.length) return leafKind(node);
  const seg = segs[i]!;
  if (node.type === 'object' && typeof seg === 'string') {
    const child = node.properties?.[seg];
    if (child) return resolveKind(child, segs, i + 1, beyond);
    if (isRecordNode(node)) {
      const pattern = node.propertyNames?.pattern;
      if (pattern === undefined || new RegExp(pattern).test(seg)) return resolveKind(node.additionalProperties as JsonSchemaNode, segs, i + 1, beyond);
    }
    return null;
  }
  if (node.type === 'array' && typeof seg === 'number' && node.items) {
    const maxItems = typeof node.maxItems === 'number' ? node.maxItems : recordLimits().maxItems;
    if (seg >= maxItems) {
      beyond?.push({ index: seg, maxItems });
      return null;
    }
    return resolveKind(node.items, segs, i + 1, beyond);
  }
  return null;
}

/** The header problem of a column that names no field: why, when its index is beyond its list's limit. */
function unknownColumn(header: string, beyond: readonly IndexBeyond[]): string {
  const b = beyond[0];
  if (!b) return `unknown column "${header}"`;
  return `column "${header}": index ${b.index} is beyond the list's limit of ${b.maxItems} items (indices 0 to ${b.maxItems - 1})`;
}

interface Layout {
  readonly application: JsonSchemaNode;
  readonly beneficiary: JsonSchemaNode;
  /** Claim schemas by clause, in the schema's order. */
  readonly claims: ReadonlyMap<string, JsonSchemaNode>;
}

let layout: Layout | undefined;

function schemaLayout(): Layout {
  if (layout) return layout;
  const application = jsonSchemaOf(Application, 'input');
  const beneficiary = application.properties!.beneficiary!;
  const claims = new Map<string, JsonSchemaNode>();
  for (const branch of application.properties!.claims!.items!.oneOf!) claims.set(String(branch.properties!.clause!.const), branch);
  layout = { application, beneficiary, claims };
  return layout;
}

/** Where a beneficiaries-file column goes in the application. */
interface BeneficiaryColumn {
  readonly header: string;
  readonly index: number;
  /** Path in the application object. */
  readonly path: readonly Segment[];
  readonly kind: CellKind;
}

/** A claims-file column: its path inside a claim, and its kind per clause where it resolves. */
interface ClaimColumn {
  readonly header: string;
  readonly index: number;
  readonly path: readonly Segment[];
  readonly kinds: ReadonlyMap<string, CellKind>;
}

const APPLICATION_FIELDS = new Set(['awardYear', 'approvalDate', 'applicationDate', 'projects', 'history', 'annualCapOverride']);

function headerError(file: string, problems: string[], zhHint: string, enHint: string): BatchInputError {
  return new BatchInputError(
    `${file}：表头有误：${problems.join('；')}。${zhHint}（见 docs/csv-layout.md）`,
    `${file}: bad header: ${problems.join('; ')}. ${enHint} (see docs/csv-layout.md)`,
  );
}

function duplicates(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const h of headers) (seen.has(h) ? dup : seen).add(h);
  return [...dup].map((h) => `"${h}" ×2`);
}

function beneficiaryColumns(headers: readonly string[], file: string): BeneficiaryColumn[] {
  const { application, beneficiary } = schemaLayout();
  const problems = duplicates(headers);
  if (!headers.includes(CSV_KEY_COLUMNS.beneficiaryId)) problems.push(`missing "${CSV_KEY_COLUMNS.beneficiaryId}"`);
  const columns: BeneficiaryColumn[] = [];
  headers.forEach((header, index) => {
    if (header === CSV_KEY_COLUMNS.beneficiaryId) {
      columns.push({ header, index, path: ['beneficiary', 'id'], kind: 'string' });
      return;
    }
    const segs = parseColumnPath(header);
    const first = segs?.[0];
    let path: Segment[] | null = null;
    let kind: CellKind | null = null;
    const beyond: IndexBeyond[] = [];
    if (segs && typeof first === 'string' && APPLICATION_FIELDS.has(first)) {
      path = segs;
      kind = resolveKind(application, segs, 0, beyond);
    } else if (segs && first !== 'id' && first !== 'claims' && first !== 'beneficiary') {
      path = ['beneficiary', ...segs];
      kind = resolveKind(beneficiary, segs, 0, beyond);
    }
    if (!path || !kind) problems.push(unknownColumn(header, beyond));
    else columns.push({ header, index, path, kind });
  });
  if (problems.length > 0) {
    throw headerError(file, problems, '列名为申请字段路径，如 legalForm、districtContribution.2025、projects[0].id', 'column names are field paths, e.g. legalForm, districtContribution.2025, projects[0].id');
  }
  return columns;
}

function claimColumns(headers: readonly string[], file: string): ClaimColumn[] {
  const { claims } = schemaLayout();
  const problems = duplicates(headers);
  for (const required of [CSV_KEY_COLUMNS.beneficiaryId, CSV_KEY_COLUMNS.claimId, CSV_KEY_COLUMNS.clause]) {
    if (!headers.includes(required)) problems.push(`missing "${required}"`);
  }
  const columns: ClaimColumn[] = [];
  headers.forEach((header, index) => {
    if (header === CSV_KEY_COLUMNS.beneficiaryId || header === CSV_KEY_COLUMNS.awardYear) return;
    const segs = header === CSV_KEY_COLUMNS.claimId ? ['id'] : parseColumnPath(header);
    const kinds = new Map<string, CellKind>();
    const beyond: IndexBeyond[] = [];
    if (segs && !(segs.length === 1 && segs[0] === 'id' && header !== CSV_KEY_COLUMNS.claimId)) {
      for (const [clause, branch] of claims) {
        const kind = resolveKind(branch, segs, 0, beyond);
        if (kind) kinds.set(clause, kind);
      }
    }
    if (!segs || kinds.size === 0) problems.push(unknownColumn(header, beyond));
    else columns.push({ header, index, path: segs, kinds });
  });
  if (problems.length > 0) {
    throw headerError(file, problems, '列名为申请事项字段路径，如 approvedAmount、superiorAward.amount、disbursements[0].programme', 'column names are claim field paths, e.g. approvedAmount, superiorAward.amount, disbursements[0].programme');
  }
  return columns;
}

const TRUE = new Set(['true', '是']);
const FALSE = new Set(['false', '否']);

/** Digits of a decimal string that a double must hold: all but the sign, leading zeros and trailing fractional zeros. */
function significantDigits(text: string): number {
  const [whole = '', fraction = ''] = text.replace(/^-/, '').split('.');
  return `${whole}${fraction.replace(/0+$/, '')}`.replace(/^0+/, '').length;
}

/**
 * Converts a non-empty cell by the kind of its field; what does not convert stays text for the engine to reject
 * (its error then names the file, the line and the column). Numbers are read exactly or not at all: a whole-number
 * field takes only digits (`49.99999999999999999` is not rounded to 50, `2026.0000000000000001` not to 2026) within
 * the range JavaScript counts exactly, and a decimal field at most 15 significant digits, which a double holds exactly.
 */
export function convertCell(text: string, kind: CellKind): unknown {
  switch (kind) {
    case 'boolean': {
      const t = text.toLowerCase();
      return TRUE.has(t) ? true : FALSE.has(t) ? false : text;
    }
    case 'integer':
      return /^-?[0-9]+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
    case 'number':
      return /^-?[0-9]+(\.[0-9]+)?$/.test(text) && significantDigits(text) <= 15 ? Number(text) : text;
    case 'date': {
      // zh-CN Excel shows and saves dates as 2026/3/1; the year-month-day order is unambiguous.
      const m = /^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})$/.exec(text);
      return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
    }
    case 'list':
      return splitList(text);
    case 'allOrList':
      return text === 'all' ? 'all' : splitList(text);
    case 'string':
      return text;
  }
}

function splitList(text: string): string[] {
  return text.split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s.length > 0);
}

function setPath(target: Record<string, unknown>, path: readonly Segment[], value: unknown): void {
  let cur: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]!;
    let next = cur[seg];
    if (next === undefined || next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      cur[seg] = next;
    }
    cur = next as Record<string | number, unknown>;
  }
  cur[path[path.length - 1]!] = value;
}

/**
 * Gives a required list or year table its empty value when all its cells are empty (an empty cell means "absent",
 * but `districtContribution` with no year, or `mainBusinessFields` with no field, is a valid empty value).
 */
function fillRequired(target: Record<string, unknown>, node: JsonSchemaNode, path: readonly Segment[]): void {
  let cur: Record<string, unknown> = target;
  let n = node;
  for (const seg of path) {
    if (typeof seg !== 'string' || n.type !== 'object') return;
    const child = n.properties?.[seg];
    if (!child) return;
    if (cur[seg] === undefined) {
      if (!n.required?.includes(seg)) return;
      if (child.type === 'array') cur[seg] = [];
      else if (isRecordNode(child)) cur[seg] = {};
      else return;
    }
    const next = cur[seg];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) return;
    cur = next as Record<string, unknown>;
    n = child;
  }
}

/**
 * One parsed CSV row with its 1-based start line. Its cells are kept joined in one string (split again when the
 * row is read): a million rows of a wide claims file then take about the size of the file, not ten times it.
 */
interface Row {
  /** The cells joined by U+0000, or the cells themselves when a cell holds U+0000. */
  readonly packed: string | readonly string[];
  readonly line: number;
  /** How many cells the row has. */
  readonly width: number;
}

const cellsOf = (row: Row): readonly string[] => (typeof row.packed === 'string' ? row.packed.split('\u0000') : row.packed);

/** The rows of one file. */
interface Rows {
  readonly file: string;
  readonly header: string[];
  readonly rows: Row[];
}

/** Every line end (CR LF, LF, or a lone CR as old Mac programs write) as LF: see {@link csvParser}. */
const toLf = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * The csv-parse options of both readers, and the rows they collect. Line ends are made LF before parsing, so that
 * each ends a row (a file cannot mix them into one row) and lines are counted one way; a line break inside a
 * quoted cell is read as LF.
 */
function csvParser(): { options: Record<string, unknown>; result: () => { header: string[] | undefined; rows: Row[] } } {
  let header: string[] | undefined;
  const rows: Row[] = [];
  const options = {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    trim: true,
    record_delimiter: '\n',
    on_record: (record: string[], context: { lines: number }): null => {
      if (header === undefined) {
        header = record;
        return null;
      }
      // context.lines is the line where the row ends.
      let breaks = 0;
      let nul = false;
      for (const cell of record) {
        for (let i = 0; i < cell.length; i++) {
          const c = cell.charCodeAt(i);
          if (c === 0x0a) breaks += 1;
          else if (c === 0) nul = true;
        }
      }
      rows.push({ packed: nul ? record : record.join('\u0000'), line: context.lines - breaks, width: record.length });
      return null;
    },
  };
  return { options, result: () => ({ header, rows }) };
}

function malformed(file: string, e: unknown): BatchInputError {
  if (e instanceof BatchInputError) return e;
  const err = e as { message?: string; lines?: number };
  const at = typeof err.lines === 'number' ? `（第 ${err.lines} 行附近）` : '';
  const atEn = typeof err.lines === 'number' ? ` (near line ${err.lines})` : '';
  return new BatchInputError(`${file}：CSV 格式错误${at}：${err.message ?? String(e)}`, `${file}: malformed CSV${atEn}: ${err.message ?? String(e)}`);
}

function withHeader(file: string, got: { header: string[] | undefined; rows: Row[] }): Rows {
  if (!got.header) throw new BatchInputError(`${file}：文件为空，缺少表头行`, `${file}: the file is empty; a header row is required`);
  return { file, header: got.header, rows: got.rows };
}

/** Reads the rows of a whole file given as bytes (the whole file decides its encoding). */
function readRows(bytes: Uint8Array, encoding: InputEncoding, file: string): Rows {
  const text = toLf(decodeFile(bytes, encoding, file));
  const { options, result } = csvParser();
  try {
    parse(text, options);
  } catch (e) {
    throw malformed(file, e);
  }
  return withHeader(file, result());
}

/**
 * Reads the rows of a file as it streams in: nothing but the rows is kept (not the file's bytes, nor its text).
 * The encoding is decided as {@link StreamDecoder} does.
 */
export async function streamRows(chunks: AsyncIterable<Buffer>, encoding: InputEncoding, file: string): Promise<Rows> {
  const decoder = new StreamDecoder(encoding, file);
  const { options, result } = csvParser();
  const parser = parseStream(options);
  // on_record keeps the rows; the stream itself passes nothing on.
  parser.resume();
  const ended = new Promise<void>((resolve, reject) => {
    parser.once('end', resolve);
    parser.once('error', reject);
  });
  try {
    // A CR that ends a chunk may be the first half of a CR LF: held back until the next chunk is seen.
    let carry = '';
    for await (const chunk of chunks) {
      let text = carry + decoder.decode(chunk);
      carry = text.endsWith('\r') ? '\r' : '';
      if (carry) text = text.slice(0, -1);
      if (!parser.write(toLf(text))) await Promise.race([once(parser, 'drain'), ended]);
    }
    parser.end(toLf(carry + decoder.end()));
    await ended;
  } catch (e) {
    parser.destroy();
    throw malformed(file, e);
  }
  return withHeader(file, result());
}

const cellOf = (cells: readonly string[], index: number): string => cells[index] ?? '';

function normalizeYear(text: string): string {
  return /^[0-9]+$/.test(text) ? String(Number(text)) : text;
}

function extraCellsIssue(file: string, row: Row, width: number): BatchIssue {
  return { ...issueAt('', 'csvRow', { file, line: row.line, cells: row.width, columns: width }), at: { file, line: row.line } };
}

/** An application being assembled from its beneficiary row and its claim rows (built when it is read). */
interface Assembly {
  readonly record: number;
  readonly row: Row;
  readonly beneficiaryId: string;
  /** Its claim rows, in claims-file order (none yet: undefined, to keep a million applications small). */
  claimRows: Row[] | undefined;
  readonly problems: BatchIssue[];
}

/** The two files of a CSV batch, as bytes, with the names used in messages. */
export interface CsvPair {
  readonly beneficiaries: { readonly name: string; readonly bytes: Uint8Array };
  readonly claims: { readonly name: string; readonly bytes: Uint8Array };
}

/** The records of a CSV batch, built one by one as they are iterated, and how many there are. */
export interface CsvItems extends Iterable<InputItem> {
  readonly count: number;
}

/**
 * Reads a CSV batch: one record per beneficiaries row in file order, then one error record per group of claim rows
 * that match no beneficiaries row (by beneficiaryId and awardYear), in claims-file order.
 * @throws {@link BatchInputError} when a file cannot be decoded or parsed, or a header names an unknown column.
 */
export function readCsvPair(pair: CsvPair, encoding: InputEncoding): InputItem[] {
  return [...csvItems(pair, encoding)];
}

/**
 * The records of a CSV batch as {@link readCsvPair} reads them, each application built only when the iteration
 * reaches it (the batch holds the parsed rows, not a million built applications).
 * @throws {@link BatchInputError} when a file cannot be decoded or parsed, or a header names an unknown column.
 */
export function csvItems(pair: CsvPair, encoding: InputEncoding): CsvItems {
  const b = readRows(pair.beneficiaries.bytes, encoding, pair.beneficiaries.name);
  const c = readRows(pair.claims.bytes, encoding, pair.claims.name);
  return joinRows(b, c);
}

/**
 * The records of a CSV batch read from two byte streams, as the command line reads them: each file is parsed as
 * it streams in and only its rows are kept ({@link streamRows}); then as {@link csvItems}.
 */
export async function streamCsvItems(
  beneficiaries: { readonly name: string; readonly chunks: AsyncIterable<Buffer> },
  claims: { readonly name: string; readonly chunks: AsyncIterable<Buffer> },
  encoding: InputEncoding,
): Promise<CsvItems> {
  const b = await streamRows(beneficiaries.chunks, encoding, beneficiaries.name);
  const c = await streamRows(claims.chunks, encoding, claims.name);
  return joinRows(b, c);
}

/** What an assembly is replaced by once built (see joinRows). */
const RELEASED: Assembly = { record: 0, row: { packed: '', line: 0, width: 0 }, beneficiaryId: '', claimRows: undefined, problems: [] };

/** Joins the rows of the two files into applications (built one by one as they are iterated, once). */
function joinRows(b: Rows, c: Rows): CsvItems {
  const bFile = b.file;
  const cFile = c.file;
  const bCols = beneficiaryColumns(b.header, bFile);
  const cCols = claimColumns(c.header, cFile);
  const { application, claims: claimSchemas } = schemaLayout();
  const bIdIndex = b.header.indexOf(CSV_KEY_COLUMNS.beneficiaryId);
  const bYearIndex = b.header.indexOf(CSV_KEY_COLUMNS.awardYear);

  // Join keys: beneficiaryId + awardYear. Rows sharing a key cannot be told apart: each is an error. A key held
  // by one row maps to it directly (most keys), by several to their list.
  const byKey = new Map<string, Assembly | Assembly[]>();
  const assemblies: Assembly[] = b.rows.map((row, i) => {
    const cells = cellsOf(row);
    const a: Assembly = {
      record: i + 1,
      row,
      beneficiaryId: cellOf(cells, bIdIndex),
      claimRows: undefined,
      problems: row.width > b.header.length ? [extraCellsIssue(bFile, row, b.header.length)] : [],
    };
    const key = `${a.beneficiaryId}\u0000${normalizeYear(bYearIndex < 0 ? '' : cellOf(cells, bYearIndex))}`;
    const same = byKey.get(key);
    if (same === undefined) byKey.set(key, a);
    else if (Array.isArray(same)) same.push(a);
    else byKey.set(key, [same, a]);
    return a;
  });
  const listOf = (v: Assembly | Assembly[] | undefined): Assembly[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  // By beneficiaryId alone, for claims rows without an award year; built only if one needs it.
  let byIdIndex: Map<string, Assembly[]> | undefined;
  const byId = (id: string): Assembly[] => {
    if (!byIdIndex) {
      byIdIndex = new Map();
      for (const a of assemblies) {
        const same = byIdIndex.get(a.beneficiaryId);
        if (same) same.push(a);
        else byIdIndex.set(a.beneficiaryId, [a]);
      }
    }
    return byIdIndex.get(id) ?? [];
  };
  for (const value of byKey.values()) {
    if (!Array.isArray(value)) continue;
    const group = value;
    const lines = group.map((a) => a.row.line);
    for (const a of group) {
      a.problems.push({
        ...issueAt('beneficiary.id', 'duplicate', { rule: 'csvKey', received: echo(a.beneficiaryId), file: bFile, lines }),
        at: { file: bFile, line: a.row.line, column: CSV_KEY_COLUMNS.beneficiaryId },
      });
    }
  }

  const cIdIndex = c.header.indexOf(CSV_KEY_COLUMNS.beneficiaryId);
  const cYearIndex = c.header.indexOf(CSV_KEY_COLUMNS.awardYear);
  const clauseIndex = c.header.indexOf(CSV_KEY_COLUMNS.clause);
  const orphans = new Map<string, { beneficiaryId: string; year: string; rows: Row[] }>();
  for (const row of c.rows) {
    const cells = cellsOf(row);
    const id = cellOf(cells, cIdIndex);
    const year = cYearIndex < 0 ? '' : normalizeYear(cellOf(cells, cYearIndex));
    const targets = year !== '' ? listOf(byKey.get(`${id}\u0000${year}`)) : byId(id);
    if (targets.length === 0) {
      const key = `${id}\u0000${year}`;
      const group = orphans.get(key) ?? { beneficiaryId: id, year, rows: [] };
      group.rows.push(row);
      orphans.set(key, group);
      continue;
    }
    if (year === '' && targets.length > 1) {
      const lines = targets.map((a) => a.row.line);
      for (const a of targets) {
        a.problems.push({
          ...issueAt('', 'ambiguousClaim', { file: cFile, line: row.line, beneficiaryId: id, otherFile: bFile, lines }),
          at: { file: cFile, line: row.line, column: CSV_KEY_COLUMNS.awardYear },
        });
      }
      continue;
    }
    const target = targets[0]!;
    if (row.width > c.header.length) target.problems.push(extraCellsIssue(cFile, row, c.header.length));
    (target.claimRows ??= []).push(row);
  }

  const build = (a: Assembly): InputItem => {
    const value: Record<string, unknown> = { beneficiary: {}, claims: [] };
    const bCells = cellsOf(a.row);
    for (const col of bCols) {
      const text = cellOf(bCells, col.index);
      if (text !== '') setPath(value, col.path, convertCell(text, col.kind));
    }
    for (const col of bCols) fillRequired(value, application, col.path);
    for (const row of a.claimRows ?? []) {
      const cells = cellsOf(row);
      const clause = cellOf(cells, clauseIndex);
      const branch = claimSchemas.get(clause);
      const claim: Record<string, unknown> = {};
      for (const col of cCols) {
        const text = cellOf(cells, col.index);
        if (text === '') continue;
        // A column of another clause keeps its text; the engine then reports it as a field this claim does not have.
        // (Every claims column resolves for at least one clause, so `kinds` is never empty.)
        const kind = col.kinds.get(clause) ?? col.kinds.values().next().value!;
        setPath(claim, col.path, convertCell(text, kind));
      }
      if (branch) for (const col of cCols) if (col.kinds.has(clause)) fillRequired(claim, branch, col.path);
      (value.claims as unknown[]).push(claim);
    }
    // Many claim rows for one beneficiary could make one record too large for the engine to list its problems.
    const breach = measureValue(value);
    if (breach) {
      return { kind: 'unreadable', record: a.record, line: a.row.line, beneficiaryId: a.beneficiaryId === '' ? null : a.beneficiaryId, errors: [...a.problems, tooLargeIssue(breach)] };
    }
    return {
      kind: 'value',
      record: a.record,
      line: a.row.line,
      value,
      ...(a.problems.length > 0 ? { problems: a.problems } : {}),
      locate: locator(a, bFile, cFile, b.header, c.header),
    };
  };

  const orphanItems: InputItem[] = [];
  let record = assemblies.length;
  for (const group of orphans.values()) {
    record += 1;
    orphanItems.push({
      kind: 'unreadable',
      record,
      line: null,
      beneficiaryId: group.beneficiaryId === '' ? null : group.beneficiaryId,
      errors: group.rows.map((row) => ({
        ...issueAt('', 'orphanClaim', {
          file: cFile, line: row.line, beneficiaryId: group.beneficiaryId === '' ? null : group.beneficiaryId,
          ...(group.year ? { awardYear: group.year } : {}), otherFile: bFile,
        }),
        at: { file: cFile, line: row.line, column: CSV_KEY_COLUMNS.beneficiaryId },
      })),
    });
  }
  return {
    count: assemblies.length + orphanItems.length,
    *[Symbol.iterator]() {
      // Each application is built when it is read, so only one is held at a time.
      // Each application's rows are let go once it is built, so memory falls as the batch goes on.
      byKey.clear();
      byIdIndex = undefined;
      for (let i = 0; i < assemblies.length; i++) {
        const a = assemblies[i]!;
        assemblies[i] = RELEASED;
        yield build(a);
      }
      yield* orphanItems;
    },
  };
}

/** Maps an issue path of an assembled application back to its file, line and column. */
function locator(a: Assembly, bFile: string, cFile: string, bHeader: readonly string[], cHeader: readonly string[]): (path: string) => SourceLocation {
  const column = (headers: readonly string[], rest: string): { column: string } | object => {
    if (rest === '') return {};
    if (headers.includes(rest)) return { column: rest };
    const first = headers.find((h) => h.startsWith(`${rest}.`) || h.startsWith(`${rest}[`));
    return first === undefined ? {} : { column: first };
  };
  return (path) => {
    const claim = /^claims\[([0-9]+)\](?:\.(.*))?$/.exec(path);
    if (claim) {
      const line = a.claimRows?.[Number(claim[1])]?.line;
      if (line === undefined) return { file: bFile, line: a.row.line };
      const rest = claim[2] ?? '';
      return { file: cFile, line, ...column(cHeader, rest === 'id' ? CSV_KEY_COLUMNS.claimId : rest) };
    }
    if (path === 'beneficiary.id') return { file: bFile, line: a.row.line, column: CSV_KEY_COLUMNS.beneficiaryId };
    const rest = path.startsWith('beneficiary.') ? path.slice('beneficiary.'.length) : path === 'beneficiary' ? '' : path;
    return { file: bFile, line: a.row.line, ...column(bHeader, rest) };
  };
}
