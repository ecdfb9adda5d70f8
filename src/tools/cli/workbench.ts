/**
 * `workbench`: writes the drafters' workbench, one self-contained HTML file (src/tools/workbench/): the engine and
 * the drafting tools bundled for the browser, the policy text and a portfolio (the sample by default, a JSON
 * portfolio, or the auditors' CSV pair).
 */
import { basename, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { VERSION } from '../../core/version.js';
import { preparePortfolio } from '../drafting/portfolio.js';
import { bundleWorkbench, WorkbenchBuildError } from '../workbench/build.js';
import { workbenchHtml } from '../workbench/page.js';
import { portfolioFromCsv, portfolioFromJson } from '../workbench/portfolioInput.js';
import { commandArgs, commandFailed, errorText, FileError, readBytes, UsageError, writeOutput } from './args.js';

/** The help text of `workbench`. */
export const WORKBENCH_USAGE = `usage: zz-ai-policy workbench [options]

  --portfolio <file>     the portfolio: a JSON list of multi-year inputs, or the CSV pair written
                         beneficiaries.csv,claims.csv (docs/csv-layout.md); default the sample
                         fixtures/portfolio/portfolio.json
  --out <file>           the page to write (default workbench.html)
  -h, --help             this text

The page is one HTML file with the engine, the policy text and the portfolio inside; it opens from a file,
with no server and no network.
exit status: 0 page written · 1 the portfolio is not valid · 2 usage error · 3 a file cannot be read or written,
             or the page cannot be bundled here (it is written from a checkout of the project, with esbuild)
`;

const OPTIONS = { portfolio: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

function read(path: string): Buffer {
  return readBytes(path, (e) => `无法读取 ${path} / cannot read ${path} (${errorText(e)})`);
}

/** The portfolio named by `--portfolio`, as JSON text, with its name. */
export function readPortfolioOption(option: string | undefined, packageRoot: string, cwd: string): { json: string; name: string } {
  if (option === undefined) {
    const path = join(packageRoot, 'fixtures', 'portfolio', 'portfolio.json');
    return { json: read(path).toString('utf8'), name: 'portfolio.json（样例 / sample）' };
  }
  const files = option.split(',').map((f) => f.trim()).filter((f) => f !== '');
  if (files.length === 1 && /\.json$/i.test(files[0]!)) {
    const text = read(resolve(cwd, files[0]!)).toString('utf8');
    const portfolio = portfolioFromJson(text, basename(files[0]!));
    preparePortfolio(portfolio);
    return { json: JSON.stringify(portfolio), name: basename(files[0]!) };
  }
  if (files.length === 2 && files.every((f) => /\.csv$/i.test(f))) {
    const [b, c] = files.map((f) => ({ name: basename(f), bytes: new Uint8Array(read(resolve(cwd, f))) }));
    const portfolio = portfolioFromCsv(b!, c!);
    preparePortfolio(portfolio);
    return { json: JSON.stringify(portfolio), name: `${b!.name} + ${c!.name}` };
  }
  throw new UsageError(`--portfolio：应为一个 .json 文件，或“受益对象.csv,事项.csv”两个文件，而不是 "${option}" / --portfolio: expected one .json file, or two files "beneficiaries.csv,claims.csv", not "${option}"`);
}

/** Runs `workbench` with its arguments (after the command name); returns the exit status. */
export async function workbenchCommand(argv: readonly string[], packageRoot: string, streams: { stdout: Writable; stderr: Writable }, cwd = process.cwd()): Promise<number> {
  try {
    const { values, positionals } = commandArgs(argv, OPTIONS);
    if (values.help) {
      streams.stdout.write(WORKBENCH_USAGE);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`多余的参数 / unexpected argument: ${positionals.join(' ')}`);
    const portfolio = readPortfolioOption(values.portfolio, packageRoot, cwd);
    const policyText = read(join(packageRoot, 'policy', 'policy.zh.md')).toString('utf8');
    const code = await bundleWorkbench(packageRoot).catch((e: unknown) => {
      throw e instanceof WorkbenchBuildError ? new FileError(e.message) : e;
    });
    const html = workbenchHtml({ code, policyText, portfolioJson: portfolio.json, portfolioName: portfolio.name, version: VERSION });
    const out = resolve(cwd, values.out ?? 'workbench.html');
    writeOutput(out, html);
    streams.stdout.write(`已写入工作台 / workbench written: ${out} (${(Buffer.byteLength(html) / 1024).toFixed(0)} KB)\n`);
    return 0;
  } catch (e) {
    return commandFailed(e, { name: 'workbench', usage: WORKBENCH_USAGE, options: OPTIONS }, streams.stderr);
  }
}
