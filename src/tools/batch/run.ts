/**
 * One batch run: read the records (streamed for JSON and NDJSON), evaluate each with the same options, write one
 * output record per input record, tally, and return the exit status ({@link EXIT}). This is the command line's
 * logic without the argument parsing, so tests and other programs can run it on streams.
 *
 * What it guarantees, whatever happens:
 * - no input is ever written: outputs are checked against inputs before anything is opened (output.ts);
 * - a file output appears whole or not at all: written beside its target and renamed on success; an abort,
 *   an input found unreadable mid-way, a write fault or a signal leaves the target as it was;
 * - one record never ends the batch: an engine failure, or a result that cannot be rendered, is that record's
 *   error record (code `internal`); only faults of the machine (the output cannot be written) end it, with 70.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { PolicyInputError } from '../../edges/input/errors.js';
import type { EvaluateOptions } from '../../edges/input/validate.js';
import { streamCsvItems } from './csvInput.js';
import type { InputEncoding } from './decode.js';
import { BatchInputError, EXIT, type ExitStatus } from './errors.js';
import { createEvaluator, internalIssue, type InputItem } from './evaluator.js';
import { readJsonArray } from './jsonArray.js';
import { readNdjson } from './ndjson.js';
import { checkOutputPaths, openOutput, type NamedPath, type OutputFile } from './output.js';
import { progressLine, type InputMeasure } from './progress.js';
import type { BatchRecord } from './record.js';
import { emptySummary, summaryText, tally, totalFenOf, type BatchSummary } from './summary.js';
import { writerFor, type OutputFormat, type RecordWriter } from './write.js';
import { xlsxWriter } from './xlsx.js';

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
  /** Other files the run reads (`--parameters`, `--readings`), which no output may overwrite. */
  readonly alsoRead?: readonly NamedPath[];
  readonly encoding: InputEncoding;
  /** Parameter values and readings, as for `evaluate`. */
  readonly options: EvaluateOptions;
  /** Show a progress line on stderr (the command line turns it on when stderr is a terminal). */
  readonly progress: boolean;
  /** Print the summary on stderr. */
  readonly summary: boolean;
}

/** The streams a run uses, and the signal that interrupts it. */
export interface BatchStreams {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /**
   * Aborting it stops the run after the record in hand: nothing more is read or written, file outputs are
   * discarded, and the run ends with {@link EXIT.interrupted} (reason `SIGINT`) or {@link EXIT.terminated}.
   */
  readonly signal?: AbortSignal;
}

/** What a run ends with. */
export interface BatchOutcome {
  readonly status: ExitStatus;
  /** The tally; absent when nothing was evaluated (usage error, unreadable input). */
  readonly summary?: BatchSummary;
}

async function requireFile(path: string): Promise<number> {
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new BatchInputError(`不是文件：${path}`, `not a file: ${path}`, EXIT.usage);
    return s.size;
  } catch (e) {
    if (e instanceof BatchInputError) throw e;
    throw new BatchInputError(`无法读取文件：${path}`, `cannot read file: ${path}`, EXIT.usage);
  }
}

const nameOf = (path: string): string => (path === '-' ? 'stdin' : basename(path));

/** The records to evaluate, and how far the input has been read. */
interface Source {
  readonly items: AsyncIterable<InputItem> | Iterable<InputItem>;
  readonly measure: InputMeasure;
  /** Stops reading (on an interruption). */
  readonly stop: () => void;
}

/** A byte stream of the input, and how much of it has been read (for the progress line). */
async function streamOf(path: string, stdin: Readable, signal: AbortSignal | undefined): Promise<{ stream: Readable; chunks: AsyncIterable<Buffer>; measure: InputMeasure }> {
  const size = path === '-' ? undefined : await requireFile(path);
  const stream = path === '-' ? stdin : createReadStream(path, { highWaterMark: 1 << 18 });
  // An interruption stops a read that is waiting (a quiet standard input) by ending the stream; the run then
  // sees the signal and reports it, so an error of the stream itself is not wanted.
  signal?.addEventListener('abort', () => stream.destroy(), { once: true });
  let read = 0;
  // Counted as the reader takes each chunk (a 'data' listener would start the flow before the reader is there).
  const chunks = (async function* () {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      read += chunk.length;
      yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    }
  })();
  return { stream, chunks, measure: { share: () => (size ? Math.min(1, read / size) : undefined) } };
}

