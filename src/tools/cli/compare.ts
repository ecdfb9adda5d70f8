/**
 * `compare`: the impact of a reform file on a portfolio, as a summary in Markdown (default), JSON, or a
 * self-contained HTML report. The logic is in src/drafting/; this file reads the arguments and the files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { buildReport } from '../drafting/report.js';
import { reportHtml } from '../drafting/html.js';
import { reportMarkdown } from '../drafting/markdown.js';
import { parseReform, reformFormatOf, type Reform } from '../drafting/reform.js';
import { inputIssue, PolicyInputError } from '../../edges/input/errors.js';
import { unknownOption } from './suggest.js';

/** The help text of `compare`. */
export const COMPARE_USAGE = `usage: zz-ai-policy compare [options] <reform> <portfolio>

  <reform>               a reform file, .yaml / .yml or .json: parameters by id, readings by register id,
                         disabledLines (see README "For policy drafters")
  <portfolio>            a JSON list of multi-year inputs: [{ beneficiary, history?, years: [...] }]
  --baseline <file>      compare with this reform file instead of the draft as written
  --format md|json|html  output format (default md: summary tables)
  --out <file>           write the report to this file instead of standard output
  --top <n>              rows in the most-affected and largest-change lists (default 10)
  --no-sensitivity       leave out the sensitivity view (register §11 readings)
  -h, --help             this text

exit status: 0 report written · 1 the reform or the portfolio is not valid · 2 usage error
             3 a file cannot be read
`;

/** The output streams the command writes to. */
export interface CompareStreams {
  readonly stdout: Writable;
  readonly stderr: Writable;
}

const FORMATS = ['md', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}
class FileError extends Error {}

function readText(path: string, what: { zh: string; en: string }): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const why = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    throw new FileError(`无法读取${what.zh} ${path}（${why}）/ cannot read the ${what.en} ${path} (${why})`);
  }
}

function readReform(path: string): Reform {
  const format = reformFormatOf(basename(path));
  return parseReform(readText(path, { zh: '改革方案文件', en: 'reform file' }), format);
}

function readPortfolio(path: string): unknown {
  const text = readText(path, { zh: '组合文件', en: 'portfolio file' });
  try {
    return JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new PolicyInputError([inputIssue('portfolio', 'invalid', { rule: 'syntax', syntax: 'json', file: 'portfolio', detail: why })]);
  }
}

const OPTIONS = {
  baseline: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  top: { type: 'string' },
  'no-sensitivity': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Runs `compare` with its arguments (after the command name); returns the exit status.
 * @param packageRoot where `policy/policy.zh.md` is
 * @param cwd the directory relative paths are read from (default: the process's)
 */
export function compareCommand(argv: readonly string[], packageRoot: string, streams: CompareStreams, cwd = process.cwd()): number {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
    if (values.help) {
      streams.stdout.write(COMPARE_USAGE);
      return 0;
    }
    if (positionals.length !== 2) throw new UsageError('应给出改革方案文件和组合文件 / expected a reform file and a portfolio file');
    const format = (values.format ?? 'md') as Format;
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: 应为 / expected ${FORMATS.join('|')}, got "${values.format}"`);
    let top: number | undefined;
    if (values.top !== undefined) {
      if (!/^[1-9][0-9]{0,3}$/.test(values.top)) throw new UsageError(`--top: 应为 1 至 9999 的整数 / expected a whole number from 1 to 9999, got "${values.top}"`);
      top = Number(values.top);
    }
    const at = (p: string): string => resolve(cwd, p);
    const reform = readReform(at(positionals[0]!));
    const baseline = values.baseline === undefined ? undefined : readReform(at(values.baseline));
    const portfolio = readPortfolio(at(positionals[1]!));
    const policyText = readText(join(packageRoot, 'policy', 'policy.zh.md'), { zh: '政策文本', en: 'policy text' });
    const report = buildReport({
      policyText,
      reform,
      portfolio,
      ...(baseline === undefined ? {} : { baseline }),
      ...(top === undefined ? {} : { top }),
      sensitivity: values['no-sensitivity'] !== true,
    });
    const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'html' ? reportHtml(report) : reportMarkdown(report);
    if (values.out !== undefined) {
      try {
        writeFileSync(at(values.out), text);
      } catch (e) {
        throw new FileError(`无法写入 ${values.out} / cannot write ${values.out} (${e instanceof Error ? e.message : String(e)})`);
      }
    } else {
      streams.stdout.write(text);
    }
    return 0;
  } catch (e) {
    if (e instanceof PolicyInputError) {
      streams.stderr.write(`${e.message}\n`);
      return 1;
    }
    const unknown = e instanceof Error ? /^Unknown option '([^']+)'/.exec(e.message) : null;
    if (unknown) {
      // One line naming the closest option, as every command of the command line does.
      streams.stderr.write(unknownOption(unknown[1]!, Object.keys(OPTIONS).map((o) => `--${o}`), 'zz-ai-policy compare --help'));
      return 2;
    }
    if (e instanceof UsageError || (e instanceof Error && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'))) {
      streams.stderr.write(`${e.message}\n\n${COMPARE_USAGE}`);
      return 2;
    }
    if (e instanceof FileError) {
      streams.stderr.write(`${e.message}\n`);
      return 3;
    }
    throw e;
  }
}
