/**
 * JSON input: one array of applications in one file, streamed. The text is tokenised by stream-json's tokenizer
 * (`jsonParser`, fed decoded text chunk by chunk) and each element of the top-level array is built from its tokens
 * and yielded before the next is read, so memory stays flat whatever the number of elements. Each element is a
 * record, even one that is not an object (the engine then names what it expected).
 *
 * Strings, keys and numbers are taken in chunks, not packed by the tokenizer, so that one element is measured
 * against the record limits ({@link recordLimits}) while it is being read: an element beyond them (a million keys,
 * a 100 MB string) is skipped to its end without being kept and becomes one `tooLarge` error record.
 *
 * An element is built as `JSON.parse` builds it: the last of repeated keys wins, a `__proto__` key is an ordinary
 * property, numbers are read by `Number`. A syntax error or an encoding error anywhere ends the run with exit
 * status 3, after the records before it (the output file is then not written, see output.ts).
 *
 * @module
 */
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { StreamDecoder, type InputEncoding } from './decode.js';
import { BatchInputError } from './errors.js';
import type { InputItem } from './evaluator.js';
import { recordLimits, tooLargeIssue, type LimitBreach, type RecordLimits } from './limits.js';
import { DEFAULT_MAX_LINE_BYTES } from './ndjson.js';
import type { BatchIssue } from './record.js';
import { issueAt } from '../../edges/input/messages/index.js';

type Container = { readonly kind: 'object'; readonly value: Record<string, unknown>; count: number; key: string } | { readonly kind: 'array'; readonly value: unknown[]; count: number };

/** Builds the elements of the top-level array from tokens, within the limits. */
class ElementBuilder {
  /** 'start': before `[`; 'items': between elements; 'element': inside one; 'end': after `]`. */
  phase: 'start' | 'items' | 'element' | 'end' = 'start';
  private stack: Container[] = [];
  /** Nesting depth inside the current element (also counted while skipping). */
  private depth = 0;
  private values = 0;
  private size = 0;
  private text = '';
  private breach: LimitBreach | null = null;
  private tooLong = false;
  /** The elements completed by the tokens fed so far. */
  readonly done: ({ value: unknown } | { breach: LimitBreach } | { tooLong: true })[] = [];

  constructor(
    private readonly limits: RecordLimits,
    private readonly maxChars: number,
    private readonly file: string,
  ) {}

  private fail(breach: LimitBreach): void {
    if (this.breach || this.tooLong) return;
    this.breach = breach;
    this.stack = [];
  }

  private startValue(): void {
    if (this.breach || this.tooLong) return;
    if (++this.values > this.limits.maxValues) return this.fail({ limit: 'maxValues', value: this.limits.maxValues });
    const top = this.stack[this.stack.length - 1];
    if (top?.kind === 'array' && ++top.count > this.limits.maxItems) this.fail({ limit: 'maxItems', value: this.limits.maxItems });
  }

  private place(value: unknown): void {
    if (this.breach || this.tooLong) return;
    const top = this.stack[this.stack.length - 1];
    if (!top) return;
    if (top.kind === 'array') top.value.push(value);
    // As JSON.parse does: "__proto__" is an own property, not the prototype.
    else if (top.key === '__proto__') Object.defineProperty(top.value, top.key, { value, enumerable: true, writable: true, configurable: true });
    else top.value[top.key] = value;
  }

  private complete(value: unknown): void {
    this.done.push(this.tooLong ? { tooLong: true } : this.breach ? { breach: this.breach } : { value });
    this.phase = 'items';
    this.stack = [];
    this.depth = 0;
    this.values = 0;
    this.size = 0;
    this.breach = null;
    this.tooLong = false;
  }

  /** A scalar has been read: as an element of its own, or inside one. */
  private scalar(value: unknown): void {
    if (this.phase === 'items') {
      this.phase = 'element';
      this.startValue();
      this.complete(value);
      return;
    }
    this.startValue();
    this.place(value);
  }

