/**
 * Issue 11: records bounded in time and memory, JSON arrays streamed exactly as JSON.parse reads them, CSV cells
 * and GBK read strictly, every line end a line end, and CSV cells neutralised against formula injection.
 */
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsvPair } from '../../src/tools/batch/csvInput.js';
import { decodeFile } from '../../src/tools/batch/decode.js';
import { BatchInputError } from '../../src/tools/batch/errors.js';
import { createEvaluator, type InputItem } from '../../src/tools/batch/evaluator.js';
import { readJsonArray } from '../../src/tools/batch/jsonArray.js';
import { boundIssues, MAX_ISSUE_TEXT, measureValue, recordLimits, scanJsonText } from '../../src/tools/batch/limits.js';
import { readNdjson, splitLines } from '../../src/tools/batch/ndjson.js';
import type { BatchIssue, BatchRecord } from '../../src/tools/batch/record.js';
import { runBatch } from '../../src/tools/batch/run.js';
import { neutralizeCell, restoreCell } from '../../src/tools/batch/write.js';
import { application, beneficiary } from '../helpers.js';
import { csvText, toCsvTables } from './flatten.js';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function* chunks(...parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
}

const codes = (items: InputItem[]) => items.map((i) => (i.kind === 'value' ? 'value' : i.errors[0]!.code));

describe('record limits', () => {
  const l = recordLimits();

  it('come from the schema: the longest list (history, 5000), and nesting a little deeper than the schema', () => {
    expect(l.maxItems).toBe(5000);
    expect(l.maxKeys).toBe(2000);
    expect(l.maxValues).toBe(200_000);
    expect(l.maxDepth).toBeGreaterThanOrEqual(5);
    expect(l.maxDepth).toBeLessThan(12);
  });

  it('a valid application is within them, measured as text and as a value', () => {
    const app = application([], { history: Array.from({ length: 5000 }, () => ({ clause: 'art02_2', subjectId: 'S', awardYear: 2025, entitlement: '1.00', paid: '1.00' })) });
    expect(scanJsonText(JSON.stringify(app))).toBeNull();
    expect(measureValue(app)).toBeNull();
  });

  it.each([
    ['too many keys', `{${Array.from({ length: 2001 }, (_, i) => `"k${i}":1`).join(',')}}`, 'maxKeys'],
    ['too many items', `[${Array.from({ length: 5001 }, () => '1').join(',')}]`, 'maxItems'],
    ['too deep', `${'['.repeat(40)}${']'.repeat(40)}`, 'maxDepth'],
    ['too many values', `[${Array.from({ length: 50 }, () => `[${Array.from({ length: 4100 }, () => '0').join(',')}]`).join(',')}]`, 'maxValues'],
  ])('%s is found by the text scan and by the value walk alike', (_name, text, limit) => {
    expect(scanJsonText(text)?.limit).toBe(limit);
    expect(measureValue(JSON.parse(text))?.limit).toBe(limit);
  });

  it('the text scan skips strings (braces, commas and escaped quotes inside them count for nothing)', () => {
    expect(scanJsonText(`["${'{[,:\\"'.repeat(10_000)}"]`)).toBeNull();
    expect(scanJsonText(`[${Array.from({ length: 5000 }, () => '"a,b"').join(',')}]`)).toBeNull();
  });

  it('an error list is cut to the first 100 issues plus one counting the rest, and each text to its limit', () => {
    const issues: BatchIssue[] = Array.from({ length: 250 }, (_, i) => ({ path: `p${i}`, code: 'invalid', params: { rule: 'other', detail: 'x' }, message: { zh: '错', en: 'bad' } }));
    const bounded = boundIssues(issues);
    expect(bounded).toHaveLength(101);
    expect(bounded[100]).toEqual({ path: '', code: 'moreIssues', params: { count: 150, shown: 100 }, message: { zh: '另有 150 个问题未列出（仅列出前 100 个）', en: '150 more issues not listed (only the first 100 are)' } });
    const long = boundIssues([{ path: 'k'.repeat(5000), code: 'invalid', params: { rule: 'other', detail: 'x' }, message: { zh: '错', en: 'e'.repeat(3000) } }])[0]!;
    expect(long.path).toHaveLength(MAX_ISSUE_TEXT + '…（+4000）'.length);
    expect(long.message.en.endsWith('…（+2000）')).toBe(true);
    expect(long.message.zh).toBe('错');
  });

  it('an NDJSON line of a million unknown keys is one small tooLarge record, and the next line is read', async () => {
    const huge = `{${Array.from({ length: 1_000_000 }, (_, i) => `"u${i}":0`).join(',')}}`;
    const items = await collect(readNdjson(chunks(huge, '\n', JSON.stringify(application([])), '\n'), 'auto'));
    expect(codes(items)).toEqual(['tooLarge', 'value']);
    const record = createEvaluator()(items[0]!);
    expect(JSON.stringify(record).length).toBeLessThan(1000);
    expect(!record.ok && record.errors[0]!.message.en).toBe('record too large, not validated: an object has more than 2000 keys (no valid application reaches this limit)');
  });

  it('an application with hundreds of invalid fields has 100 issues and a count of the rest', () => {
    const app = application([], { beneficiary: beneficiary(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`unknown${i}`, 1]))) });
    const record = createEvaluator()({ kind: 'value', record: 1, line: null, value: app });
    expect(!record.ok && record.errors).toHaveLength(101);
    expect(!record.ok && record.errors[100]!.code).toBe('moreIssues');
  });
});

