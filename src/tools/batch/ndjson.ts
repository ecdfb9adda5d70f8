/**
 * NDJSON input, streamed: one application per line, read chunk by chunk so that memory stays flat whatever the
 * file size. Lines are split on the bytes 0x0A and 0x0D before decoding (safe for UTF-8 and GBK, whose
 * multi-byte sequences never contain them), so one line with bad bytes or bad JSON becomes that record's error
 * and the lines after it are read as usual. Blank lines are not records.
 *
 * @module
 */
import { decideEncoding, hasNonAscii, hasUtf8Bom, looksUtf16, strictDecoder, utf16Error, type ConcreteEncoding, type InputEncoding } from './decode.js';
import type { InputItem } from './evaluator.js';
import { recordLimits, scanJsonText, tooLargeIssue } from './limits.js';
import type { BatchIssue } from './record.js';
import { issueAt } from '../../edges/input/messages/index.js';

/** One physical line of a file, without its line ending. */
export interface RawLine {
  /** 1-based line number. */
  readonly line: number;
  readonly bytes: Buffer;
  /** Set when the line was longer than the limit; `bytes` is then empty. */
  readonly tooLong?: true;
}

/** The default longest line accepted (64 MiB), so one runaway line cannot exhaust memory. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/**
 * Splits a byte stream into lines. A line ends at LF, CR LF or a lone CR (files from old Mac programs), so records
 * are never merged; the bytes 0x0A and 0x0D never occur inside a UTF-8, GBK or GB 18030 character. Holds at most
 * one line (bounded by `maxLineBytes`) plus one chunk in memory.
 */
export async function* splitLines(source: AsyncIterable<Buffer | string>, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let line = 0;
  // The previous chunk ended with CR: an LF starting this chunk belongs to it.
  let afterCr = false;
  const finish = (tail: Buffer): RawLine => {
    line += 1;
    if (overflow) {
      overflow = false;
      pending = [];
      pendingBytes = 0;
      return { line, bytes: Buffer.alloc(0), tooLong: true };
    }
    const bytes = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingBytes = 0;
    if (bytes.length > maxLineBytes) return { line, bytes: Buffer.alloc(0), tooLong: true };
    return { line, bytes };
  };
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = afterCr && buf[0] === 0x0a ? 1 : 0;
    afterCr = false;
    // The next LF and CR from `start` (-1: none left in this chunk); each is searched once per chunk position.
    let lf = buf.indexOf(0x0a, start);
    let cr = buf.indexOf(0x0d, start);
    while (lf >= 0 || cr >= 0) {
      const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      yield finish(buf.subarray(start, end));
      start = end + 1;
      if (end === cr) {
        if (start === buf.length) afterCr = true;
        else if (buf[start] === 0x0a) start += 1;
      }
      if (lf >= 0 && lf < start) lf = buf.indexOf(0x0a, start);
      if (cr >= 0 && cr < start) cr = buf.indexOf(0x0d, start);
    }
    if (start < buf.length && !overflow) {
      const rest = buf.subarray(start);
      pendingBytes += rest.length;
      if (pendingBytes > maxLineBytes) {
        overflow = true;
        pending = [];
        pendingBytes = 0;
      } else {
        // Copy: the stream may reuse its chunk buffers.
        pending.push(Buffer.from(rest));
      }
    }
  }
  if (pending.length > 0 || overflow) yield finish(Buffer.alloc(0));
}

const isBlank = (bytes: Buffer): boolean => {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09) return false;
  return true;
};

/**
 * Reads NDJSON records from a byte stream. With `auto`, a UTF-8 BOM or the first line with non-ASCII bytes
 * decides the encoding for the whole file (valid UTF-8 → UTF-8, else GBK). A line is measured against the record
 * limits ({@link recordLimits}) before it is parsed, so a huge line of unknown keys is refused without building it.
 * @throws {@link BatchInputError} before any record when the file is UTF-16
 */
export async function* readNdjson(
  source: AsyncIterable<Buffer | string>,
  declared: InputEncoding,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  file = 'stdin',
): AsyncGenerator<InputItem> {
  let encoding: ConcreteEncoding | undefined = declared === 'auto' ? undefined : declared;
  let decoder: TextDecoder | undefined;
  let record = 0;
  const limits = recordLimits();
  for await (const raw of splitLines(refuseUtf16(source, file), maxLineBytes)) {
    let bytes = raw.bytes;
    if (raw.line === 1 && hasUtf8Bom(bytes)) {
      encoding = 'utf8';
      bytes = bytes.subarray(3);
    }
    if (raw.tooLong) {
      record += 1;
      yield unreadable(record, raw.line, issueAt('', 'tooLong', { item: 'line', max: maxLineBytes }));
      continue;
    }
    if (isBlank(bytes)) continue;
    record += 1;
    if (encoding === undefined && hasNonAscii(bytes)) encoding = decideEncoding(bytes, 'auto');
    decoder ??= encoding === undefined ? undefined : strictDecoder(encoding);
    let text: string;
    try {
      // ASCII-only lines read the same in every supported encoding.
      text = decoder ? decoder.decode(bytes) : bytes.toString('latin1');
    } catch {
      const name = encoding === 'gbk' ? 'GBK' : 'UTF-8';
      yield unreadable(record, raw.line, issueAt('', 'encoding', { encoding: name }));
      continue;
    }
    const breach = scanJsonText(text, limits);
    if (breach) {
      yield { kind: 'unreadable', record, line: raw.line, beneficiaryId: null, errors: [tooLargeIssue(breach)] };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      yield unreadable(record, raw.line, issueAt('', 'json', { detail }));
      continue;
    }
    yield { kind: 'value', record, line: raw.line, value };
  }
}

/** Passes the chunks through, after refusing a stream that starts like UTF-16 (see {@link looksUtf16}). */
async function* refuseUtf16(source: AsyncIterable<Buffer | string>, file: string): AsyncGenerator<Buffer> {
  let head: Buffer | undefined;
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (head === undefined || head.length < 2) {
      head = head === undefined ? Buffer.from(buf.subarray(0, 2)) : Buffer.concat([head, buf]).subarray(0, 2);
      if (head.length >= 2 && looksUtf16(head)) throw utf16Error(file);
    }
    yield buf;
  }
  if (head !== undefined && looksUtf16(head)) throw utf16Error(file);
}

function unreadable(record: number, line: number, issue: BatchIssue): InputItem {
  return { kind: 'unreadable', record, line, beneficiaryId: null, errors: [issue] };
}