  feed(token: Token): void {
    if (this.phase === 'start') {
      if (token.name === 'startArray') {
        this.phase = 'items';
        return;
      }
      throw new BatchInputError(
        `${this.file}：JSON 输入应为申请数组 [ {...}, {...} ]；逐行一条申请请使用 NDJSON`,
        `${this.file}: JSON input must be an array of applications [ {...}, {...} ]; for one application per line use NDJSON`,
      );
    }
    if (this.phase === 'items' && token.name === 'endArray') {
      this.phase = 'end';
      return;
    }
    this.size += 1;
    switch (token.name) {
      case 'startObject':
      case 'startArray': {
        if (this.phase === 'items') this.phase = 'element';
        this.startValue();
        this.depth += 1;
        if (this.depth > this.limits.maxDepth) this.fail({ limit: 'maxDepth', value: this.limits.maxDepth });
        if (this.breach || this.tooLong) return;
        const container: Container = token.name === 'startObject' ? { kind: 'object', value: {}, count: 0, key: '' } : { kind: 'array', value: [], count: 0 };
        this.place(container.value);
        this.stack.push(container);
        return;
      }
      case 'endObject':
      case 'endArray': {
        this.depth -= 1;
        const closed = this.stack.pop();
        if (this.depth === 0) this.complete(closed?.value);
        return;
      }
      case 'startKey':
      case 'startString':
      case 'startNumber':
        this.text = '';
        return;
      case 'stringChunk':
      case 'numberChunk':
        this.size += token.value.length;
        if (this.size > this.maxChars && !this.tooLong && !this.breach) {
          this.tooLong = true;
          this.stack = [];
        }
        if (!this.breach && !this.tooLong) this.text += token.value;
        return;
      case 'endKey': {
        const top = this.stack[this.stack.length - 1];
        if (top?.kind === 'object') {
          top.key = this.text;
          if (++top.count > this.limits.maxKeys) this.fail({ limit: 'maxKeys', value: this.limits.maxKeys });
        }
        this.text = '';
        return;
      }
      case 'endString':
        this.scalar(this.text);
        this.text = '';
        return;
      case 'endNumber':
        this.scalar(Number(this.text));
        this.text = '';
        return;
      case 'trueValue':
      case 'falseValue':
      case 'nullValue':
        this.scalar(token.value);
        return;
    }
  }
}

/**
 * Reads the records of a JSON array, streamed.
 * @param source the file's bytes, in chunks
 * @param maxElementChars the longest element, in characters of its strings, keys and numbers (as NDJSON's line limit)
 * @throws {@link BatchInputError} when the text is not valid JSON, not an array, or not valid in its encoding
 */
export async function* readJsonArray(
  source: AsyncIterable<Buffer | string>,
  encoding: InputEncoding,
  file: string,
  maxElementChars = DEFAULT_MAX_LINE_BYTES,
): AsyncGenerator<InputItem> {
  // Flushed by calling it with `none` (stream-chain's flushable protocol), which its type leaves out.
  const tokenizer = jsonParser({ packValues: false, streamValues: true }) as unknown as (text: string | typeof none) => unknown;
  const builder = new ElementBuilder(recordLimits(), maxElementChars, file);
  const decoder = new StreamDecoder(encoding, file);
  let record = 0;
  const run = function* (text: string | typeof none): Generator<InputItem> {
    let tokens;
    try {
      tokens = tokenizer(text);
    } catch (e) {
      if (text === none && builder.phase === 'start') {
        throw new BatchInputError(
          `${file}：文件为空；JSON 输入应为申请数组 [ {...}, {...} ]`,
          `${file}: the file is empty; JSON input must be an array of applications [ {...}, {...} ]`,
        );
      }
      const detail = e instanceof Error ? e.message : String(e);
      throw new BatchInputError(
        `${file}：不是有效的 JSON（约第 ${decoder.bytes} 字节处，已读 ${record} 条记录）：${detail}`,
        `${file}: not valid JSON (near byte ${decoder.bytes}, after ${record} records): ${detail}`,
      );
    }
    if (tokens !== none && isMany(tokens)) for (const token of getManyValues(tokens) as Token[]) builder.feed(token);
    for (const done of builder.done) {
      record += 1;
      if ('value' in done) yield { kind: 'value', record, line: null, value: done.value };
      else {
        const issue: BatchIssue = 'breach' in done
          ? tooLargeIssue(done.breach)
          : issueAt('', 'tooLong', { item: 'element', max: maxElementChars });
        yield { kind: 'unreadable', record, line: null, beneficiaryId: null, errors: [issue] };
      }
    }
    builder.done.length = 0;
  };
  for await (const chunk of source) {
    yield* run(decoder.decode(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk));
  }
  yield* run(decoder.end());
  // The tokenizer's flush throws for a document that is not complete (an array not closed included).
  yield* run(none);
}