describe('JSON arrays, streamed', () => {
  const read = async (text: string, split = 7): Promise<InputItem[]> => {
    const bytes = Buffer.from(text, 'utf8');
    const parts: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += split) parts.push(bytes.subarray(i, i + split));
    return collect(readJsonArray(chunks(...parts), 'auto', 'a.json'));
  };
  const values = (items: InputItem[]) => items.map((i) => (i.kind === 'value' ? i.value : i.errors[0]!.code));

  it('gives each element exactly as JSON.parse does, wherever the chunks are cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), async (arr, split) => {
        const text = JSON.stringify(arr, null, split % 3 === 0 ? 2 : undefined);
        expect(values(await read(text, split))).toEqual(JSON.parse(text));
      }),
      { numRuns: 100 },
    );
  });

  it('reads escapes, surrogate pairs, repeated keys (the last wins) and "__proto__" as JSON.parse does', async () => {
    const text = String.raw`[{"a\u00e9\n":"x\"y\ud83d\ude00","k":1,"k":2,"__proto__":{"p":1},"n":-1.5e3}, "s", 7, null, true, []]`;
    const got = values(await read(text, 3));
    expect(got).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(got[0])).toBe(Object.prototype);
    expect(Object.keys(got[0] as object)).toContain('__proto__');
  });

  it('an element beyond the limits is skipped to its end and the next one is read', async () => {
    const many = `{${Array.from({ length: 2500 }, (_, i) => `"k${i}":[1,{"x":"y"}]`).join(',')}}`;
    const items = await read(`[${many}, {"ok":1}, ${'['.repeat(50)}${']'.repeat(50)}, {"ok":2}]`, 4096);
    expect(values(items)).toEqual(['tooLarge', { ok: 1 }, 'tooLarge', { ok: 2 }]);
  });

  it('an element longer than the character limit is refused as tooLong', async () => {
    const items = await collect(readJsonArray(chunks(`[{"a":"${'x'.repeat(500)}"},{"b":1}]`), 'auto', 'a.json', 100));
    expect(values(items)).toEqual(['tooLong', { b: 1 }]);
  });

  it.each([
    ['', /the file is empty/],
    ['{"a":1}', /must be an array/],
    ['[{"a":1}', /after 1 records/],
    ['[{"a":1} ', /after 1 records/],
    ['[{"a":1}] x', /not valid JSON \(near byte \d+, after \d records\): Parser cannot parse input/],
    ['[{"a":1},,]', /not valid JSON/],
  ])('%j is not readable as a whole (exit 3)', async (text, message) => {
    const err = await read(text).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BatchInputError);
    expect((err as BatchInputError).text.en).toMatch(message);
    expect((err as BatchInputError).exitStatus).toBe(3);
  });

  it('reads GBK (decided by the first non-ASCII bytes), a UTF-8 BOM, and refuses UTF-16 and bytes of neither', async () => {
    const gbk = Buffer.concat([Buffer.from('[{"name":"'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('"}]')]);
    expect(values(await collect(readJsonArray(chunks(gbk), 'auto', 'a.json')))).toEqual([{ name: '中文' }]);
    expect(values(await collect(readJsonArray(chunks(gbk), 'gbk', 'a.json')))).toEqual([{ name: '中文' }]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[{"名":"值"}]')]);
    expect(values(await collect(readJsonArray(chunks(bom), 'auto', 'a.json')))).toEqual([{ 名: '值' }]);
    await expect(collect(readJsonArray(chunks(Buffer.from('[1]', 'utf16le')), 'auto', 'a.json'))).rejects.toThrow(/UTF-16/);
    const bad = Buffer.concat([Buffer.from('{"b":"'), Buffer.from([0xff]), Buffer.from('"}]')]);
    await expect(collect(readJsonArray(chunks('[{"a":"中"},', bad), 'auto', 'a.json'))).rejects.toThrow(/a\.json: not valid UTF-8 after about byte 13 /);
    await expect(collect(readJsonArray(chunks(Buffer.concat([Buffer.from('['), bad])), 'auto', 'a.json'))).rejects.toThrow(/not valid GBK/);
    const truncated = Buffer.concat([Buffer.from('[{"a":"'), Buffer.from([0xe4, 0xb8])]);
    await expect(collect(readJsonArray(chunks(truncated), 'utf8', 'a.json'))).rejects.toThrow(/not valid UTF-8/);
  });

  it('reads no further ahead than the output can take (a stalled consumer stops the input)', async () => {
    const app = JSON.stringify(application([]));
    let produced = 0;
    const source = new Readable({
      highWaterMark: 1,
      read() {
        produced += 1;
        this.push(produced === 1 ? `[${app}` : produced <= 2000 ? `,${app}` : ']');
        if (produced > 2000) this.push(null);
      },
    });
    let release: () => void = () => {};
    let stalled = true;
    const slow = new Writable({
      highWaterMark: 1,
      write(_c, _e, done) {
        if (stalled) release = done;
        else done();
      },
    });
    const run = runBatch({ from: 'json', to: 'ndjson', input: '-', encoding: 'auto', options: {}, progress: false, summary: false }, { stdin: source, stdout: slow, stderr: new PassThrough() });
    await new Promise((r) => setTimeout(r, 300));
    expect(produced).toBeLessThan(60);
    stalled = false;
    release();
    const outcome = await run;
    expect(outcome.summary?.records).toBe(2000);
  }, 60_000);
});

