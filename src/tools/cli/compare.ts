/**
 * `compare`: the impact of a reform file on a portfolio, as a summary in Markdown (default), JSON, or a
 * self-contained HTML report. The logic is in src/drafting/; this file reads the arguments and the files.
 */
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { buildReport } from '../drafting/report.js';
import { reportHtml } from '../drafting/html.js';
import { reportMarkdown } from '../drafting/markdown.js';
import { inputIssue, PolicyInputError } from '../../edges/input/errors.js';
import { commandArgs, commandFailed, errorText, readReform, readText, UsageError, writeOutput } from './args.js';

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

function readPortfolio(path: string): unknown {
  const text = readText(path, { zh: '组合文件', en: 'portfolio file' });
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new PolicyInputError([inputIssue('portfolio', 'invalid', { rule: 'syntax', syntax: 'json', file: 'portfolio', detail: errorText(e) })]);
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
    const { values, positionals } = commandArgs(argv, OPTIONS);
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
    if (values.out !== undefined) writeOutput(at(values.out), text, values.out);
    else streams.stdout.write(text);
    return 0;
  } catch (e) {
    return commandFailed(e, { name: 'compare', usage: COMPARE_USAGE, options: OPTIONS }, streams.stderr);
  }
}
