/**
 * What the commands of the command line share (src/tools/cli/args.ts): strict options with the closest one named
 * for an unknown option, files that cannot be read or written reported in Chinese and English with the path and
 * the cause, and one exit status for each kind of error. Run on the helpers, then through each command that uses them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CLI_EXIT, commandArgs, commandFailed, FileError, readBytes, readReform, readText, UsageError, writeOutput, type CommandSpec,
} from '../../src/tools/cli/args.js';
import { compareCommand } from '../../src/tools/cli/compare.js';
import { reformFromTextCommand } from '../../src/tools/cli/reformFromText.js';
import { textCommand } from '../../src/tools/cli/text.js';
import { workbenchCommand } from '../../src/tools/cli/workbench.js';
import { PolicyInputError } from '../../src/edges/input/errors.js';
import { inputIssue } from '../../src/edges/input/errors.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cli-args-'));
const OPTIONS = { format: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
const SPEC: CommandSpec = { name: 'sample', usage: 'usage: zz-ai-policy sample [options]\n', options: OPTIONS };

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  return { stream: new Writable({ write(c, _e, done) { chunks.push(String(c)); done(); } }), text: () => chunks.join('') };
}

/** The exit status and standard error of `commandFailed` for what `f` throws. */
function failure(f: () => unknown, spec: CommandSpec = SPEC): { status: number; stderr: string } {
  const err = sink();
  try {
    f();
  } catch (e) {
    return { status: commandFailed(e, spec, err.stream), stderr: err.text() };
  }
  throw new Error('expected a throw');
}

describe('commandArgs and commandFailed: usage errors', () => {
  it('reads strict options and positionals', () => {
    const { values, positionals } = commandArgs(['--format', 'json', 'a.yaml', '-h'], OPTIONS);
    expect(values).toEqual({ format: 'json', help: true });
    expect(positionals).toEqual(['a.yaml']);
  });

  it('answers an unknown option with one bilingual line naming the closest option and the command\'s help (exit 2)', () => {
    const r = failure(() => commandArgs(['--fromat', 'json'], OPTIONS));
    expect(r.status).toBe(CLI_EXIT.usage);
    expect(r.stderr).toBe('未知选项“--fromat”，是否想用 --format？ / unknown option "--fromat"; did you mean --format? (zz-ai-policy sample --help)\n');
  });

  it('answers another error of the arguments with its message and the help text (exit 2)', () => {
    const r = failure(() => commandArgs(['--out'], OPTIONS));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Option '--out <value>' argument missing\n\nusage: zz-ai-policy sample \[options\]\n$/);
  });

  it('answers a usage error of the command with its message and the help text (exit 2)', () => {
    const r = failure(() => {
      throw new UsageError('应给出一个文件 / expected one file');
    });
    expect(r).toEqual({ status: 2, stderr: '应给出一个文件 / expected one file\n\nusage: zz-ai-policy sample [options]\n' });
  });

  it('reports input that is not valid with its message: exit 1, or the status the command gives it', () => {
    const invalid = () => {
      throw new PolicyInputError([inputIssue('portfolio', 'invalid', { rule: 'syntax', syntax: 'json', file: 'portfolio', detail: 'x' })]);
    };
    const r = failure(invalid);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/portfolio/);
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(failure(invalid, { ...SPEC, invalidInput: 2 }).status).toBe(2);
  });

  it('throws anything else again: a fault of the program is not a usage error', () => {
    const fault = new RangeError('boom');
    expect(() => commandFailed(fault, SPEC, sink().stream)).toThrow(fault);
  });
});

