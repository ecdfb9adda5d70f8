/**
 * The less travelled paths of the batch reader and writer: header problems named column by column, short and
 * long CSV rows, claims of an unknown clause, orphan claims without a year, where each kind of issue path is
 * located, the encodings refused, string chunks, failing input and output streams, and the error wording of the
 * CSV output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { convertCell, readCsvPair } from '../../src/tools/batch/csvInput.js';
import { decodeFile } from '../../src/tools/batch/decode.js';
import { BatchInputError, EXIT } from '../../src/tools/batch/errors.js';
import { beneficiaryIdOf, createEvaluator, type InputItem } from '../../src/tools/batch/evaluator.js';
import { readNdjson } from '../../src/tools/batch/ndjson.js';
import type { BatchRecord } from '../../src/tools/batch/record.js';
import { runBatch, type BatchConfig } from '../../src/tools/batch/run.js';
import { emptySummary, summaryText, tally, yuanFromBigFen } from '../../src/tools/batch/summary.js';
import { issueText, lineRows, recordRow } from '../../src/tools/batch/write.js';
import { application, beneficiary, claim } from '../helpers.js';
import { csvText, toCsvTables } from './flatten.js';

// An engine defect that throws something that is not an Error, for beneficiary THROWS-STRING only.
vi.mock('../../src/edges/api.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/edges/api.js')>();
  return {
    ...real,
    evaluateUnknown: (...args: Parameters<typeof real.evaluateUnknown>) => {
      const id = (args[0] as { beneficiary?: { id?: unknown } } | null)?.beneficiary?.id;
      if (id === 'THROWS-STRING') throw 'engine exploded';
      return real.evaluateUnknown(...args);
    },
  };
});

const tmp = mkdtempSync(`${tmpdir()}/zz-batch-branches-`);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const enc = (s: string): Buffer => Buffer.from(s, 'utf8');
const pair = (beneficiaries: string, claims: string) => ({
  beneficiaries: { name: 'b.csv', bytes: enc(beneficiaries) },
  claims: { name: 'c.csv', bytes: enc(claims) },
});

/** The BatchInputError a call throws. */
function inputError(f: () => unknown): BatchInputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(BatchInputError);
    return e as BatchInputError;
  }
  return expect.unreachable('expected a BatchInputError') as never;
}

const BEN_HEAD = 'beneficiaryId,awardYear,approvalDate,legalForm,rndInstitution,registeredInDistrict,taxAdministeredInDistrict,statsRegisteredInDistrict,independentLegalPerson,soundFinancialSystem,operatingNormally,goodCredit,mainBusinessFields,districtContribution.2025';
const benRow = (id: string, legalForm = 'enterprise') => `${id},2026,2026-12-01,${legalForm},false,true,true,true,true,true,true,true,largeModels,100.00`;

describe('CSV headers: every column that names no field is listed', () => {
  it.each([
    ['projects', 'an array of objects is not a cell'],
    ['projects[0]', 'an object is not a cell'],
    ['projects.id', 'a field name where an index is needed'],
    ['districtContribution.abc', 'a year table keyed by something that is not a year'],
    ['districtContribution', 'a whole year table'],
  ])('beneficiaries column "%s" (%s)', (column) => {
    const err = inputError(() => readCsvPair(pair(`beneficiaryId,${column}\nB1,x\n`, 'beneficiaryId,claimId,clause\n'), 'auto'));
    expect(err.text.en).toBe(`b.csv: bad header: unknown column "${column}". column names are field paths, e.g. legalForm, districtContribution.2025, projects[0].id (see docs/csv-layout.md)`);
    expect(err.text.zh).toContain(`unknown column "${column}"`);
    expect(err.exitStatus).toBe(EXIT.unreadableInput);
  });

  it('a claims file with duplicate columns, a bare "id" column and missing key columns lists every problem at once', () => {
    const err = inputError(() => readCsvPair(pair(`${BEN_HEAD}\n`, 'clause,id,subjectId,subjectId\n'), 'auto'));
    expect(err.text.en).toBe(
      'c.csv: bad header: "subjectId" ×2; missing "beneficiaryId"; missing "claimId"; unknown column "id". ' +
        'column names are claim field paths, e.g. approvedAmount, superiorAward.amount, disbursements[0].programme (see docs/csv-layout.md)',
    );
  });

  it('a number cell converts decimals and negatives exactly, and leaves other text for the engine to reject', () => {
    expect(convertCell('-12.5', 'number')).toBe(-12.5);
    expect(convertCell('1e3', 'number')).toBe('1e3');
  });
});