async function openSource(config: BatchConfig, stdin: Readable, signal: AbortSignal | undefined): Promise<Source> {
  switch (config.from) {
    case 'ndjson':
    case 'json': {
      const { stream, chunks, measure } = await streamOf(config.input, stdin, signal);
      const items = config.from === 'ndjson'
        ? readNdjson(chunks, config.encoding, undefined, nameOf(config.input))
        : readJsonArray(chunks, config.encoding, nameOf(config.input));
      return { items, measure, stop: () => stream.destroy() };
    }
    case 'csv': {
      if (config.claims === undefined) {
        throw new BatchInputError('CSV 输入需要 --claims 指定申请事项文件', 'CSV input needs the claims file: --claims <file>', EXIT.usage);
      }
      // Each file streams in and only its parsed rows are kept (the claims must all be known before the first
      // application can be joined, so the rows stay in memory; not the files' bytes or text).
      const beneficiaries = await streamOf(config.input, stdin, signal);
      const claims = await streamOf(config.claims, stdin, signal);
      const items = await streamCsvItems(
        { name: nameOf(config.input), chunks: beneficiaries.chunks },
        { name: nameOf(config.claims), chunks: claims.chunks },
        config.encoding,
      );
      let done = 0;
      const counted = (function* () {
        for (const item of items) {
          done += 1;
          yield item;
        }
      })();
      return { items: counted, measure: { share: () => (items.count === 0 ? 1 : done / items.count) }, stop: () => undefined };
    }
  }
}

