/**
 * `reform-from-text`: reads a drafter's edited text of the policy (Markdown or plain text) and prints the reform it
 * amounts to, as a YAML reform file, then the list of edits that are not modelled (as YAML comments, so the output
 * is itself a reform file `compare` reads). The logic is in src/tools/drafting/fromText.ts.
 */
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { reformFromText, reformToYaml, type TextReform } from '../drafting/fromText.js';
import { commandArgs, commandFailed, errorText, readBytes, UsageError, writeOutput } from './args.js';

/** The help text of `reform-from-text`. */
export const REFORM_FROM_TEXT_USAGE = `usage: zz-ai-policy reform-from-text [options] <edited.md>

  <edited.md>      the policy text as edited by a drafter (Markdown or plain text, UTF-8)
  --id <id>        the reform's id (default edited-text)
  --out <file>     write the reform file here instead of standard output
  -h, --help       this text

Prints the reform (YAML: the changed numbers and boundary words as parameters), then every other edit as
"not modelled" (comments starting with #), so that nothing is silently ignored.
exit status: 0 every edit is modelled · 1 some edits are not modelled (listed) · 2 usage error
             3 a file cannot be read
`;

const OPTIONS = { id: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

/** The reform file with the recognised changes and the edits not modelled as comments. */
export function textReformReport(result: TextReform): string {
  const lines: string[] = [];
  lines.push('# 由修改稿读出的改革方案 / reform read from an edited text');
  if (result.recognised.length === 0) lines.push('# 未读出参数改动 / no parameter change recognised');
  for (const r of result.recognised) lines.push(`# ${r.item} ${r.param}: 「${r.old}」 → 「${r.new}」`);
  lines.push(reformToYaml(result.reform).trimEnd());
  lines.push('');
  lines.push(result.notModelled.length === 0
    ? '# 未建模的改动：无 / not modelled: none'
    : `# 未建模的改动 / not modelled (${result.notModelled.length}):`);
  result.notModelled.forEach((n, i) => {
    lines.push(`# ${i + 1}. [${n.kind}] ${n.item}: 「${n.old}」 → 「${n.new}」`);
    lines.push(`#    ${n.why.zh} / ${n.why.en}`);
    if (n.hint) lines.push(`#    ${n.hint.zh} / ${n.hint.en}`);
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `reform-from-text` with its arguments (after the command name); returns the exit status.
 * @param packageRoot where `policy/policy.zh.md` is
 */
export function reformFromTextCommand(argv: readonly string[], packageRoot: string, streams: { stdout: Writable; stderr: Writable }, cwd = process.cwd()): number {
  try {
    const { values, positionals } = commandArgs(argv, OPTIONS);
    if (values.help) {
      streams.stdout.write(REFORM_FROM_TEXT_USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('应给出一个修改稿文件 / expected one edited text file');
    // Read as is (reformFromText passes over a byte-order mark itself); the cause is the system's whole message.
    const read = (path: string, what: { zh: string; en: string }): string =>
      readBytes(path, (e) => `无法读取${what.zh} ${path} / cannot read the ${what.en} ${path} (${errorText(e)})`).toString('utf8');
    const edited = read(resolve(cwd, positionals[0]!), { zh: '修改稿', en: 'edited text' });
    const canonical = read(join(packageRoot, 'policy', 'policy.zh.md'), { zh: '政策文本', en: 'policy text' });
    const result = reformFromText(canonical, edited, values.id === undefined ? {} : { id: values.id });
    const text = textReformReport(result);
    if (values.out !== undefined) {
      writeOutput(resolve(cwd, values.out), text, values.out);
      if (result.notModelled.length > 0) streams.stderr.write(`${result.notModelled.length} 处改动未建模，见 ${values.out} / ${result.notModelled.length} edits not modelled, listed in ${values.out}\n`);
    } else streams.stdout.write(text);
    return result.notModelled.length === 0 ? 0 : 1;
  } catch (e) {
    // Exit status 1 says that some edits are not modelled: input that is not valid is a usage error here.
    return commandFailed(e, { name: 'reform-from-text', usage: REFORM_FROM_TEXT_USAGE, options: OPTIONS, invalidInput: 2 }, streams.stderr);
  }
}