describe('CSV rows', () => {
  it('a beneficiaries row with more cells than the header is an error naming the file, the line and the counts', () => {
    const items = readCsvPair(pair(`${BEN_HEAD}\n${benRow('B1')},extra\n`, 'beneficiaryId,claimId,clause\n'), 'auto');
    const [rec] = items.map(createEvaluator());
    expect(rec!.ok).toBe(false);
    expect(!rec!.ok && rec!.errors).toEqual([
      {
        path: '',
        code: 'csvRow',
        params: { file: 'b.csv', line: 2, cells: 15, columns: 14 },
        message: { zh: 'b.csv 第 2 行有 15 个单元格，多于表头的 14 列', en: 'b.csv line 2 has 15 cells, more than the 14 columns of the header' },
        at: { file: 'b.csv', line: 2 },
      },
    ]);
  });

  it('a short row reads its missing cells as empty: a required field is then reported missing at its column', () => {
    // The row stops before mainBusinessFields and the contribution: the list is required (so it becomes []),
    // the year table too ({}); legalForm is empty: required, not a list nor a table, so it stays absent.
    const row = 'B1,2026,2026-12-01,,false,true,true,true,true,true,true,true';
    const [item] = readCsvPair(pair(`${BEN_HEAD}\n${row}\n`, 'beneficiaryId,claimId,clause\n'), 'auto');
    expect(item!.kind === 'value' && (item!.value as { beneficiary: Record<string, unknown> }).beneficiary).toMatchObject({
      id: 'B1', mainBusinessFields: [], districtContribution: {},
    });
    expect(item!.kind === 'value' && 'legalForm' in (item!.value as { beneficiary: object }).beneficiary).toBe(false);
    const rec = createEvaluator()(item!);
    expect(!rec.ok && rec.errors.find((e) => e.path === 'beneficiary.legalForm')?.at).toEqual({ file: 'b.csv', line: 2, column: 'legalForm' });
  });

  it('without an awardYear column in either file, claims join by beneficiaryId and orphans name no year', () => {
    const head = BEN_HEAD.replace('awardYear,', '');
    const b = `${head}\n${benRow('B1').replace(',2026,', ',')}\n`;
    const claims = 'beneficiaryId,claimId,clause,subjectId,intelligentRobot\nB1,c1,art06_3,S,true\nNOPE,c2,art06_3,S,true\n';
    const items = readCsvPair(pair(b, claims), 'auto');
    expect(items.map((i) => i.kind)).toEqual(['value', 'unreadable']);
    const orphan = items[1]!;
    expect(orphan.kind === 'unreadable' && orphan.errors[0]!.message).toEqual({
      zh: 'c.csv 第 3 行的受益主体 NOPE在 b.csv 中没有对应行',
      en: 'c.csv line 3: beneficiary NOPE has no row in b.csv',
    });
    expect(orphan.kind === 'unreadable' && orphan.beneficiaryId).toBe('NOPE');
  });

  it('a claim of an unknown clause keeps its cells as text and the engine names the clause', () => {
    const claims = 'beneficiaryId,awardYear,claimId,clause,subjectId,intelligentRobot\nB1,2026,c1,art99_9,S,true\n';
    const [item] = readCsvPair(pair(`${BEN_HEAD}\n${benRow('B1')}\n`, claims), 'auto');
    // With no clause to type the columns, a cell takes the kind of the first clause that has the column.
    expect(item!.kind === 'value' && (item!.value as { claims: unknown[] }).claims).toEqual([{ id: 'c1', clause: 'art99_9', subjectId: 'S', intelligentRobot: true }]);
    const rec = createEvaluator()(item!);
    expect(rec.ok).toBe(false);
    expect(!rec.ok && rec.errors[0]!.at).toMatchObject({ file: 'c.csv', line: 2 });
    expect(!rec.ok && rec.errors[0]!.path.startsWith('claims[0]')).toBe(true);
  });

  it('a column of another clause keeps the kind that clause gives it, and the engine reports it as a field the claim lacks', () => {
    // eventLevel belongs to the event clauses, not to art06_3.
    const claims = 'beneficiaryId,awardYear,claimId,clause,subjectId,intelligentRobot,eventLevel\nB1,2026,c1,art06_3,S,true,national\n';
    const [item] = readCsvPair(pair(`${BEN_HEAD}\n${benRow('B1')}\n`, claims), 'auto');
    expect(item!.kind === 'value' && (item!.value as { claims: Record<string, unknown>[] }).claims[0]!.eventLevel).toBe('national');
    const rec = createEvaluator()(item!);
    expect(!rec.ok && rec.errors.map((e) => [e.path, e.at?.column])).toContainEqual(['claims[0].eventLevel', 'eventLevel']);
  });
});

