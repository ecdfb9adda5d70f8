/**
 * JSON input: one array of applications in one file. The file is read whole (use NDJSON for very large
 * batches); each element is a record, even one that is not an object (the engine then names what it expected).
 *
 * @module
 */
import { decodeFile, type InputEncoding } from './decode.js';
import { BatchInputError } from './errors.js';
import type { InputItem } from './evaluator.js';

/**
 * Reads the records of a JSON array file.
 * @throws {@link BatchInputError} when the file is not valid JSON or not an array.
 */
export function readJsonArray(bytes: Uint8Array, encoding: InputEncoding, file: string): InputItem[] {
  const text = decodeFile(bytes, encoding, file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new BatchInputError(`${file}：不是有效的 JSON（${detail}）；逐行一条申请请使用 NDJSON`, `${file}: not valid JSON (${detail}); for one application per line use NDJSON`);
  }
  if (!Array.isArray(data)) {
    throw new BatchInputError(`${file}：JSON 输入应为申请数组 [ {...}, {...} ]`, `${file}: JSON input must be an array of applications [ {...}, {...} ]`);
  }
  return data.map((value, i) => ({ kind: 'value', record: i + 1, line: null, value }));
}