function usageOrInput(e: unknown, stderr: Writable): BatchOutcome | undefined {
  if (e instanceof BatchInputError) {
    // A usage error is one line, Chinese then English, as every usage error of the command line.
    stderr.write(e.exitStatus === EXIT.usage ? `${e.text.zh} / ${e.text.en}\n` : `${e.text.zh}\n${e.text.en}\n`);
    return { status: e.exitStatus };
  }
  if (e instanceof PolicyInputError) {
    stderr.write(`选项无效 / invalid options:\n${e.issues.map((i) => `- ${i.path}: ${i.message.zh} / ${i.message.en}`).join('\n')}\n`);
    return { status: EXIT.usage };
  }
  return undefined;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The record written in place of one that could not be rendered or tallied. */
function internalRecord(r: BatchRecord, e: unknown): BatchRecord {
  return { record: r.record, line: r.line, beneficiaryId: r.beneficiaryId, ok: false, errors: [internalIssue(e)] };
}

/** What the outputs became, for the message of a run that did not finish. */
function outputFate(files: readonly OutputFile[], toStdout: boolean): { zh: string; en: string } {
  if (files.length === 0) return { zh: '标准输出上的内容不完整', en: 'what reached standard output is incomplete' };
  const zh = '输出文件未写入，原有文件（如有）未改动';
  const en = 'no output file was written; any previous one is unchanged';
  return toStdout ? { zh: `${zh}；标准输出上的内容不完整`, en: `${en}; what reached standard output is incomplete` } : { zh, en };
}

/** Checks the options and the outputs, and opens the input; nothing is written yet. */
function checkConfig(config: BatchConfig): void {
  if (config.linesOut !== undefined && config.to !== 'csv') {
    throw new BatchInputError('--lines-out 仅用于 CSV 输出（--to csv）', '--lines-out is for CSV output only (--to csv)', EXIT.usage);
  }
  if (config.to === 'xlsx' && config.out === undefined) {
    throw new BatchInputError('--to xlsx 需要 --out <文件.xlsx>（工作簿不写到标准输出）', '--to xlsx needs --out <file.xlsx> (a workbook is not written to standard output)', EXIT.usage);
  }
  checkOutputPaths(
    [{ option: 'input', path: config.input }, ...(config.claims === undefined ? [] : [{ option: 'claims', path: config.claims }]), ...(config.alsoRead ?? [])],
    [...(config.out === undefined ? [] : [{ option: 'out', path: config.out }]), ...(config.linesOut === undefined ? [] : [{ option: 'lines-out', path: config.linesOut }])],
  );
}

/**
 * Runs a batch. Every input record yields exactly one output record, in input order; a bad record becomes its
 * error record and the run goes on.
 * @returns the exit status ({@link EXIT}) and the tally.
 */
export async function runBatch(config: BatchConfig, streams: BatchStreams): Promise<BatchOutcome> {
  const { stderr, signal } = streams;
  let evaluateItem: ReturnType<typeof createEvaluator>;
  let source: Source;
  const files: OutputFile[] = [];
  try {
    evaluateItem = createEvaluator(config.options);
    checkConfig(config);
    source = await openSource(config, streams.stdin, signal);
    if (config.out !== undefined) files.push(await openOutput('out', config.out));
    if (config.linesOut !== undefined) files.push(await openOutput('lines-out', config.linesOut));
  } catch (e) {
    await Promise.all(files.map((f) => f.discard()));
    const outcome = usageOrInput(e, stderr);
    if (outcome) return outcome;
    throw e;
  }

  const out = config.out === undefined ? streams.stdout : files[0]!.stream;
  const lines = config.linesOut === undefined ? undefined : files[files.length - 1]!.stream;
  let writeError: unknown;
  const onError = (e: unknown): void => {
    writeError ??= e;
  };
  out.on('error', onError);
  lines?.on('error', onError);
  const summary = emptySummary();
  const progress = progressLine(stderr, config.progress, source.measure);
  let writer: RecordWriter | undefined;
  const fail = async (zh: string, en: string, status: ExitStatus): Promise<BatchOutcome> => {
    source.stop();
    await writer?.abort?.();
    progress.clear();
    await Promise.all(files.map((f) => f.discard()));
    const fate = outputFate(files, config.out === undefined);
    stderr.write(`${zh}（已写 ${summary.records} 条记录；${fate.zh}）\n${en} (${summary.records} records written; ${fate.en})\n`);
    return { status, summary };
  };
  const interrupted = (): Promise<BatchOutcome> => {
    const name = String(signal?.reason ?? 'SIGINT');
    return fail(`批量已中断（${name}）`, `batch interrupted (${name})`, name === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted);
  };

  try {
    const w = config.to === 'xlsx' ? await xlsxWriter(out, files[0]!.temp, signal) : writerFor(config.to, out, lines, signal);
    writer = w;
    for await (const item of source.items) {
      let record = evaluateItem(item);
      let fen: bigint;
      let write: () => Promise<void>;
      try {
        fen = totalFenOf(record);
        write = w.prepare(record);
      } catch (e) {
        record = internalRecord(record, e);
        fen = 0n;
        write = w.prepare(record);
      }
      await write().catch((e: unknown) => {
        writeError ??= e;
      });
      if (writeError !== undefined) throw writeError;
      tally(summary, record, fen);
      progress.tick(summary.records);
      if (signal?.aborted) return await interrupted();
    }
    await w.finish().catch((e: unknown) => {
      writeError ??= e;
    });
    if (writeError !== undefined) throw writeError;
    if (signal?.aborted) return await interrupted();
    // Every file is complete before any is renamed into place.
    for (const f of files) {
      await f.commit().catch((e: unknown) => {
        writeError ??= e;
      });
      if (writeError !== undefined) throw writeError;
    }
  } catch (e) {
    if (signal?.aborted) return interrupted();
    if (e instanceof BatchInputError) return fail(`批量中止：${e.text.zh}`, `batch aborted: ${e.text.en}`, e.exitStatus);
    if (writeError !== undefined) {
      const why = errorText(writeError);
      return fail(`批量中止：输出无法写入（${why}）`, `batch aborted: the output could not be written (${why})`, EXIT.internal);
    }
    const why = errorText(e);
    return fail(`批量中止：${why}`, `batch aborted: ${why}`, EXIT.internal);
  }
  progress.clear();
  if (config.summary) stderr.write(summaryText(summary));
  const status = summary.errors > 0 ? EXIT.invalidRecords : EXIT.ok;
  return { status, summary };
}
