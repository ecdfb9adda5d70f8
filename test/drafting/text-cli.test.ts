/**
 * `zz-ai-policy text [REFORM]`: the whole policy text as it reads under a reform, written the way the document
 * writes numbers (万元, 1亿元, 0元, %, 1:x, 超过/（含）以上), with the grant sentences of switched-off lines taken out;
 * `--mark` shows the changes. Run through the command's entry, and once through the real command line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textCommand, TEXT_USAGE } from '../../src/tools/cli/text.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const POLICY = readFileSync(join(root, 'policy', 'policy.zh.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'text-cli-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[]): { status: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => new Writable({ write(chunk, _e, done) { into.push(String(chunk)); done(); } });
  const status = textCommand(args, root, { stdout: sink(out), stderr: sink(err) }, root);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

/** The lines of `text` that differ from the canonical text's, as [canonical, text] pairs (same line count). */
function changedLines(text: string): [string, string][] {
  const a = POLICY.split('\n');
  const b = text.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]!] as [string, string]]));
}

const BIG = file('big.yaml', 'id: big\nparameters:\n  art02_2.cap: "100000000"\n  art03_1.cap.sciTechTackling: "0"\n  art04_1.rate: "0.25"\n');

describe('zz-ai-policy text', () => {
  it('without a reform prints the text as it stands, byte for byte', () => {
    const r = run([]);
    expect(r).toEqual({ status: 0, stdout: POLICY, stderr: '' });
  });

  it('applies a reform\'s values in the document\'s style: 1亿元 (not 10000万元), 0元 (not 0万元), 25%', () => {
    const r = run([BIG]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('每个企业每年最高1亿元');
    expect(r.stdout).toContain('分别给予最高0元、200万元、1000万元');
    expect(r.stdout).toContain('按其建设成本的25%给予最高1000万元');
    expect(r.stdout).not.toMatch(/10000万元|最高0万元/);
    expect(changedLines(r.stdout)).toHaveLength(3);
  });

  it('--mark strikes the old words and puts the new in bold, nothing else', () => {
    const r = run([BIG, '--mark']);
    expect(r.stdout).toContain('每个企业每年最高~~100万元~~**1亿元**');
    expect(r.stdout).toContain('分别给予最高~~100万元~~**0元**、200万元、1000万元');
    expect(r.stdout.replace(/~~([^~]*)~~\*\*[^*]*\*\*/g, '$1')).toBe(POLICY);
  });

  it('a boundary word and the open ratio of 二(一) read as the document would write them', () => {
    const r = run([file('words.json', JSON.stringify({ parameters: { 'art02_2.thresholdComparison': 'moreThan', 'art02_1.ratio': '0.5', 'art04_1.paramsThreshold': '150000000000' } }))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('数据服务收入超过300万元');
    expect(r.stdout).toContain('按照上级奖励标准按1:0.5给予配套支持');
    expect(r.stdout).toContain('落地参数量超过1500亿');
  });

  it('a switched-off line\'s grant sentence is taken out (the sentence before it ends with 。), or struck with --mark', () => {
    const r = run(['fixtures/reforms/set-02-1-ratio-drop-04-3.yaml']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('生成式人工智能模型备案的企业');
    expect(r.stdout).toContain('鼓励企业自研模型申请模型备案。\n');
    expect(r.stderr).toContain('已删去 / left out: 四(三)（art04_3）取消 / switched off');
    const m = run(['fixtures/reforms/set-02-1-ratio-drop-04-3.yaml', '--mark']);
    expect(m.stdout).toContain('申请模型备案，~~对获得国家网信办生成式人工智能模型备案的企业，依据其模型评测等相关费用，给予不超过100万元的一次性奖励。~~');
  });

  it('a changed value the text does not write is named on standard error, in zh and en', () => {
    const r = run([file('date.yaml', 'parameters:\n  art09_7.effectiveDate: "2026-01-01"\n')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(POLICY);
    expect(r.stderr).toMatch(/文本未写出 \/ not written in the text: art09_7\.effectiveDate = 2026-01-01（文本未写明该值.*\/ the text does not write this value/);
  });

  it('--baseline marks the changes relative to another reform', () => {
    const r = run([BIG, '--mark', '--baseline', file('base.yaml', 'parameters:\n  art02_2.cap: "100000000"\n')]);
    expect(r.stdout).toContain('每个企业每年最高1亿元');
    expect(r.stdout).not.toContain('~~100万元~~**1亿元**');
    expect(r.stdout).toContain('~~100万元~~**0元**');
  });

  it('--out writes the file and nothing to standard output', () => {
    const out = join(dir, 'out.md');
    const r = run([BIG, '--out', out]);
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toContain('每个企业每年最高1亿元');
  });

  it('an invalid reform: exit 1, every problem with its path in zh and en, no text', () => {
    const r = run([file('bad.yaml', 'parameters:\n  art02_2.cap: "150万"\n  art02_2.capp: "1"\n')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/parameters\.art02_2\.cap: .*元/);
    expect(r.stderr).toMatch(/yuan/);
    expect(r.stderr).toContain('parameters.art02_2.capp: 未知的参数“art02_2.capp”');
  });

  it('usage errors exit 2, a missing file exits 3', () => {
    expect(run(['--help'])).toEqual({ status: 0, stdout: TEXT_USAGE, stderr: '' });
    const two = run([BIG, BIG]);
    expect(two.status).toBe(2);
    expect(two.stderr).toContain('应至多给出一个改革方案文件 / expected at most one reform file, got 2');
    const typo = run(['--makr']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('did you mean --mark?');
    const missing = run(['fixtures/reforms/missing.yaml']);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/无法读取改革方案文件 .*missing\.yaml（ENOENT）\/ cannot read the reform file/);
  });

  it('is a command of the command line', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src/tools/cli/main.ts'), 'text', BIG], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('每个企业每年最高1亿元');
    const help = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src/tools/cli/main.ts'), 'help'], { cwd: root, encoding: 'utf8' });
    expect(help).toMatch(/^ {2}text {6}the whole policy text/m);
  }, 30_000);
});