describe('CSV locations of issue paths', () => {
  const t = toCsvTables([application([claim('art06_3', { id: 'c1' })], { beneficiary: beneficiary({ id: 'B1', fraudFindings: [{ confirmedOn: '2020-01-01', scope: 'all', liftedOn: '2021-01-01' }] }) })]);
  const [item] = readCsvPair(pair(csvText(t.beneficiaries), csvText(t.claims)), 'auto') as [InputItem & { kind: 'value' }];
  const at = (path: string) => item.locate!(path);

  it.each([
    ['beneficiary.id', { file: 'b.csv', line: 2, column: 'beneficiaryId' }],
    ['beneficiary', { file: 'b.csv', line: 2 }],
    ['beneficiary.legalForm', { file: 'b.csv', line: 2, column: 'legalForm' }],
    ['beneficiary.fraudFindings', { file: 'b.csv', line: 2, column: 'fraudFindings[0].confirmedOn' }],
    ['beneficiary.fraudFindings[0]', { file: 'b.csv', line: 2, column: 'fraudFindings[0].confirmedOn' }],
    ['beneficiary.nothingLikeThis', { file: 'b.csv', line: 2 }],
    ['awardYear', { file: 'b.csv', line: 2, column: 'awardYear' }],
    ['claims[0]', { file: 'c.csv', line: 2 }],
    ['claims[0].id', { file: 'c.csv', line: 2, column: 'claimId' }],
    ['claims[0].intelligentRobot', { file: 'c.csv', line: 2, column: 'intelligentRobot' }],
    ['claims[7].subjectId', { file: 'b.csv', line: 2 }],
  ])('%s → %j', (path, expected) => {
    expect(at(path)).toEqual(expected);
  });
});

describe('encodings refused', () => {
  it('UTF-16 big-endian is refused like little-endian', () => {
    const err = inputError(() => decodeFile(Uint8Array.from([0xfe, 0xff, 0x00, 0x61]), 'auto', 'x.csv'));
    expect(err.text.en).toBe('x.csv: UTF-16 (Excel "Unicode text") is not supported; save as UTF-8 (for CSV, "CSV UTF-8 (comma delimited)")');
  });

  it('with auto, bytes valid neither as UTF-8 nor as GBK say so', () => {
    const err = inputError(() => decodeFile(Uint8Array.from([0x61, 0x81, 0x20]), 'auto', 'x.csv'));
    expect(err.text).toEqual({ zh: 'x.csv：文件既不是有效的 UTF-8 也不是有效的 GBK', en: 'x.csv: the file is neither valid UTF-8 nor valid GBK' });
  });

  it('a declared GBK file that is not GBK names GBK and the option', () => {
    const err = inputError(() => decodeFile(Uint8Array.from([0x61, 0x81, 0x20]), 'gbk', 'x.csv'));
    expect(err.text.en).toBe('x.csv: the file is not valid GBK (use --encoding to name the encoding)');
  });
});

