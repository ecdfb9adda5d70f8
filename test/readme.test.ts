/**
 * The README sections "Calling the library from another system" and "Running an audit batch" are executed:
 * - each ```ts block runs (with tsx) in an empty project where `zz-ai-policy`'s package is the built one, and
 *   must print, line by line, what its `// → …` comments say;
 * - each ```sh block's commands run against the built command line (`npx zz-ai-policy` → `node dist/cli.js`) in a
 *   scratch directory that sees the repository's fixtures/, and each must end with the status its `# exit N`
 *   comment gives (0 without one);
 * - a ```text block after commands is the stderr of the first of them, exactly;
 * - a ```json block is a record that one of the NDJSON files those commands wrote holds.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, ROOT, type Built } from './batch/built.js';

interface Block {
  readonly lang: string;
  readonly body: string;
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const FIRST_SECTION = '## Calling the library from another system';
const SECOND_SECTION = '## Running an audit batch';

/** The text of the two sections: from the first heading to the next level-2 heading after the second. */
function sections(): string {
  const start = README.indexOf(FIRST_SECTION);
  const second = README.indexOf(SECOND_SECTION);
  if (start < 0 || second < start) return '';
  const next = README.indexOf('\n## ', second + SECOND_SECTION.length);
  return README.slice(start, next < 0 ? undefined : next + 1);
}

/** The fenced blocks of the two sections. */
function blocks(): Block[] {
  return [...sections().matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

function run(command: string, args: readonly string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'zz-readme-'));
let pkg: Built;

beforeAll(async () => {
  pkg = await built();
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('README: the two sections for other systems and auditors', () => {
  const all = blocks();

  it('follow each other in the README and hold the examples the tests below run', () => {
    expect(README.indexOf(FIRST_SECTION)).toBeGreaterThan(0);
    expect(sections()).toContain(SECOND_SECTION);
    expect(all.map((b) => b.lang)).toEqual(['ts', 'sh', 'text', 'json']);
  });

  it('the library example runs against the built package and prints what its comments say', async () => {
    const project = join(tmp, 'system');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{ "name": "other-system", "private": true, "type": "module" }\n');
    symlinkSync(pkg.root, join(project, 'node_modules', 'zz-airport-ai-policy'), 'dir');
    for (const dep of ['ajv', 'ajv-formats']) symlinkSync(join(ROOT, 'node_modules', dep), join(project, 'node_modules', dep), 'dir');
    const code = all.filter((b) => b.lang === 'ts');
    expect(code).toHaveLength(1);
    const body = code[0]!.body;
    writeFileSync(join(project, 'example.ts'), body);
    const expected = [...body.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]!);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    const r = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['example.ts'], project);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toEqual(expected);
  }, 60_000);

  it('the batch commands run against the built CLI with the documented exit statuses and outputs', async () => {
    const cwd = join(tmp, 'audit');
    mkdirSync(cwd);
    symlinkSync(join(ROOT, 'fixtures'), join(cwd, 'fixtures'), 'dir');
    let firstStderr: string | undefined;
    let commands = 0;
    let textBlocks = 0;
    let jsonBlocks = 0;
    for (const block of all) {
      if (block.lang === 'sh') {
        firstStderr = undefined;
        for (const raw of block.body.split('\n')) {
          const line = raw.trim();
          if (line === '' || line.startsWith('#')) continue;
          const hash = line.indexOf(' #');
          const command = (hash < 0 ? line : line.slice(0, hash)).trim();
          const exit = hash < 0 ? 0 : Number(/# exit (\d+)/.exec(line.slice(hash))?.[1] ?? 0);
          const words = command.split(/\s+/);
          expect(words.slice(0, 2), command).toEqual(['npx', 'zz-ai-policy']);
          const r = await run(process.execPath, [pkg.cli, ...words.slice(2)], cwd);
          expect(r.status, `${command}\n${r.stderr}`).toBe(exit);
          firstStderr ??= r.stderr;
          const out = /--out (\S+)/.exec(command)?.[1];
          if (out) expect(statSync(join(cwd, out)).size, out).toBeGreaterThan(0);
          const linesOut = /--lines-out (\S+)/.exec(command)?.[1];
          if (linesOut) expect(existsSync(join(cwd, linesOut))).toBe(true);
          commands += 1;
        }
      } else if (block.lang === 'text') {
        expect(block.body).toBe(firstStderr);
        textBlocks += 1;
      } else if (block.lang === 'json') {
        const shown = JSON.parse(block.body) as unknown;
        const records = readdirSync(cwd)
          .filter((f) => f.endsWith('.ndjson'))
          .flatMap((f) => readFileSync(join(cwd, f), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as unknown));
        expect(records).toContainEqual(shown);
        jsonBlocks += 1;
      }
    }
    expect([commands, textBlocks, jsonBlocks]).toEqual([7, 1, 1]);
    // The documented sample outputs: nothing lost.
    expect(readFileSync(join(cwd, 'results.ndjson'), 'utf8').trimEnd().split('\n')).toHaveLength(9);
    expect(readFileSync(join(cwd, 'audit-gbk.ndjson'), 'utf8').trimEnd().split('\n')).toHaveLength(7);
    expect(readFileSync(join(cwd, 'audit.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  }, 120_000);
});
