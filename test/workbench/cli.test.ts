/**
 * `zz-ai-policy reform-from-text` and `zz-ai-policy workbench`: arguments, output, exit statuses, and errors that
 * name the problem in zh and en.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reformFromTextCommand, REFORM_FROM_TEXT_USAGE } from '../../src/tools/cli/reformFromText.js';
import { readPortfolioOption, workbenchCommand, WORKBENCH_USAGE } from '../../src/tools/cli/workbench.js';
import { parseReform } from '../../src/tools/drafting/reform.js';
import { CSV_PAIR } from './csvPair.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const canonical = readFileSync(join(root, 'policy', 'policy.zh.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'wb-cli-'));

const sink = (into: string[]): Writable => new Writable({ write(chunk, _e, done) { into.push(String(chunk)); done(); } });

function runText(args: string[]): { status: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const status = reformFromTextCommand(args, root, { stdout: sink(out), stderr: sink(err) }, dir);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

async function runWorkbench(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await workbenchCommand(args, root, { stdout: sink(out), stderr: sink(err) }, dir);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

describe('reform-from-text', () => {
  it('prints the reform as YAML (a reform file compare reads) and exits 0 when every edit is modelled', () => {
    writeFileSync(join(dir, 'numbers.md'), canonical.replace('每个企业每年最高100万元', '每个企业每年最高150万元'));
    const r = runText(['numbers.md', '--id', 'raise-cap']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('# 二(二) art02_2.cap: 「100万元」 → 「150万元」');
    expect(r.stdout).toContain('# 未建模的改动：无 / not modelled: none');
    expect(parseReform(r.stdout, 'yaml')).toMatchObject({ id: 'raise-cap', parameters: { 'art02_2.cap': '1500000' } });
  });

  it('lists every other edit as not modelled and exits 1', () => {
    writeFileSync(join(dir, 'mixed.md'), `${canonical.replace('实际收入的10%', '实际收入的12%')}\n本政策由区科技局负责解释。\n`);
    const r = runText(['mixed.md']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('# 未建模的改动 / not modelled (1):');
    expect(r.stdout).toContain('# 1. [inserted] 九(七): 「」 → 「本政策由区科技局负责解释。」');
    expect(parseReform(r.stdout, 'yaml').parameters).toEqual({ 'art02_2.rate': '0.12' });
  });

  it('writes the file with --out and says how many edits are not modelled', () => {
    const r = runText(['mixed.md', '--out', 'reform.yaml']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('1 edits not modelled, listed in reform.yaml');
    expect(parseReform(readFileSync(join(dir, 'reform.yaml'), 'utf8'), 'yaml').parameters).toEqual({ 'art02_2.rate': '0.12' });
  });

  it('usage errors, a missing file and a bad id', () => {
    expect(runText(['--help'])).toEqual({ status: 0, stdout: REFORM_FROM_TEXT_USAGE, stderr: '' });
    expect(runText([]).status).toBe(2);
    expect(runText([]).stderr).toContain('expected one edited text file');
    const unknown = runText(['x.md', '--outt', 'y']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--out');
    const missing = runText(['nosuch.md']);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('cannot read the edited text');
    const badId = runText(['numbers.md', '--id', 'bad id!']);
    expect(badId.status).toBe(2);
    expect(badId.stderr).toContain('id');
    expect(runText(['numbers.md', '--out', join(dir, 'no', 'such', 'dir.yaml')]).status).toBe(3);
  });
});

describe('workbench', () => {
  it('writes one self-contained page with the sample portfolio', async () => {
    const r = await runWorkbench(['--out', 'sample.html']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('workbench written');
    const html = readFileSync(join(dir, 'sample.html'), 'utf8');
    // Booleans, not the page itself, in the assertions: a failure should not print 1 MB of script.
    expect(html.includes('portfolio.json（样例 / sample）')).toBe(true);
    expect(/"id": ?"SYN-0200"/.test(html)).toBe(true);
    expect(/<script[^>]+src=/.test(html)).toBe(false);
    expect(/<link[^>]+href=/.test(html)).toBe(false);
    expect(statSync(join(dir, 'sample.html')).size).toBeGreaterThan(500_000);
  });

  it('takes a JSON portfolio or the CSV pair', () => {
    writeFileSync(join(dir, 'b.csv'), CSV_PAIR.beneficiaries);
    writeFileSync(join(dir, 'c.csv'), CSV_PAIR.claims);
    const csv = readPortfolioOption('b.csv,c.csv', root, dir);
    expect(csv.name).toBe('b.csv + c.csv');
    expect((JSON.parse(csv.json) as unknown[]).length).toBe(5);
    writeFileSync(join(dir, 'p.json'), csv.json);
    expect(readPortfolioOption('p.json', root, dir)).toEqual({ json: csv.json, name: 'p.json' });
  });

  it('refuses a bad portfolio or option, naming it', async () => {
    expect(await runWorkbench(['--help'])).toEqual({ status: 0, stdout: WORKBENCH_USAGE, stderr: '' });
    writeFileSync(join(dir, 'bad.json'), '[{"beneficiary":{"id":"X"},"years":[]}]');
    const bad = await runWorkbench(['--portfolio', 'bad.json']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('portfolio[0]');
    const kind = await runWorkbench(['--portfolio', 'p.txt']);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain('expected one .json file, or two files');
    expect((await runWorkbench(['--portfolio', 'nosuch.json'])).status).toBe(3);
    expect((await runWorkbench(['extra'])).status).toBe(2);
    const typo = await runWorkbench(['--portfoli', 'x']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('--portfolio');
    expect((await runWorkbench(['--out', join(dir, 'no', 'such', 'w.html')])).status).toBe(3);
  });
});
