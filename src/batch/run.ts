/**
 * One batch run: read the records (streamed for NDJSON), evaluate each with the same options, write one output
 * record per input record, tally, and return the exit status ({@link EXIT}). This is the command line's logic
 * without the argument parsing, so tests and other programs can run it on streams.
 *
 * @module
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { PolicyInputError } from '../errors.js';
import type { EvaluateOptions } from '../validate.js';
import { readCsvPair } from './csvInput.js';
import type { InputEncoding } from './decode.js';
import { BatchInputError, EXIT, type ExitStatus } from './errors.js';
import { createEvaluator, type InputItem } from './evaluator.js';
import { readJsonArray } from './jsonArray.js';
import { readNdjson } from './ndjson.js';
import { emptySummary, summaryText, tally, type BatchSummary } from './summary.js';
import { writerFor, type OutputFormat } from './write.js';

/** The input formats. */
export const INPUT_FORMATS = ['json', 'ndjson', 'csv'] as const;

/** An input format (see {@link INPUT_FORMATS}). */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** What to run. */
export interface BatchConfig {
  readonly from: InputFormat;
  readonly to: OutputFormat;
  /** The input file (for CSV: the beneficiaries file), or `-` for standard input. */
  readonly input: string;
  /** CSV only: the claims file. */
  readonly claims?: string;
  /** The output file; standard output when absent. */
  readonly out?: string;
  /** CSV output only: a second CSV with one row per award line. */
  readonly linesOut?: string;
  readonly encoding: InputEncoding;
  /** Parameter values and readings, as for `evaluate`. */
  readonly options: EvaluateOptions;
  /** Show a progress line on stderr (the command line turns it on when stderr is a terminal). */
  readonly progress: boolean;
  /** Print the summary on stderr. */
  readonly summary: boolean;
}

/** The streams a run uses. */
export interface BatchStreams {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/** What a run ends with. */
export interface BatchOutcome {
  readonly status: ExitStatus;
  /** The tally; absent when nothing was evaluated (usage error, unreadable input). */
  readonly summary?: BatchSummary;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

async function requireFile(path: string): Promise<void> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new BatchInputError(`不是文件：${path}`, `not a file: ${path}`, EXIT.usage);
  } catch (e) {
    if (e instanceof BatchInputError) throw e;
    throw new BatchInputError(`无法读取文件：${path}`, `cannot read file: ${path}`, EXIT.usage);
  }
}

const nameOf = (path: string): string => (path === '-' ? 'stdin' : basename(path));

async function bytesOf(path: string, stdin: Readable): Promise<Buffer> {
  if (path === '-') return readAll(stdin);
  await requireFile(path);
  return readFile(path);
}

async function items(config: BatchConfig, stdin: Readable): Promise<AsyncIterable<InputItem> | Iterable<InputItem>> {
  switch (config.from) {
    case 'ndjson': {
      if (config.input !== '-') await requireFile(config.input);
      const source = config.input === '-' ? stdin : createReadStream(config.input, { highWaterMark: 1 << 18 });
      return readNdjson(source as AsyncIterable<Buffer>, config.encoding);
    }
    case 'json':
      return readJsonArray(await bytesOf(config.input, stdin), config.encoding, nameOf(config.input));
    case 'csv': {
      if (config.claims === undefined) {
        throw new BatchInputError('CSV 输入需要 --claims 指定申请事项文件', 'CSV input needs the claims file: --claims <file>', EXIT.usage);
      }
      const beneficiaries = await bytesOf(config.input, stdin);
      const claims = await bytesOf(config.claims, stdin);
      return readCsvPair(
        { beneficiaries: { name: nameOf(config.input), bytes: beneficiaries }, claims: { name: nameOf(config.claims), bytes: claims } },
        config.encoding,
      );
    }
  }
}

/** Opens a file for writing and resolves once it is open (so a bad path is reported before any work). */
async function openOut(path: string): Promise<Writable> {
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  return stream;
}

async function close(stream: Writable): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/** A progress line on stderr, at most four times a second. */
function progressLine(stderr: Writable, enabled: boolean): { tick(n: number): void; clear(): void } {
  let last = 0;
  let shown = false;
  return {
    tick(n) {
      if (!enabled || (n & 255) !== 0) return;
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      shown = true;
      stderr.write(`\r已处理 ${n} 条 / ${n} records processed`);
    },
    clear() {
      if (shown) stderr.write('\r\x1b[K');
    },
  };
}

function usageOrInput(e: unknown, stderr: Writable): BatchOutcome | undefined {
  if (e instanceof BatchInputError) {
    stderr.write(`${e.text.zh}\n${e.text.en}\n`);
    return { status: e.exitStatus };
  }
  if (e instanceof PolicyInputError) {
    stderr.write(`选项无效 / invalid options:\n${e.issues.map((i) => `- ${i.path}: ${i.message.zh} / ${i.message.en}`).join('\n')}\n`);
    return { status: EXIT.usage };
  }
  return undefined;
}

/**
 * Runs a batch. Every input record yields exactly one output record, in input order; a bad record becomes its
 * error record and the run goes on.
 * @returns the exit status ({@link EXIT}) and the tally.
 */
export async function runBatch(config: BatchConfig, streams: BatchStreams): Promise<BatchOutcome> {
  const { stderr } = streams;
  let evaluateItem: ReturnType<typeof createEvaluator>;
  let source: AsyncIterable<InputItem> | Iterable<InputItem>;
  let out: Writable;
  let lines: Writable | undefined;
  try {
    evaluateItem = createEvaluator(config.options);
    if (config.linesOut !== undefined && config.to !== 'csv') {
      throw new BatchInputError('--lines-out 仅用于 CSV 输出（--to csv）', '--lines-out is for CSV output only (--to csv)', EXIT.usage);
    }
    source = await items(config, streams.stdin);
    out = config.out === undefined ? streams.stdout : await openOut(config.out).catch(() => {
      throw new BatchInputError(`无法写入文件：${config.out}`, `cannot write file: ${config.out}`, EXIT.usage);
    });
    lines = config.linesOut === undefined ? undefined : await openOut(config.linesOut).catch(() => {
      throw new BatchInputError(`无法写入文件：${config.linesOut}`, `cannot write file: ${config.linesOut}`, EXIT.usage);
    });
  } catch (e) {
    const outcome = usageOrInput(e, stderr);
    if (outcome) return outcome;
    throw e;
  }

  let writeError: unknown;
  const onError = (e: unknown): void => {
    writeError ??= e;
  };
  out.on('error', onError);
  lines?.on('error', onError);
  const writer = writerFor(config.to, out, lines);
  const summary = emptySummary();
  const progress = progressLine(stderr, config.progress);
  try {
    for await (const item of source) {
      const record = evaluateItem(item);
      await writer.write(record);
      if (writeError !== undefined) throw writeError;
      tally(summary, record);
      progress.tick(summary.records);
    }
    await writer.finish();
    if (out !== streams.stdout) await close(out);
    if (lines) await close(lines);
    if (writeError !== undefined) throw writeError;
  } catch (e) {
    progress.clear();
    const outcome = usageOrInput(e, stderr);
    if (outcome) return { ...outcome, summary };
    stderr.write(`批量中止 / batch aborted: ${e instanceof Error ? e.message : String(e)}\n`);
    return { status: EXIT.internal, summary };
  }
  progress.clear();
  if (config.summary) stderr.write(summaryText(summary));
  const status = summary.internal > 0 ? EXIT.internal : summary.errors > 0 ? EXIT.invalidRecords : EXIT.ok;
  return { status, summary };
}
