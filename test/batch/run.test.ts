import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { batch } from '../../src/tools/cli/batch.js';
import { runBatch, type BatchConfig } from '../../src/tools/batch/run.js';
import type { BatchRecord } from '../../src/tools/batch/record.js';

import { ROOT } from './built.js';
import { evaluate } from '../helpers.js';

const FIX = join(ROOT, 'fixtures', 'batch');
const tmp = mkdtempSync(join(tmpdir(), 'zz-batch-run-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sink(): { stream: PassThrough; text: () => string; bytes: () => Buffer } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8'), bytes: () => Buffer.concat(chunks) };
}

/** Runs the `batch` command in-process; returns status, stdout and stderr. */
async function cli(args: string[], stdin = ''): Promise<{ status: number; out: string; outBytes: Buffer; err: string }> {
  const out = sink();
  const err = sink();
  const status = await batch(args, { stdin: Readable.from([Buffer.from(stdin)]), stdout: out.stream, stderr: err.stream });
  return { status, out: out.text(), outBytes: out.bytes(), err: err.text() };
}

const ndjson = (text: string) => text.trimEnd().split('\n').map((l) => JSON.parse(l) as BatchRecord);

describe('batch: every input record yields exactly one output record, in order', () => {
  it('NDJSON with good and bad lines (one not even JSON): 9 records in, 9 out, exit 1, summary on stderr', async () => {
    const r = await cli([join(FIX, 'applications.ndjson')]);
    const recs = ndjson(r.out);
    expect(recs.map((x) => [x.record, x.line, x.ok])).toEqual([
      [1, 1, true], [2, 2, true], [3, 3, false], [4, 4, true], [5, 5, false], [6, 7, true], [7, 8, false], [8, 9, true], [9, 10, false],
    ]);
    expect(r.status).toBe(1);
    expect(r.err).toBe(
      '批量计算完成：记录 9 条，成功 5 条（有支付 5 条），错误 4 条，合计 19533000.50 元\n' +
        'batch done: 9 records, 5 evaluated (5 paid), 4 errors, total 19533000.50 yuan\n',
    );
    const bad = recs[4]!;
    expect(bad.ok === false && bad.beneficiaryId).toBe('51410100-BADAMT06');
    expect(bad.ok === false && bad.errors.map((e) => e.path)).toEqual(['approvalDate', 'claims[0].totalCost']);
    expect(bad.ok === false && bad.errors.every((e) => /[\u4e00-\u9fff]/.test(e.message.zh) && /expected/.test(e.message.en))).toBe(true);
  });

  it('a good record gives exactly what evaluate() gives for it', async () => {
    const r = await cli([join(FIX, 'applications.ndjson')]);
    const first = JSON.parse(readFileSync(join(FIX, 'applications.ndjson'), 'utf8').split('\n')[0]!) as unknown;
    expect(ndjson(r.out)[0]).toEqual({ record: 1, line: 1, beneficiaryId: '91410100-DATA01', ok: true, result: evaluate(first) });
  });

  it('JSON array in, JSON array out (8 elements, one not an object), with null lines', async () => {
    const r = await cli([join(FIX, 'applications.json')]);
    const recs = JSON.parse(r.out) as BatchRecord[];
    expect(recs.map((x) => [x.record, x.line, x.beneficiaryId, x.ok])).toEqual([
      [1, null, '91410100-DATA01', true], [2, null, '91410100-MODEL02', true], [3, null, '91410100-ROBOT03', true],
      [4, null, '51410100-BADAMT06', false], [5, null, '12410100-INST04', true], [6, null, '91410100-NOFORM07', false],
      [7, null, '51410100-ASSOC05', true], [8, null, null, false],
    ]);
    expect(r.status).toBe(1);
  });

  it('an all-good batch exits 0; an empty one writes a valid empty document and exits 0', async () => {
    const good = await cli([join(ROOT, 'fixtures', 'sample-applications.json'), '--quiet']);
    expect(good.status).toBe(0);
    expect(good.err).toBe('');
    expect((JSON.parse(good.out) as unknown[]).length).toBe(5);
    expect(await cli(['-', '--from', 'json', '--quiet'], '[]')).toMatchObject({ status: 0, out: '[]\n' });
    expect(await cli(['-', '--from', 'ndjson', '--quiet'], '\n\n')).toMatchObject({ status: 0, out: '' });
    const csvEmpty = await cli(['-', '--from', 'json', '--to', 'csv', '--quiet'], '[]');
    expect(csvEmpty.out.startsWith('\uFEFF序号 record,')).toBe(true);
    expect(csvEmpty.out.split('\r\n')).toHaveLength(2);
  });

  it('reads standard input', async () => {
    const r = await cli(['-', '--from', 'ndjson', '--quiet'], readFileSync(join(FIX, 'applications.ndjson'), 'utf8'));
    expect(ndjson(r.out)).toHaveLength(9);
  });
});