describe('encodings and line ends', () => {
  it('GBK is strict: the byte 0xFF is refused (Node\'s own "gbk" decoder would give U+F8F5)', () => {
    expect(new TextDecoder('gbk').decode(Uint8Array.from([0xff]))).toBe('\uf8f5');
    expect(() => decodeFile(Uint8Array.from([0x61, 0xff]), 'gbk', 'x.csv')).toThrow(/not valid GBK/);
    expect(() => decodeFile(Uint8Array.from([0x61, 0xff]), 'auto', 'x.csv')).toThrow(/neither valid UTF-8 nor valid GBK/);
  });

  it('GBK codes read as GB 18030 gives them (€ at 0xA2E3, not a private-use character), and GB 18030 four-byte codes read', () => {
    expect(decodeFile(Uint8Array.from([0xa2, 0xe3, 0xd6, 0xd0]), 'gbk', 'x.csv')).toBe('€中');
    expect(decodeFile(Uint8Array.from([0x81, 0x30, 0x81, 0x30]), 'gbk', 'x.csv')).toBe('\u0080');
  });

  it('an NDJSON line with 0xFF in a GBK file is that record\'s encoding error; the others are read', async () => {
    const gbkLine = Buffer.concat([Buffer.from('{"n":"'), Buffer.from([0xd6, 0xd0]), Buffer.from('"}\n')]);
    const bad = Buffer.concat([Buffer.from('{"n":"'), Buffer.from([0xff]), Buffer.from('"}\n')]);
    expect(codes(await collect(readNdjson(chunks(gbkLine, bad, '{"b":1}\n'), 'auto')))).toEqual(['value', 'encoding', 'value']);
  });

  it.each([
    ['with a little-endian BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}\n', 'utf16le')])],
    ['little-endian without BOM', Buffer.from('{"a":1}\n{"b":2}\n', 'utf16le')],
    ['big-endian without BOM', Buffer.from('{"a":1}\n', 'utf16le').swap16()],
    ['cut after its first byte', Buffer.from('{', 'utf16le').subarray(0, 2)],
  ])('NDJSON in UTF-16 %s is refused as a whole, like CSV', async (_name, bytes) => {
    const one = bytes.subarray(0, 1);
    const rest = bytes.subarray(1);
    await expect(collect(readNdjson(chunks(one, rest), 'auto', undefined, 'in.ndjson'))).rejects.toThrow(/in\.ndjson: UTF-16/);
  });

  it('CR-only, LF and CRLF line ends each end a line, also when CR and LF fall in different chunks', async () => {
    const lines = await collect(splitLines(chunks('a\rb\r', '\nc\n\rd\r\r', 'e')));
    expect(lines.map((l) => [l.line, l.bytes.toString()])).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, ''], [5, 'd'], [6, ''], [7, 'e']]);
    const items = await collect(readNdjson(chunks('{"a":1}\r{"a":2}\r{"a":3}'), 'auto'));
    expect(items.map((i) => [i.record, i.line])).toEqual([[1, 1], [2, 2], [3, 3]]);
  });

  it('a CSV with CR-only rows, or a lone CR among LF rows, keeps its rows apart and their lines right', () => {
    const head = 'beneficiaryId,awardYear,approvalDate,legalForm,rndInstitution,registeredInDistrict,taxAdministeredInDistrict,statsRegisteredInDistrict,independentLegalPerson,soundFinancialSystem,operatingNormally,goodCredit,mainBusinessFields,districtContribution.2025';
    const row = (id: string, name = '') => `${id},2026,2026-12-01,enterprise,false,true,true,true,true,true,true,true,largeModels,1.00${name}`;
    for (const sep of ['\r', '\n', '\r\n']) {
      const text = `${head},name${sep}${row('B1', ',"a\r\nb"')}${sep}${row('B2', ',x')}\r${row('B3', ',y')}${sep}`;
      const items = readCsvPair({ beneficiaries: { name: 'b.csv', bytes: Buffer.from(text) }, claims: { name: 'c.csv', bytes: Buffer.from('beneficiaryId,claimId,clause\n') } }, 'auto');
      expect(items.map((i) => [i.record, i.line]), JSON.stringify(sep)).toEqual([[1, 2], [2, 4], [3, 5]]);
    }
  });
});