describe('NDJSON from string chunks', () => {
  it('reads strings as UTF-8, split across chunks anywhere', async () => {
    const out: InputItem[] = [];
    async function* chunks() {
      yield* ['{"a":"中', '文"}\n{"b"', ':2}\n'];
    }
    for await (const item of readNdjson(chunks(), 'auto')) out.push(item);
    expect(out).toEqual([
      { kind: 'value', record: 1, line: 1, value: { a: '中文' } },
      { kind: 'value', record: 2, line: 2, value: { b: 2 } },
    ]);
  });
});

describe('the evaluator', () => {
  it('names no beneficiary when "beneficiary" is not an object', () => {
    expect(beneficiaryIdOf({ beneficiary: 'B1' })).toBeNull();
    expect(beneficiaryIdOf({ beneficiary: { id: '' } })).toBeNull();
    expect(createEvaluator()({ kind: 'value', record: 1, line: null, value: { beneficiary: 'B1' } })).toMatchObject({ beneficiaryId: null, ok: false });
  });

  it('an engine failure with a thrown non-Error is an internal error quoting the value', () => {
    const rec = createEvaluator()({ kind: 'value', record: 3, line: 4, value: application([], { beneficiary: beneficiary({ id: 'THROWS-STRING' }) }) });
    expect(rec).toEqual({
      record: 3, line: 4, beneficiaryId: 'THROWS-STRING', ok: false,
      errors: [{ path: '', code: 'internal', params: { error: 'engine exploded' }, message: { zh: '引擎内部错误（请报告此缺陷）：engine exploded', en: 'internal engine error (please report this defect): engine exploded' } }],
    });
  });
});

describe('the tally', () => {
  it('an evaluated record paying nothing counts as ok but not paid', () => {
    const s = emptySummary();
    const rec = createEvaluator()({ kind: 'value', record: 1, line: null, value: application([]) });
    expect(rec.ok && rec.result.total).toBe('0.00');
    tally(s, rec);
    expect(s).toEqual({ records: 1, ok: 1, paid: 0, errors: 0, internal: 0, totalFen: 0n });
    expect(summaryText(s)).toContain('batch done: 1 records, 1 evaluated (0 paid), 0 errors, total 0.00 yuan');
  });

  it.each([[-5n, '-0.05'], [-123456n, '-1234.56'], [7n, '0.07'], [100n, '1.00']])('%s fen → %s yuan', (fen, yuan) => {
    expect(yuanFromBigFen(fen)).toBe(yuan);
  });
});

describe('CSV output wording', () => {
  const located = { path: 'claims[0].x', code: 'invalid' as const, params: { rule: 'other' as const, detail: 'x' }, message: { zh: '有误', en: 'bad' }, at: { file: 'c.csv', line: 3 } };

  it('an issue without a location, or without a column, is written without them', () => {
    expect(issueText({ path: '', code: 'json', params: { detail: 'x' }, message: { zh: '不是 JSON', en: 'not JSON' } }, 'zh')).toBe('（整条记录）：不是 JSON');
    expect(issueText({ path: '', code: 'json', params: { detail: 'x' }, message: { zh: '不是 JSON', en: 'not JSON' } }, 'en')).toBe('(whole record): not JSON');
    expect(issueText(located, 'zh')).toBe('c.csv 第 3 行：claims[0].x：有误');
    expect(issueText(located, 'en')).toBe('c.csv line 3: claims[0].x: bad');
  });

  it('an internal error record says 内部错误, has an empty line cell, and no award lines', () => {
    const r: BatchRecord = { record: 2, line: null, beneficiaryId: null, ok: false, errors: [{ path: '', code: 'internal', params: { error: 'x' }, message: { zh: '坏了', en: 'broke' } }] };
    expect(recordRow(r)).toEqual(['2', '', '', '', '', '内部错误', '', '', '', '（整条记录）：坏了', '(whole record): broke', '', '', '']);
    expect(lineRows(r)).toEqual([]);
  });
});

