/**
 * Text encodings of input files: UTF-8 with or without a byte-order mark, and GBK (the encoding zh-CN Excel and
 * many older government systems write), decoded with the built-in `TextDecoder`. Decoding is strict: a byte
 * sequence that is not valid in the encoding is an error, never silently replaced.
 *
 * GBK is read with the `gb18030` decoder. Node's own `gbk` decoder is not strict: it turns the byte 0xFF, which
 * GBK does not have, into the private-use character U+F8F5, and reads some GBK codes (0xA2E3 €, 0xFE50…) as
 * private-use characters where GB 18030, the national standard that extends GBK, has the real ones. Every GBK
 * sequence reads the same or better as GB 18030; GB 18030's own four-byte sequences (rare characters outside GBK)
 * are read too, since a file that has them is unambiguous. Files in UTF-16 (with or without a byte-order mark)
 * are refused as a whole.
 *
 * @module
 */
import { BatchInputError } from './errors.js';

/** The encodings an input file may be declared in; `auto` tells UTF-8 from GBK by trying UTF-8 first. */
export const ENCODINGS = ['auto', 'utf8', 'gbk'] as const;

/** An input encoding (see {@link ENCODINGS}). */
export type InputEncoding = (typeof ENCODINGS)[number];

/** A concrete encoding, once `auto` has been decided. */
export type ConcreteEncoding = 'utf8' | 'gbk';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** True when the bytes start with the UTF-8 byte-order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/** True when the bytes start with a UTF-16 byte-order mark (Excel's "Unicode text"), which is not accepted. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * True when the start of a file is UTF-16 (or UTF-32): a UTF-16 byte-order mark, or a NUL byte among the first two
 * bytes. JSON, NDJSON and CSV text starts with a character of ASCII, which UTF-16 writes with a NUL byte beside
 * it; no UTF-8 or GBK text has a NUL byte there.
 */
export function looksUtf16(bytes: Uint8Array): boolean {
  return hasUtf16Bom(bytes) || bytes[0] === 0 || (bytes.length >= 2 && bytes[1] === 0);
}

/** The error for a file in UTF-16. */
export function utf16Error(file: string): BatchInputError {
  return new BatchInputError(
    `${file}：不支持 UTF-16 编码（Excel“Unicode 文本”），请另存为 UTF-8（CSV 请选“CSV UTF-8（逗号分隔）”）`,
    `${file}: UTF-16 (Excel "Unicode text") is not supported; save as UTF-8 (for CSV, "CSV UTF-8 (comma delimited)")`,
  );
}

/** A strict decoder for an encoding (GBK through the `gb18030` decoder, see above); it keeps a leading BOM out of the text. */
export function strictDecoder(encoding: ConcreteEncoding): TextDecoder {
  return new TextDecoder(encoding === 'utf8' ? 'utf-8' : 'gb18030', { fatal: true });
}

/** True when the bytes are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictDecoder('utf8').decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when any byte is outside ASCII (so the encoding matters). */
export function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** The encoding to read bytes in: a UTF-8 BOM means UTF-8; `auto` means UTF-8 when valid, else GBK. */
export function decideEncoding(bytes: Uint8Array, declared: InputEncoding): ConcreteEncoding {
  if (hasUtf8Bom(bytes)) return 'utf8';
  if (declared !== 'auto') return declared;
  return isUtf8(bytes) ? 'utf8' : 'gbk';
}

const NAME: Record<ConcreteEncoding, string> = { utf8: 'UTF-8', gbk: 'GBK' };

/**
 * Decodes a whole file. A UTF-8 BOM is removed and wins over the declared encoding.
 * @throws {@link BatchInputError} when the bytes are UTF-16 or not valid in the encoding.
 */
export function decodeFile(bytes: Uint8Array, declared: InputEncoding, file: string): string {
  if (looksUtf16(bytes)) throw utf16Error(file);
  const encoding = decideEncoding(bytes, declared);
  try {
    return strictDecoder(encoding).decode(bytes);
  } catch {
    const hint =
      declared === 'auto'
        ? { zh: '既不是有效的 UTF-8 也不是有效的 GBK', en: 'is neither valid UTF-8 nor valid GBK' }
        : { zh: `不是有效的 ${NAME[encoding]} 编码（可用 --encoding 指定编码）`, en: `is not valid ${NAME[encoding]} (use --encoding to name the encoding)` };
    throw new BatchInputError(`${file}：文件${hint.zh}`, `${file}: the file ${hint.en}`);
  }
}

/**
 * Decodes a stream's byte chunks to text, strictly. A UTF-8 BOM or the declared encoding decides; with `auto`, the
 * first chunk with non-ASCII bytes does (UTF-8 when they are valid UTF-8, else GBK), since a streamed file cannot
 * be tried whole first. A file that starts like UTF-16 is refused.
 */
export class StreamDecoder {
  private decoder: TextDecoder | undefined;
  private encoding: ConcreteEncoding | undefined;
  private first = true;
  /** Bytes decoded so far. */
  bytes = 0;

  constructor(
    declared: InputEncoding,
    private readonly file: string,
  ) {
    if (declared !== 'auto') this.encoding = declared;
  }

  /** The text of the next chunk. @throws {@link BatchInputError} on bytes not valid in the encoding */
  decode(chunk: Buffer): string {
    let buf = chunk;
    if (this.first) {
      this.first = false;
      if (looksUtf16(buf)) throw utf16Error(this.file);
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        this.encoding = 'utf8';
        buf = buf.subarray(3);
      }
    }
    try {
      if (!this.decoder) {
        if (this.encoding === undefined && !hasNonAscii(buf)) {
          this.bytes += chunk.length;
          return buf.toString('latin1');
        }
        if (this.encoding === undefined) {
          // The first non-ASCII bytes decide: UTF-8 when they are valid UTF-8, else GBK.
          const utf8 = strictDecoder('utf8');
          try {
            const text = utf8.decode(buf, { stream: true });
            this.encoding = 'utf8';
            this.decoder = utf8;
            this.bytes += chunk.length;
            return text;
          } catch {
            this.encoding = 'gbk';
          }
        }
        this.decoder = strictDecoder(this.encoding);
      }
      const text = this.decoder.decode(buf, { stream: true });
      this.bytes += chunk.length;
      return text;
    } catch {
      throw this.encodingError();
    }
  }

  /** The text held back at the end (an incomplete character is an error). */
  end(): string {
    try {
      return this.decoder ? this.decoder.decode() : '';
    } catch {
      throw this.encodingError();
    }
  }

  private encodingError(): BatchInputError {
    const name = this.encoding === 'gbk' ? 'GBK' : 'UTF-8';
    return new BatchInputError(
      `${this.file}：约第 ${this.bytes} 字节之后不是有效的 ${name} 编码（整个文件须使用同一编码；可用 --encoding 指定）`,
      `${this.file}: not valid ${name} after about byte ${this.bytes} (the whole file must use one encoding; name it with --encoding)`,
    );
  }
}