describe('CSV cells are read exactly', () => {
  const t = toCsvTables([application([], { beneficiary: beneficiary({ id: 'B1' }) })]);
  const ben = csvText(t.beneficiaries);
  const claims = 'beneficiaryId,awardYear,claimId,clause,subjectId,evaluationPassed.2025,serviceRevenue.2025,servedEnterprises.2025\n';
  const read = (b: string, c: string) => readCsvPair({ beneficiaries: { name: 'b.csv', bytes: Buffer.from(b) }, claims: { name: 'c.csv', bytes: Buffer.from(c) } }, 'auto');

  it.each(['49.99999999999999999', '50.0', '5e1', '0x32', '９'])('a whole-number cell %s is an error naming the file, line and column (never rounded)', (cell) => {
    const items = read(ben, `${claims}B1,2026,c1,art08_2,S,true,5000000.00,${cell}\n`);
    const rec = createEvaluator()(items[0]!);
    expect(rec.ok).toBe(false);
    expect(!rec.ok && rec.errors.map((e) => [e.path, e.at])).toContainEqual(['claims[0].servedEnterprises.2025', { file: 'c.csv', line: 2, column: 'servedEnterprises.2025' }]);
  });

  it('awardYear 2026.0000000000000001 is not 2026: the application is an error at its column', () => {
    const rec = createEvaluator()(read(ben.replace(',2026,', ',2026.0000000000000001,'), 'beneficiaryId,claimId,clause\n')[0]!);
    expect(!rec.ok && rec.errors.map((e) => e.at?.column)).toContain('awardYear');
  });

  it.each([
    ['history[5000].paid', /column "history\[5000\]\.paid": index 5000 is beyond the list's limit of 5000 items \(indices 0 to 4999\)/],
    ['history[4294967294].paid', /index 4294967294 is beyond the list's limit of 5000 items/],
    ['history[4294967295].paid', /index 4294967295 is beyond/],
    ['history[01].paid', /unknown column "history\[01\]\.paid"/],
    ['history[99999999999].paid', /unknown column/],
  ])('a list index column %s is refused at once with a clear reason (exit 3)', (column, message) => {
    const started = performance.now();
    const err = (() => {
      try {
        read(`beneficiaryId,${column}\nB1,1.00\n`, 'beneficiaryId,claimId,clause\n');
      } catch (e) {
        return e as BatchInputError;
      }
      return undefined;
    })();
    expect(err?.text.en).toMatch(message);
    expect(err?.exitStatus).toBe(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(0);
  });

  it('the largest index the list allows is read (a short list with a gap, which the engine names)', () => {
    const [item] = read(`beneficiaryId,history[4999].clause\nB1,art02_2\n`, 'beneficiaryId,claimId,clause\n');
    expect(item!.kind === 'value' && ((item!.value as { history: unknown[] }).history).length).toBe(5000);
  });

  it('a beneficiary with more claim rows than the record limits allow is refused as tooLarge', () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `B1,2026,c${i},art06_3,S,true`).join('\n');
    const items = read(ben, `beneficiaryId,awardYear,claimId,clause,subjectId,intelligentRobot\n${rows}\n`);
    expect(codes(items)).toEqual(['tooLarge']);
  });
});

describe('CSV formula injection (OWASP): every variant is neutralised and the text is recoverable', () => {
  // A formula character after any run of white space or invisible characters; and tab, CR or LF themselves at
  // the start (OWASP), even with no formula character after them.
  const starts = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20'];
  const leads = ['', ' ', '  ', '\n', '\r', '\r\n', '\t', '\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u3000', '\u2003', '\u180e', ' \u200b\n'];
  const cases = [
    ...starts.flatMap((s) => leads.map((l) => `${l}${s}HYPERLINK("http://x","y")`)),
    '\tHYPERLINK("http://x")', '\rcmd', '\nx',
  ];

  it.each(cases.map((c) => [JSON.stringify(c), c]))('%s gets a leading quote', (_name, text) => {
    const cell = neutralizeCell(text);
    expect(cell).toBe(`'${text}`);
    expect(restoreCell(cell)).toBe(text);
  });

  it.each(['-12.50', '2026', '0.00', '1500000.00', 'plain text', '中文名称', 'a=b', ' x', '', '1-2'])('%j is left as it is', (text) => {
    expect(neutralizeCell(text)).toBe(text);
    expect(restoreCell(neutralizeCell(text))).toBe(text);
  });

  it("a cell that starts with ' gets one more, so that removing one always gives the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        expect(restoreCell(neutralizeCell(text))).toBe(text);
        const cell = neutralizeCell(text);
        const first = cell.replace(/^[\s\u00a0\u180e\u200b-\u200f\u2060-\u2064\ufeff]*/u, '').charAt(0);
        if (!/^-?[0-9]+(\.[0-9]+)?$/.test(cell)) expect(['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20']).not.toContain(first);
      }),
    );
  });

  it('the CSV output neutralises an id that hides a formula behind a line feed, and the JSON output keeps it', async () => {
    const id = '\n=cmd|\'/c calc\'!A1';
    const input = JSON.stringify([application([], { beneficiary: beneficiary({ id }) })]);
    const run = async (to: 'csv' | 'ndjson') => {
      const out = new PassThrough();
      let text = '';
      out.on('data', (c: Buffer) => (text += c.toString('utf8')));
      await runBatch({ from: 'json', to, input: '-', encoding: 'auto', options: {}, progress: false, summary: false }, { stdin: Readable.from([Buffer.from(input)]), stdout: out, stderr: new PassThrough() });
      return text;
    };
    const rows = parse(await run('csv'), { bom: true, columns: true }) as Record<string, string>[];
    const cell = rows[0]!['受益主体编号 beneficiaryId']!;
    expect(cell.startsWith("'")).toBe(true);
    const record = JSON.parse((await run('ndjson')).trim()) as BatchRecord;
    expect(restoreCell(cell)).toBe(record.beneficiaryId);
  });
});