/** A writable that fails as told on its n-th write. */
function failingOut(failOn: (text: string, n: number) => unknown): { stream: Writable; text: () => string } {
  let n = 0;
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      n += 1;
      const s = chunk.toString('utf8');
      const err = failOn(s, n);
      text += s;
      if (err !== undefined) stream.emit('error', err);
      cb();
    },
  });
  return { stream, text: () => text };
}

const NDJSON_TWO = `${JSON.stringify(application([]))}\n${JSON.stringify(application([], { beneficiary: beneficiary({ id: 'B2' }) }))}\n`;

function config(over: Partial<BatchConfig>): BatchConfig {
  return { from: 'ndjson', to: 'ndjson', input: '-', encoding: 'auto', options: {}, progress: false, summary: false, ...over };
}

async function run(over: Partial<BatchConfig>, stdin: Readable, stdout: Writable): Promise<{ status: number; err: string; records?: number }> {
  const err = new PassThrough();
  let errText = '';
  err.on('data', (c: Buffer) => (errText += c.toString('utf8')));
  const outcome = await runBatch(config(over), { stdin, stdout, stderr: err });
  return { status: outcome.status, err: errText, records: outcome.summary?.records };
}

describe('batch runs with failing streams', () => {
  it('JSON from standard input given as string chunks is read like bytes', async () => {
    const out = failingOut(() => undefined);
    const r = await run({ from: 'json', to: 'json' }, Readable.from([`[${JSON.stringify(application([]))}`, ']']), out.stream);
    expect(r.status).toBe(EXIT.ok);
    expect((JSON.parse(out.text()) as BatchRecord[]).map((x) => [x.record, x.ok])).toEqual([[1, true]]);
  });

  it('an input path that is a directory is a usage error naming it', async () => {
    const r = await run({ from: 'json', input: tmp }, Readable.from([]), new PassThrough());
    expect(r).toEqual({ status: EXIT.usage, err: `不是文件：${tmp} / not a file: ${tmp}\n`, records: undefined });
  });

  it('a failing standard input is a fault of the machine: the run ends with 70 and says how far it got', async () => {
    const stdin = new Readable({ read() { this.destroy(new Error('stdin went away')); } });
    const r = await run({ from: 'json' }, stdin, new PassThrough());
    expect(r).toMatchObject({ status: EXIT.internal, records: 0 });
    expect(r.err).toBe(
      '批量中止：stdin went away（已写 0 条记录；标准输出上的内容不完整）\n' +
        'batch aborted: stdin went away (0 records written; what reached standard output is incomplete)\n',
    );
  });

  it('an output error while writing a record aborts the run (70) with the error message, after the records already tallied', async () => {
    const out = failingOut((_t, n) => (n === 2 ? new Error('EPIPE: broken pipe') : undefined));
    const r = await run({}, Readable.from([Buffer.from(NDJSON_TWO)]), out.stream);
    expect(r.status).toBe(EXIT.internal);
    expect(r.err).toBe(
      '批量中止：输出无法写入（EPIPE: broken pipe）（已写 1 条记录；标准输出上的内容不完整）\n' +
        'batch aborted: the output could not be written (EPIPE: broken pipe) (1 records written; what reached standard output is incomplete)\n',
    );
    expect(r.records).toBe(1);
  });

  it('an output error that is not an Error is quoted as it is', async () => {
    const out = failingOut(() => 'disk full');
    const r = await run({}, Readable.from([Buffer.from(NDJSON_TWO)]), out.stream);
    expect(r).toMatchObject({ status: EXIT.internal, records: 0 });
    expect(r.err).toContain('batch aborted: the output could not be written (disk full) (0 records written;');
  });

  it('an output error on the closing bracket of a JSON array still aborts the run', async () => {
    const out = failingOut((text) => (text === '\n]\n' ? new Error('closed early') : undefined));
    const r = await run({ to: 'json' }, Readable.from([Buffer.from(NDJSON_TWO)]), out.stream);
    expect(r).toMatchObject({ status: EXIT.internal, records: 2 });
    expect(r.err).toContain('the output could not be written (closed early) (2 records written;');
  });
});