describe('batch CSV output: one row per record, for Excel', () => {
  it('has a BOM, quoted two-decimal amounts, Chinese explanations and errors, and one row per record', async () => {
    const r = await cli([join(FIX, 'beneficiaries.csv'), '--claims', join(FIX, 'claims.csv'), '--to', 'csv', '--quiet']);
    expect(r.status).toBe(1);
    expect(r.outBytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const rows = parse(r.out, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((x) => [x['序号 record'], x['状态 status'], x['合计（元） total']])).toEqual([
      ['1', '已计算', '1500000.00'], ['2', '已计算', '10683000.50'], ['3', '已计算', '2600000.00'], ['4', '输入有误', ''],
      ['5', '已计算', '4700000.00'], ['6', '已计算', '50000.00'], ['7', '输入有误', ''],
    ]);
    expect(r.out).toContain(',"1500000.00",');
    expect(rows[0]!['说明 explanation']).toMatch(/^91410100-DATA01 2026 年度（审批日 2026-06-15）：合计 1500000.00 元。\n- 二\(二\)/);
    expect(rows[3]!['错误 errors']).toBe(
      'beneficiaries.csv 第 5 行 legalForm 列：beneficiary.legalForm：应为以下之一："enterprise", "publicInstitution", "socialOrganization", "privateNonEnterpriseUnit", "branchOffice", "unincorporated"，而不是 "事业单位"\n' +
        'claims.csv 第 14 行 approvedAmount 列：claims[0].approvedAmount：应为以元为单位的金额字符串：非负，至多两位小数，不超过11位整数，如 "1234.50"，而不是 "2,500,000"',
    );
    expect(rows[3]!['errors (en)']).toMatch(/^beneficiaries\.csv line 5 column legalForm: beneficiary\.legalForm: expected one of/);
    expect(rows[0]!['参数指纹 parameters sha256']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('--lines-out writes one row per award line with the Chinese status and reasons', async () => {
    const lines = join(tmp, 'lines.csv');
    const r = await cli([join(ROOT, 'fixtures', 'sample-applications.json'), '--to', 'csv', '--lines-out', lines, '--quiet']);
    expect(r.status).toBe(0);
    const rows = parse(readFileSync(lines), { bom: true, columns: true }) as Record<string, string>[];
    const total = ndjsonTotal(JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-applications.json'), 'utf8')) as unknown[]);
    expect(rows.length).toBe(total.lines);
    expect(rows[0]).toMatchObject({ '事项编号 claimId': 'A1', '条目 item': '二(二)', '状态 status': '核减后支付', '实付（元） net': '769230.77' });
    expect(rows[0]!['原因与调整 reasons']).toContain('九(三)年度奖补总额不超过');
  });

  it('escapes a cell Excel would run as a formula', async () => {
    const app = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-applications.json'), 'utf8'))[0] as { beneficiary: { id: string } };
    app.beneficiary.id = '=HYPERLINK("http://x")';
    const r = await cli(['-', '--from', 'json', '--to', 'csv', '--quiet'], JSON.stringify([app]));
    const rows = parse(r.out, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]!['受益主体编号 beneficiaryId']).toBe(`'=HYPERLINK("http://x")`);
  });
});

function ndjsonTotal(apps: unknown[]): { lines: number } {
  return { lines: apps.reduce<number>((n, a) => n + evaluate(a).lines.length, 0) };
}

describe('batch options and exit statuses', () => {
  it('--parameters and --reading reach the engine (and its fingerprint)', async () => {
    const base = ndjson((await cli([join(FIX, 'applications.ndjson'), '--quiet'])).out)[1]!;
    const withParams = ndjson((await cli([join(FIX, 'applications.ndjson'), '--quiet', '--parameters', join(FIX, 'parameters.json')])).out)[1]!;
    expect(base.ok && withParams.ok).toBe(true);
    if (!base.ok || !withParams.ok) return;
    const b4 = (r: typeof base) => r.ok && r.result.lines.find((l) => l.claimId === 'B4')!;
    expect(b4(base) && b4(base).status).toBe('indeterminate');
    expect(b4(withParams) && b4(withParams).status).not.toBe('indeterminate');
    expect(withParams.result.fingerprint.parameters).not.toBe(base.result.fingerprint.parameters);
    const withReading = ndjson((await cli([join(FIX, 'applications.ndjson'), '--quiet', '--reading', 'A2.1.1=b'])).out)[1]!;
    expect(withReading.ok && withReading.result.readings['A2.1.1']).toBe('b');
    expect(withReading.ok && withReading.result.fingerprint.readings).not.toBe(base.result.fingerprint.readings);
  });

  it.each([
    [["--quite", "x.json"], /^未知选项“--quite”，是否想用 --quiet？ \/ unknown option "--quite"; did you mean --quiet\? \(zz-ai-policy batch --help\)\n$/],
    [["--bogus", "x.json"], /unknown option "--bogus"; did you mean --/],
    [['--lines-ot', 'x.csv', 'y.csv'], /did you mean --lines-out\?/],
    [['x.json', '--out'], /^选项 --out 用法有误.* \/ option --out is used wrongly \(a value missing, or one it does not take\) \(zz-ai-policy batch --help\)\n$/],
    [[], /exactly one input file/],
    [['a.json', 'b.json'], /exactly one input file/],
    [['input.txt'], /use --from/],
    [['x.json', '--to', 'xml'], /--to: .*expected json\|ndjson\|csv/],
    [['x.json', '--encoding', 'latin1'], /expected auto\|utf8\|gbk/],
    [['x.json', '--claims', 'c.csv', '--from', 'json'], /--claims is for CSV input only/],
    [['x.json', '--reading', 'A9.3.2'], /expected <id>=<choice>/],
  ])('usage error %j → exit 2 with one line, Chinese and English, giving the reason and where the help is', async (args, message) => {
    const r = await cli(args);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err).toMatch(/[\u4e00-\u9fff].* \/ .*\(zz-ai-policy batch --help\)\n$/);
    expect(r.out).toBe('');
  });

  it('bad option values are a usage error (2) naming the option, before any record', async () => {
    const params = join(tmp, 'bad-params.json');
    await import('node:fs').then((fs) => fs.writeFileSync(params, JSON.stringify({ 'art02_1.ratio': 'half', nope: '1' })));
    const r = await cli([join(FIX, 'applications.ndjson'), '--parameters', params]);
    expect(r).toMatchObject({ status: 2, out: '' });
    expect(r.err).toContain('- parameters.art02_1.ratio:');
    expect(r.err).toContain('- parameters.nope: 未知的参数“nope”；最接近的有效名称：');
    expect(r.err).toContain('/ unknown parameter "nope"; the closest valid ones: ');
    const rd = await cli([join(FIX, 'applications.ndjson'), '--reading', 'A9.3.2=z']);
    expect(rd).toMatchObject({ status: 2, out: '' });
    expect(rd.err).toContain('readings.A9.3.2');
    // A prototype key is refused, not silently dropped (options are checked like input).
    const proto = await cli([join(FIX, 'applications.ndjson'), '--reading', '__proto__=a']);
    expect(proto).toMatchObject({ status: 2, out: '' });
    expect(proto.err).toContain('readings.__proto__');
    expect((await cli([join(FIX, 'applications.ndjson'), '--parameters', join(tmp, 'missing.json')])).status).toBe(2);
  });

  it('a missing input file or a missing --claims is a usage error (2)', async () => {
    expect(await cli([join(tmp, 'nope.ndjson')])).toMatchObject({ status: 2, out: '' });
    const r = await cli([join(FIX, 'beneficiaries.csv')]);
    expect(r.status).toBe(2);
    expect(r.err).toContain('CSV input needs the claims file');
  });

  it('an input that is not a JSON array, or a CSV with an unknown column, exits 3 with nothing written', async () => {
    const notArray = await cli(['-', '--from', 'json'], '{"beneficiary": {}}');
    expect(notArray).toMatchObject({ status: 3, out: '' });
    expect(notArray.err).toContain('JSON input must be an array');
    const broken = await cli(['-', '--from', 'json'], '[{"a":1},');
    expect(broken.status).toBe(3);
    const badHeader = join(tmp, 'bad.csv');
    await import('node:fs').then((fs) => fs.writeFileSync(badHeader, 'beneficiaryId,colour\nB1,red\n'));
    const csv = await cli([badHeader, '--claims', join(FIX, 'claims.csv')]);
    expect(csv).toMatchObject({ status: 3, out: '' });
    expect(csv.err).toContain('unknown column "colour"');
  });

  it('--help prints the usage with the exit statuses and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.out).toContain('2 usage error (nothing written) · 3 an input file cannot be read as a whole');
    expect(r.out).toContain('130 / 143 interrupted (SIGINT / SIGTERM)');
    expect((await cli(['-h'])).status).toBe(0);
  });

  it('--out writes the file; --lines-out without CSV output is a usage error', async () => {
    const out = join(tmp, 'out.ndjson');
    const r = await cli([join(FIX, 'applications.ndjson'), '--out', out, '--quiet']);
    expect(r, r.err).toMatchObject({ status: 1, out: '' });
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(9);
    expect((await cli([join(FIX, 'applications.ndjson'), '--lines-out', join(tmp, 'l.csv')])).status).toBe(2);
    expect((await cli([join(FIX, 'applications.ndjson'), '--out', join(tmp, 'no', 'such', 'dir.ndjson')])).status).toBe(2);
  });

  it('--progress writes a progress line on stderr and clears it', async () => {
    const lines = `${Array.from({ length: 600 }, () => '{}').join('\n')}\n`;
    const r = await cli(['-', '--from', 'ndjson', '--progress'], lines);
    expect(r.err).toMatch(/\r已处理 64 条，[0-9]+ 条\/秒 \/ 64 records, [0-9]+ records\/s\x1b\[K/);
    expect(r.err).toContain('\r\x1b[K');
    expect(r.err).toContain('记录 600 条');
    const quiet = await cli(['-', '--from', 'ndjson'], lines);
    expect(quiet.err).not.toContain('已处理');
  });

  it('shows the progress line by itself when stderr is a terminal, and not with --quiet', async () => {
    const lines = `${Array.from({ length: 600 }, () => '{}').join('\n')}\n`;
    const run = async (args: string[]) => {
      const err = sink();
      Object.defineProperty(err.stream, 'isTTY', { value: true });
      await batch(args, { stdin: Readable.from([Buffer.from(lines)]), stdout: sink().stream, stderr: err.stream });
      return err.text();
    };
    expect(await run(['-', '--from', 'ndjson'])).toContain('\r已处理 64 条');
    expect(await run(['-', '--from', 'ndjson', '--quiet'])).toBe('');
  });
});

describe('batch streaming: memory stays flat', () => {
  const config = (over: Partial<BatchConfig>): BatchConfig => ({
    from: 'ndjson', to: 'ndjson', input: '-', encoding: 'auto', options: {}, progress: false, summary: false, ...over,
  });

  it('reads no further ahead than the output can take: a stalled consumer stops the input', async () => {
    const app = readFileSync(join(FIX, 'applications.ndjson'), 'utf8').split('\n')[0]!;
    let produced = 0;
    const source = new Readable({
      highWaterMark: 1,
      read() {
        produced += 1;
        this.push(`${app}\n`);
        if (produced >= 3_000) this.push(null);
      },
    });
    let release: () => void = () => {};
    let stalled = true;
    let received = 0;
    const slow = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, done) {
        received += 1;
        if (stalled) release = done;
        else done();
      },
    });
    const run = runBatch(config({}), { stdin: source, stdout: slow, stderr: new PassThrough() });
    await new Promise((r) => setTimeout(r, 300));
    const producedWhileStalled = produced;
    expect(received).toBe(1);
    // The reader holds at most a few chunks of the input while nothing drains.
    expect(producedWhileStalled).toBeLessThan(40);
    stalled = false;
    release();
    const outcome = await run;
    expect(outcome.status).toBe(0);
    expect(received).toBe(3_000);
    expect(outcome.summary?.records).toBe(3_000);
  }, 60_000);
});
