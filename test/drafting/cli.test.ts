/**
 * `zz-ai-policy compare`: arguments, output formats, exit statuses, and errors that name the problem in zh and en.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareCommand, COMPARE_USAGE } from '../../src/tools/cli/compare.js';
import { reportHtml } from '../../src/tools/drafting/html.js';
import { buildReport } from '../../src/tools/drafting/report.js';
import { validateReform } from '../../src/tools/drafting/reform.js';
import { beneficiary, claim } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REFORM = 'fixtures/reforms/raise-02-2-cap-soft-09-3.yaml';
const PORTFOLIO = 'fixtures/portfolio/portfolio.json';

function run(args: string[], cwd = root): { status: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => new Writable({ write(chunk, _e, done) { into.push(String(chunk)); done(); } });
  const status = compareCommand(args, root, { stdout: sink(out), stderr: sink(err) }, cwd);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

describe('compare: formats', () => {
  const small = mkdtempSync(join(tmpdir(), 'compare-'));
  const portfolioFile = join(small, 'portfolio.json');
  writeFileSync(portfolioFile, JSON.stringify([
    { beneficiary: beneficiary({ id: 'B1' }), years: [{ awardYear: 2026, approvalDate: '2026-12-01', claims: [claim('art02_2', { dataServiceRevenue: { '2025': '15000000.00' } })] }] },
  ]));

  it('md (default): the summary tables', () => {
    const r = run([REFORM, portfolioFile, '--no-sensitivity']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('| 合计 / Total | 1,000,000.00 | 1,500,000.00 | +500,000.00 |');
    expect(r.stdout).toContain('| 二(二) | 提升数据服务和应用能力（数据服务收入奖励） | 1,000,000.00 | 1,500,000.00 | +500,000.00 |');
    expect(r.stdout).not.toContain('敏感性');
  });

  it('json: the report as data, amounts as exact strings', () => {
    const r = run([REFORM, portfolioFile, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.kind).toBe('zz-airport-ai-policy/drafting-report');
    expect(report.comparison.total).toEqual({ baseline: '1000000.00', reform: '1500000.00', delta: '500000.00' });
    expect(report.text.changes[0].item).toBe('二(二)');
    expect(report.sensitivity.rows.length).toBeGreaterThan(20);
  });

  it('html: one self-contained file, no script, no network', () => {
    const out = join(small, 'r.html');
    const r = run([REFORM, portfolioFile, '--format', 'html', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|https?:\/\/|@import|url\(/i);
    expect(html).toContain('<ins>200万元</ins>');
    expect(html).toContain('<del>100万元</del>');
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it('the same command gives the same bytes', () => {
    expect(run([REFORM, PORTFOLIO, '--format', 'html']).stdout).toBe(run([REFORM, PORTFOLIO, '--format', 'html']).stdout);
  });

  it('--baseline compares two reforms; --top limits the lists', () => {
    const r = run([REFORM, PORTFOLIO, '--baseline', REFORM, '--top', '2', '--no-sensitivity']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('（无改动 / no changes）');
    expect(r.stdout).toContain('增加 better off 0 · 减少 worse off 0 · 不变 unchanged 200');
  });
});

describe('compare: errors', () => {
  it('--help prints the usage', () => {
    expect(run(['--help'])).toEqual({ status: 0, stdout: COMPARE_USAGE, stderr: '' });
  });

  it.each([
    [[REFORM], /expected a reform file and a portfolio file/],
    [[REFORM, PORTFOLIO, '--format', 'pdf'], /--format: 应为 \/ expected md\|json\|html, got "pdf"/],
    [[REFORM, PORTFOLIO, '--top', '0'], /--top: .*got "0"/],
  ])('usage error %j → exit 2 with the usage', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage: zz-ai-policy compare');
  });

  it('an unknown option is one zh/en line naming the closest option, exit 2', () => {
    const r = run([REFORM, PORTFOLIO, '--fromat', 'md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('未知选项“--fromat”，是否想用 --format？ / unknown option "--fromat"; did you mean --format? (zz-ai-policy compare --help)\n');
  });

  it('a file that cannot be read → exit 3, naming the file in zh and en', () => {
    const r = run(['fixtures/reforms/missing.yaml', PORTFOLIO]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/无法读取改革方案文件 .*missing\.yaml（ENOENT）\/ cannot read the reform file .*missing\.yaml \(ENOENT\)/);
  });

  it('an invalid reform → exit 1 with every problem, its path, zh and en', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compare-'));
    writeFileSync(join(dir, 'bad.json'), '{"parameters": {"art02_2.cap": 2000000, "art02_2.capp": "1"}}');
    const r = run([join(dir, 'bad.json'), PORTFOLIO]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('parameters.art02_2.cap: 金额须写成带引号的字符串');
    expect(r.stderr).toContain('amounts must be quoted strings');
    expect(r.stderr).toContain('parameters.art02_2.capp: 未知的参数“art02_2.capp”；最接近的有效名称："art02_2.cap"');
    expect(r.stdout).toBe('');
  });

  it('a reform file of unknown type, and a portfolio that is not JSON → exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compare-'));
    writeFileSync(join(dir, 'r.txt'), '');
    writeFileSync(join(dir, 'p.json'), '[{');
    expect(run([join(dir, 'r.txt'), PORTFOLIO]).stderr).toMatch(/expected \.yaml, \.yml or \.json/);
    const r = run([REFORM, join(dir, 'p.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/portfolio: 组合文件不是有效的 JSON/);
  });
});

describe('the HTML report escapes every text', () => {
  it('a reform title with markup is shown as text', () => {
    const reform = validateReform({ id: 'x', title: { zh: '<script>alert("zh")</script>', en: '</title><b onclick="x">&' }, description: "it's <i>" });
    const html = reportHtml(buildReport({
      policyText: readFileSync(join(root, 'policy', 'policy.zh.md'), 'utf8'),
      reform,
      portfolio: [{ beneficiary: beneficiary({ id: 'B<1>', name: '"A&B"' }), years: [{ awardYear: 2026, approvalDate: '2026-12-01', claims: [claim('art02_2')] }] }],
      sensitivity: false,
    }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b onclick');
    expect(html).toContain('&lt;script&gt;alert(&quot;zh&quot;)&lt;/script&gt;');
    expect(html).toContain('it&#39;s &lt;i&gt;');
  });
});