describe('readText, readBytes, readReform and writeOutput: files', () => {
  it('reads UTF-8 text and drops a byte-order mark', () => {
    const path = join(dir, 'bom.txt');
    writeFileSync(path, '\uFEFF二(二)');
    expect(readText(path, { zh: '文件', en: 'file' })).toBe('二(二)');
  });

  it('reports a file that cannot be read in Chinese and English, naming what it is, the path and the cause (exit 3)', () => {
    const path = join(dir, 'missing.yaml');
    expect(() => readText(path, { zh: '改革方案文件', en: 'reform file' })).toThrow(FileError);
    const r = failure(() => readReform(path));
    expect(r).toEqual({ status: CLI_EXIT.file, stderr: `无法读取改革方案文件 ${path}（ENOENT）/ cannot read the reform file ${path} (ENOENT)\n` });
    expect(failure(() => readText(dir, { zh: '政策文本', en: 'policy text' })).stderr).toBe(`无法读取政策文本 ${dir}（EISDIR）/ cannot read the policy text ${dir} (EISDIR)\n`);
  });

  it('lets a command word its own message from the cause', () => {
    const path = join(dir, 'absent.bin');
    const r = failure(() => readBytes(path, (e) => `无法读取 ${path} / cannot read ${path} (${(e as NodeJS.ErrnoException).code})`));
    expect(r).toEqual({ status: 3, stderr: `无法读取 ${path} / cannot read ${path} (ENOENT)\n` });
  });

  it('reports a file that cannot be written with the name the user gave and the cause (exit 3)', () => {
    const path = join(dir, 'no-such-dir', 'out.md');
    const r = failure(() => writeOutput(path, 'x', 'no-such-dir/out.md'));
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^无法写入 no-such-dir\/out\.md \/ cannot write no-such-dir\/out\.md \(ENOENT: no such file or directory, open '.*out\.md'\)\n$/);
    const written = join(dir, 'written.md');
    writeOutput(written, '二(二)');
    expect(readText(written, { zh: '文件', en: 'file' })).toBe('二(二)');
  });
});

describe('every drafting command reports its errors the shared way', () => {
  const run = async (command: (args: string[], out: Writable, err: Writable) => number | Promise<number>, args: string[]) => {
    const out = sink();
    const err = sink();
    const status = await command(args, out.stream, err.stream);
    return { status, stderr: err.text() };
  };
  const commands = {
    text: (a: string[], o: Writable, e: Writable) => textCommand(a, root, { stdout: o, stderr: e }, dir),
    compare: (a: string[], o: Writable, e: Writable) => compareCommand(a, root, { stdout: o, stderr: e }, dir),
    'reform-from-text': (a: string[], o: Writable, e: Writable) => reformFromTextCommand(a, root, { stdout: o, stderr: e }, dir),
    workbench: (a: string[], o: Writable, e: Writable) => workbenchCommand(a, root, { stdout: o, stderr: e }, dir),
  };

  it.each(Object.keys(commands))('%s: an unknown option names the closest one and the command\'s help', async (name) => {
    const r = await run(commands[name as keyof typeof commands], ['--outt', 'x']);
    expect(r).toEqual({ status: 2, stderr: `未知选项“--outt”，是否想用 --out？ / unknown option "--outt"; did you mean --out? (zz-ai-policy ${name} --help)\n` });
  });

  it('reform-from-text and workbench keep their own words for a file that cannot be read (exit 3)', async () => {
    const edited = await run(commands['reform-from-text'], ['missing.md']);
    expect(edited.status).toBe(3);
    expect(edited.stderr).toBe(`无法读取修改稿 ${join(dir, 'missing.md')} / cannot read the edited text ${join(dir, 'missing.md')} (ENOENT: no such file or directory, open '${join(dir, 'missing.md')}')\n`);
    const portfolio = await run(commands.workbench, ['--portfolio', 'missing.json']);
    expect(portfolio.status).toBe(3);
    expect(portfolio.stderr).toBe(`无法读取 ${join(dir, 'missing.json')} / cannot read ${join(dir, 'missing.json')} (ENOENT: no such file or directory, open '${join(dir, 'missing.json')}')\n`);
  });
});
