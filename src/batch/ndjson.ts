/**
 * NDJSON input, streamed: one application per line, read chunk by chunk so that memory stays flat whatever the
 * file size. Lines are split on the byte 0x0A before decoding (safe for UTF-8 and GBK, whose multi-byte
 * sequences never contain it), so one line with bad bytes or bad JSON becomes that record's error and the
 * lines after it are read as usual. Blank lines are not records.
 *
 * @module
 */
import { decideEncoding, hasNonAscii, hasUtf8Bom, strictDecoder, type ConcreteEncoding, type InputEncoding } from './decode.js';
import type { InputItem } from './evaluator.js';
import type { BatchIssueCode } from './record.js';

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
 * Splits a byte stream into lines (LF or CRLF). Holds at most one line (bounded by `maxLineBytes`) plus one
 * chunk in memory.
 */
export async function* splitLines(source: AsyncIterable<Buffer | string>, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let line = 0;
  const finish = (tail: Buffer): RawLine => {
    line += 1;
    if (overflow) {
      overflow = false;
      pending = [];
      pendingBytes = 0;
      return { line, bytes: Buffer.alloc(0), tooLong: true };
    }
    let bytes = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingBytes = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes.length > maxLineBytes) return { line, bytes: Buffer.alloc(0), tooLong: true };
    return { line, bytes };
  };
  for await (const chunk of source) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl >= 0; nl = buf.indexOf(0x0a, start)) {
      yield finish(buf.subarray(start, nl));
      start = nl + 1;
    }
    if (start < buf.length && !overflow) {
      const rest = buf.subarray(start);
      pendingBytes += rest.length;
      if (pendingBytes > maxLineBytes + 1) {
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
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
};

/**
 * Reads NDJSON records from a byte stream. With `auto`, a UTF-8 BOM or the first line with non-ASCII bytes
 * decides the encoding for the whole file (valid UTF-8 → UTF-8, else GBK).
 */
export async function* readNdjson(
  source: AsyncIterable<Buffer | string>,
  declared: InputEncoding,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<InputItem> {
  let encoding: ConcreteEncoding | undefined = declared === 'auto' ? undefined : declared;
  let decoder: TextDecoder | undefined;
  let record = 0;
  for await (const raw of splitLines(source, maxLineBytes)) {
    let bytes = raw.bytes;
    if (raw.line === 1 && hasUtf8Bom(bytes)) {
      encoding = 'utf8';
      bytes = bytes.subarray(3);
    }
    if (raw.tooLong) {
      record += 1;
      yield unreadable(record, raw.line, 'tooLong', `该行超过 ${maxLineBytes} 字节上限，未读取`, `the line is longer than the limit of ${maxLineBytes} bytes and was not read`);
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
      yield unreadable(record, raw.line, 'encoding', `该行不是有效的 ${name} 编码（整个文件须使用同一编码）`, `the line is not valid ${name} (the whole file must use one encoding)`);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      yield unreadable(record, raw.line, 'json', `该行不是有效的 JSON：${detail}`, `the line is not valid JSON: ${detail}`);
      continue;
    }
    yield { kind: 'value', record, line: raw.line, value };
  }
}

function unreadable(record: number, line: number, code: BatchIssueCode, zh: string, en: string): InputItem {
  return { kind: 'unreadable', record, line, beneficiaryId: null, errors: [{ path: '', code, message: { zh, en } }] };
}
