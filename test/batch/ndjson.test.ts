import { describe, expect, it } from 'vitest';
import { readNdjson, splitLines, type RawLine } from '../../src/tools/batch/ndjson.js';
import type { InputItem } from '../../src/tools/batch/evaluator.js';

async function* chunks(...parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const text = (lines: RawLine[]) => lines.map((l) => [l.line, l.bytes.toString('utf8'), l.tooLong ?? false]);

// "中文" in GBK.
const GBK_ZHONGWEN = Buffer.from([0xd6, 0xd0, 0xce, 0xc4]);

describe('splitLines: NDJSON lines from a byte stream', () => {
  it('splits on LF and CRLF, keeps blank lines numbered, and yields a last line without a newline', async () => {
    const lines = await collect(splitLines(chunks('a\r\nb\n\nc')));
    expect(text(lines)).toEqual([[1, 'a', false], [2, 'b', false], [3, '', false], [4, 'c', false]]);
  });

  it('gives the same lines wherever the chunks are cut, even inside a multi-byte character', async () => {
    const whole = Buffer.from('{"id":"中文"}\r\n\n{"x":1}\n最后', 'utf8');
    const expected = text(await collect(splitLines(chunks(whole))));
    for (let cut = 0; cut <= whole.length; cut++) {
      const got = text(await collect(splitLines(chunks(whole.subarray(0, cut), whole.subarray(cut)))));
      expect(got, `cut at byte ${cut}`).toEqual(expected);
    }
    expect(expected).toHaveLength(4);
  });

  it('reports a line longer than the limit without keeping it, and goes on with the next line', async () => {
    const lines = await collect(splitLines(chunks('short\n', 'x'.repeat(30), 'y'.repeat(30), '\nnext\n'), 40));
    expect(text(lines)).toEqual([[1, 'short', false], [2, '', true], [3, 'next', false]]);
  });

  it('accepts a line exactly at the limit', async () => {
    const lines = await collect(splitLines(chunks('x'.repeat(40), '\r\n'), 40));
    expect(text(lines)).toEqual([[1, 'x'.repeat(40), false]]);
  });
});

const summary = (items: InputItem[]) =>
  items.map((i) => (i.kind === 'value' ? { record: i.record, line: i.line, value: i.value } : { record: i.record, line: i.line, code: i.errors[0]!.code }));

describe('readNdjson: one record per non-blank line', () => {
  it('numbers records and lines, skips blank lines, and turns a bad line into that record\'s error', async () => {
    const items = await collect(readNdjson(chunks('{"a":1}\n\n  \n{"a":\n42\n[1]\r\n'), 'auto'));
    expect(summary(items)).toEqual([
      { record: 1, line: 1, value: { a: 1 } },
      { record: 2, line: 4, code: 'json' },
      { record: 3, line: 5, value: 42 },
      { record: 4, line: 6, value: [1] },
    ]);
    const bad = items[1]!;
    expect(bad.kind === 'unreadable' && bad.errors[0]!.message.zh).toMatch(/^该行不是有效的 JSON：/);
    expect(bad.kind === 'unreadable' && bad.errors[0]!.message.en).toMatch(/^the line is not valid JSON: /);
  });

  it('strips a UTF-8 BOM on the first line', async () => {
    const items = await collect(readNdjson(chunks(Buffer.from([0xef, 0xbb, 0xbf]), '{"名":"值"}\n'), 'auto'));
    expect(summary(items)).toEqual([{ record: 1, line: 1, value: { 名: '值' } }]);
  });

  it('reads GBK when the first non-ASCII line is not UTF-8, and names a later line that is not GBK', async () => {
    const gbkLine = Buffer.concat([Buffer.from('{"name":"'), GBK_ZHONGWEN, Buffer.from('"}\n')]);
    // {"a":"\xa1 "}: the GBK lead byte 0xA1 followed by a space, which is no GBK trail byte.
    const notGbk = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xa1, 0x20, 0x22, 0x7d, 0x0a]);
    const items = await collect(readNdjson(chunks('{"ascii":true}\n', gbkLine, notGbk, '{"b":2}\n'), 'auto'));
    expect(summary(items)).toEqual([
      { record: 1, line: 1, value: { ascii: true } },
      { record: 2, line: 2, value: { name: '中文' } },
      { record: 3, line: 3, code: 'encoding' },
      { record: 4, line: 4, value: { b: 2 } },
    ]);
  });

  it('with --encoding utf8 a GBK line is that record\'s encoding error, not a guess', async () => {
    const gbkLine = Buffer.concat([Buffer.from('{"name":"'), GBK_ZHONGWEN, Buffer.from('"}\n')]);
    const items = await collect(readNdjson(chunks(gbkLine, '{"ok":1}\n'), 'utf8'));
    expect(summary(items)).toEqual([{ record: 1, line: 1, code: 'encoding' }, { record: 2, line: 2, value: { ok: 1 } }]);
  });

  it('turns an over-long line into a record error', async () => {
    const items = await collect(readNdjson(chunks(`{"a":"${'x'.repeat(100)}"}\n{"b":1}\n`), 'auto', 50));
    expect(summary(items)).toEqual([{ record: 1, line: 1, code: 'tooLong' }, { record: 2, line: 2, value: { b: 1 } }]);
  });
});
