/**
 * `batch`: evaluates many applications from a JSON, NDJSON or CSV file and writes one output record per input
 * record (JSON, NDJSON, CSV or an Excel workbook). The logic is in src/batch/; this file reads the arguments.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { ENCODINGS, type InputEncoding } from '../batch/decode.js';
import { EXIT } from '../batch/errors.js';
import { INPUT_FORMATS, runBatch, type InputFormat } from '../batch/run.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../batch/write.js';
import { commandArgs, errorText, isParseArgsError, unknownOptionOf, UsageError } from './args.js';
import { unknownOption } from './suggest.js';

/** The help text of `batch`. */
export const BATCH_USAGE = `usage: zz-ai-policy batch [options] <input>

  <input>                   applications: .json (an array), .ndjson / .jsonl (one per line), both streamed;
                            .csv (the beneficiaries file, with --claims); "-" reads standard input
  --from json|ndjson|csv    input format (default: from the file extension)
  --claims <file>           CSV input: the claims file (layout: docs/csv-layout.md)
  --to json|ndjson|csv|xlsx output format (default: the input format); xlsx needs --out
  --out <file>              write the output here instead of standard output (whole or not at all: written
                            beside it and renamed on success; never an input file)
  --lines-out <file>        CSV output: also write one row per award line to this file
  --encoding auto|utf8|gbk  input encoding (default auto: UTF-8 with or without BOM, else GBK)
  --parameters <file>       JSON object of parameter values by id, e.g. {"art02_1.ratio": "0.5"}
  --readings <file>         JSON object of readings by register id, e.g. {"A9.3.2": "a"}
  --reading <id>=<choice>   one reading (repeatable), e.g. --reading A9.3.2=a
  --progress                show the progress line even when stderr is not a terminal
  --quiet                   print neither summary nor progress
  -h, --help                this text

exit status: 0 every record evaluated · 1 some records not evaluated (see their error records)
             2 usage error (nothing written) · 3 an input file cannot be read as a whole (no output file written)
             70 the output could not be written (no output file written) · 130 / 143 interrupted (SIGINT / SIGTERM)
`;

const FROM_EXTENSION: Readonly<Record<string, InputFormat>> = { '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.csv': 'csv' };

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${option}: 应为 / expected ${allowed.join('|')}, got "${value}"`);
  return value as T;
}

function jsonObjectFile(path: string, option: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`--${option} ${path}: 无法读取 JSON / cannot read JSON (${errorText(e)})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(`--${option} ${path}: 应为 JSON 对象 / expected a JSON object`);
  }
  return data as Record<string, unknown>;
}

/** The streams and terminal facts the command uses, and the signal that interrupts a run (SIGINT, SIGTERM). */
export interface CliStreams {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { readonly isTTY?: boolean };
  readonly signal?: AbortSignal;
}

/** The options of `batch`, as `parseArgs` takes them. */
const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  claims: { type: 'string' },
  out: { type: 'string' },
  'lines-out': { type: 'string' },
  encoding: { type: 'string' },
  parameters: { type: 'string' },
  readings: { type: 'string' },
  reading: { type: 'string', multiple: true },
  progress: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = 'zz-ai-policy batch --help';

/** One line for an error of `parseArgs`, in Chinese and English. */
function parseArgsMessage(e: Error & { code?: unknown }): string {
  const unknown = unknownOptionOf(e);
  if (unknown !== undefined) return unknownOption(unknown, Object.keys(OPTIONS).map((o) => `--${o}`), HELP);
  const missing = /Option '(-[^ ']*)(?:, (--[^ ']+))?/.exec(e.message);
  if (String(e.code) === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && missing) {
    const name = missing[2] ?? missing[1]!;
    return `选项 ${name} 用法有误（缺少值或不应有值） / option ${name} is used wrongly (a value missing, or one it does not take) (${HELP})\n`;
  }
  return `${e.message} (${HELP})\n`;
}

/** Runs `batch` with its arguments (after the command name); returns the exit status. */
export async function batch(argv: readonly string[], streams: CliStreams): Promise<number> {
  let config: Parameters<typeof runBatch>[0];
  try {
    const { values, positionals } = commandArgs(argv, OPTIONS);
    if (values.help) {
      streams.stdout.write(BATCH_USAGE);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new UsageError('需要且只需要一个输入文件 / exactly one input file is expected');
    const input = positionals[0]!;
    const from =
      oneOf(values.from, INPUT_FORMATS, 'from') ??
      (values.claims !== undefined ? 'csv' : FROM_EXTENSION[extname(input).toLowerCase()]);
    if (from === undefined) throw new UsageError('无法从文件名判断输入格式，请用 --from 指定 / cannot tell the input format from the file name; use --from');
    const to: OutputFormat = oneOf(values.to, OUTPUT_FORMATS, 'to') ?? from;
    const encoding: InputEncoding = oneOf(values.encoding, ENCODINGS, 'encoding') ?? 'auto';
    if (from !== 'csv' && values.claims !== undefined) throw new UsageError('--claims 仅用于 CSV 输入 / --claims is for CSV input only');
    const readings: Record<string, unknown> = values.readings === undefined ? {} : jsonObjectFile(values.readings, 'readings');
    for (const pair of values.reading ?? []) {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new UsageError(`--reading ${pair}: 应为 / expected <id>=<choice>, e.g. A9.3.2=a`);
      // An own property even for a key such as `__proto__`, so that the option check sees it and refuses it.
      Object.defineProperty(readings, pair.slice(0, eq), { value: pair.slice(eq + 1), enumerable: true, writable: true, configurable: true });
    }
    const parameters = values.parameters === undefined ? undefined : jsonObjectFile(values.parameters, 'parameters');
    const quiet = values.quiet === true;
    config = {
      from,
      to,
      input,
      ...(values.claims === undefined ? {} : { claims: values.claims }),
      ...(values.out === undefined ? {} : { out: values.out }),
      ...(values['lines-out'] === undefined ? {} : { linesOut: values['lines-out'] }),
      alsoRead: [
        ...(values.parameters === undefined ? [] : [{ option: 'parameters', path: values.parameters }]),
        ...(values.readings === undefined ? [] : [{ option: 'readings', path: values.readings }]),
      ],
      encoding,
      options: {
        ...(parameters === undefined ? {} : { parameters: parameters as Record<string, string | null> }),
        ...(Object.keys(readings).length === 0 ? {} : { readings: readings as Record<string, string> }),
      },
      progress: !quiet && (values.progress === true || streams.stderr.isTTY === true),
      summary: !quiet,
    };
  } catch (e) {
    if (e instanceof UsageError) {
      streams.stderr.write(`${e.message} (${HELP})\n`);
      return EXIT.usage;
    }
    if (isParseArgsError(e)) {
      streams.stderr.write(parseArgsMessage(e));
      return EXIT.usage;
    }
    throw e;
  }
  const outcome = await runBatch(config, streams);
  return outcome.status;
}
