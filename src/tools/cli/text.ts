/**
 * `text`: the whole policy text as it reads under a reform (Markdown), its numbers and boundary words written the
 * way the document writes them and the grant sentences of switched-off lines taken out; without a reform, the text
 * as it stands. `--mark` shows what changed (old words struck, new words in bold). The logic is in
 * src/tools/drafting/text.ts; this file reads the arguments and the files.
 */
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { diffReforms } from '../drafting/compare.js';
import { BASELINE_REFORM } from '../drafting/reform.js';
import { bindText, renderText, writeText } from '../drafting/text.js';
import { commandArgs, commandFailed, readReform, readText, UsageError, writeOutput } from './args.js';

/** The help text of `text`. */
export const TEXT_USAGE = `usage: zz-ai-policy text [options] [<reform>]

  <reform>               a reform file, .yaml / .yml or .json (see README "For policy drafters"); without it the
                         text as it stands
  --mark                 mark what the reform changes: old words struck (~~100万元~~), new words in bold (**200万元**),
                         the sentences of switched-off lines struck
  --baseline <file>      mark the changes relative to this reform file instead of the draft as written
  --out <file>           write the text to this file instead of standard output
  -h, --help             this text

Changed parameters that the text writes no number for (the effective date, the rounding rule), and the lines the
reform switches off, are listed on standard error.

exit status: 0 text written · 1 the reform is not valid · 2 usage error · 3 a file cannot be read or written
`;

/** The output streams the command writes to. */
export interface TextStreams {
  readonly stdout: Writable;
  readonly stderr: Writable;
}

const OPTIONS = {
  mark: { type: 'boolean' },
  baseline: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Runs `text` with its arguments (after the command name); returns the exit status.
 * @param packageRoot where `policy/policy.zh.md` is
 * @param cwd the directory relative paths are read from (default: the process's)
 */
export function textCommand(argv: readonly string[], packageRoot: string, streams: TextStreams, cwd = process.cwd()): number {
  try {
    const { values, positionals } = commandArgs(argv, OPTIONS);
    if (values.help) {
      streams.stdout.write(TEXT_USAGE);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`应至多给出一个改革方案文件 / expected at most one reform file, got ${positionals.length}`);
    const at = (p: string): string => resolve(cwd, p);
    const reform = positionals[0] === undefined ? BASELINE_REFORM : readReform(at(positionals[0]));
    const baseline = values.baseline === undefined ? BASELINE_REFORM : readReform(at(values.baseline));
    const bound = bindText(readText(join(packageRoot, 'policy', 'policy.zh.md'), { zh: '政策文本', en: 'policy text' }));
    const switched = diffReforms(baseline, reform).lines;
    const off = switched.filter((l) => l.off === 'reform');
    const text = writeText(bound, reform.parameters, {
      against: baseline.parameters,
      mark: values.mark === true,
      struck: off.map((l) => l.text),
    });
    const notes: string[] = [];
    for (const n of renderText(bound, reform.parameters, baseline.parameters).notInText) {
      notes.push(`文本未写出 / not written in the text: ${n.param} = ${n.value ?? 'null'}（${n.why.zh} / ${n.why.en}）`);
    }
    for (const l of off) notes.push(`${values.mark === true ? '已划去' : '已删去'} / ${values.mark === true ? 'struck' : 'left out'}: ${l.item}（${l.clause}）取消 / switched off`);
    for (const l of switched.filter((x) => x.off === 'baseline')) notes.push(`对照方案取消而本方案恢复 / off in the baseline, on in the reform: ${l.item}（${l.clause}）`);
    if (values.out !== undefined) writeOutput(at(values.out), text, values.out);
    else streams.stdout.write(text);
    if (notes.length > 0) streams.stderr.write(`${notes.join('\n')}\n`);
    return 0;
  } catch (e) {
    return commandFailed(e, { name: 'text', usage: TEXT_USAGE, options: OPTIONS }, streams.stderr);
  }
}
