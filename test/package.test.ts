/**
 * The package as another project gets it: an unbuilt copy of the project is packed (`npm pack`, whose prepack
 * script builds it), publint and attw check the package, and the tarball is installed into an empty project
 * (from the npm cache: `--offline`, else `--prefer-offline`) and used from ESM (`import`), from CommonJS
 * (`require`) and through its command line (`npx zz-ai-policy`). The copy keeps the shared dist/ untouched.
 * Also: typedoc builds the API documentation, and every export of this package's batch and schema modules
 * carries TSDoc.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { ROOT } from './batch/built.js';

interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function sh(command: string, args: readonly string[], cwd: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; files: string[] };
const samples = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-applications.json'), 'utf8')) as unknown[];
const expectedTotals = samples.map((a) => evaluate(a).total);

const tmp = mkdtempSync(join(tmpdir(), 'zz-package-'));
const source = join(tmp, 'source');
const consumer = join(tmp, 'consumer');
let tarball = '';
let packedFiles: string[] = [];

beforeAll(async () => {
  // A copy of what the build and the package need; node_modules is shared through a link.
  mkdirSync(source);
  for (const entry of ['package.json', 'tsup.config.ts', 'tsconfig.json', 'src', 'schemas', 'policy', 'README.md']) {
    cpSync(join(ROOT, entry), join(source, entry), { recursive: true });
  }
  mkdirSync(join(source, 'fixtures'));
  cpSync(join(ROOT, 'fixtures', 'sample-applications.json'), join(source, 'fixtures', 'sample-applications.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');

  // The copy has no dist/: `npm pack` must build it (prepack), as on a fresh clone. Its script output goes to
  // stdout before the JSON.
  const pack = await sh('npm', ['pack', '--json', '--pack-destination', tmp], source);
  expect(pack.status, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.search(/^\[/m))) as { filename: string; files: { path: string }[] }[];
  tarball = join(tmp, info!.filename);
  packedFiles = info!.files.map((f) => f.path);

  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2)}\n`);
  let install = await sh('npm', ['install', tarball, '--no-audit', '--no-fund', '--offline'], consumer);
  if (install.status !== 0) install = await sh('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], consumer);
  expect(install.status, install.stderr).toBe(0);
}, 300_000);

// The consumer's node_modules (the package's dependencies: exceljs, fastify and theirs) takes a while to delete on a
// busy machine.
afterAll(() => rmSync(tmp, { recursive: true, force: true }), 120_000);

describe('npm pack', () => {
  it('ships the builds for ESM and CJS with their types, the CLI, the schemas and the sample, and no sources or tests', () => {
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'fixtures/sample-applications.json', 'README.md', 'package.json']) {
      expect(packedFiles).toContain(f);
    }
    const schemas = readdirSync(join(ROOT, 'schemas')).map((f) => `schemas/${f}`);
    expect(schemas.length).toBeGreaterThanOrEqual(7);
    for (const s of schemas) expect(packedFiles).toContain(s);
    expect(packedFiles.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('bench/'))).toEqual([]);
  });

  it('publint --strict finds no problem', async () => {
    const r = await sh(bin('publint'), ['--strict'], source);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('All good!');
  }, 120_000);

  it('attw (are the types wrong) finds no problem in the tarball, for node10, node16 CJS and ESM, and bundlers', async () => {
    const r = await sh(bin('attw'), [tarball, '--format', 'table-flipped'], source);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('No problems found');
  }, 120_000);
});

describe('the installed package', () => {
  it('imports from an ES module, with a JSON Schema by its package path', async () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      [
        "import { readFileSync } from 'node:fs';",
        "import { createRequire } from 'node:module';",
        "import { evaluate, evaluateMany, explain, VERSION } from 'zz-airport-ai-policy';",
        "import schema from 'zz-airport-ai-policy/schemas/result.schema.json' with { type: 'json' };",
        'const require = createRequire(import.meta.url);',
        "const dir = require.resolve('zz-airport-ai-policy/package.json').replace(/package\\.json$/, '');",
        "const apps = JSON.parse(readFileSync(dir + 'fixtures/sample-applications.json', 'utf8'));",
        'const records = [...evaluateMany(apps)];',
        "console.log(JSON.stringify({ version: VERSION, totals: apps.map((a) => evaluate(a).total), records: records.length, zh: explain(evaluate(apps[0]), 'zh')[0], schema: schema.title }));",
      ].join('\n'),
    );
    const r = await sh(process.execPath, ['esm.mjs'], consumer);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { version: string; totals: string[]; records: number; zh: string; schema: string };
    expect(out).toEqual({ version: pkg.version, totals: expectedTotals, records: samples.length, zh: expect.stringContaining('年度'), schema: 'EvaluationResult' });
  }, 60_000);

  it('requires from a CommonJS module, with the same results and the input error as a plain object', async () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      [
        "const { evaluate, safeEvaluate, VERSION, PolicyInputError } = require('zz-airport-ai-policy');",
        "const apps = require('zz-airport-ai-policy/fixtures/sample-applications.json');",
        "const schema = require('zz-airport-ai-policy/schemas/application.schema.json');",
        'const bad = safeEvaluate({});',
        'console.log(JSON.stringify({ version: VERSION, totals: apps.map((a) => evaluate(a).total), schema: schema.title,',
        '  badOk: bad.ok, badIsError: bad.error instanceof PolicyInputError, badPaths: bad.error.issues.map((i) => i.path).slice(0, 2) }));',
      ].join('\n'),
    );
    // The sample fixture is not an export: a CommonJS consumer that asks for it by path is refused.
    const refused = await sh(process.execPath, ['cjs.cjs'], consumer);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      readFileSync(join(consumer, 'cjs.cjs'), 'utf8').replace(
        "require('zz-airport-ai-policy/fixtures/sample-applications.json')",
        "JSON.parse(require('node:fs').readFileSync(require.resolve('zz-airport-ai-policy/package.json').replace(/package\\.json$/, 'fixtures/sample-applications.json'), 'utf8'))",
      ),
    );
    const r = await sh(process.execPath, ['cjs.cjs'], consumer);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      version: pkg.version, totals: expectedTotals, schema: 'Application', badOk: false, badIsError: true, badPaths: ['beneficiary', 'awardYear'],
    });
  }, 60_000);

  it('runs its command line through npx: demo, and a batch with a bad record (exit 1, one output line per record)', async () => {
    const demo = await sh('npx', ['--no-install', 'zz-ai-policy', 'demo'], consumer);
    expect(demo.status, demo.stderr).toBe(0);
    const total = expectedTotals.reduce((s, t) => s + Math.round(Number(t) * 100), 0);
    expect(demo.stdout).toContain(`样例合计 / sample total: ${(total / 100).toFixed(2)}`);
    const batch = await sh('npx', ['--no-install', 'zz-ai-policy', 'batch', join(ROOT, 'fixtures', 'batch', 'applications.ndjson')], consumer);
    expect(batch.status).toBe(1);
    expect(batch.stdout.trimEnd().split('\n')).toHaveLength(9);
    expect(batch.stderr).toContain('batch done: 9 records, 5 evaluated (5 paid), 4 errors');
  }, 60_000);

  it('serves over HTTP with the dependencies npm installed for it', async () => {
    const cli = join(consumer, 'node_modules', 'zz-airport-ai-policy', 'dist', 'cli.js');
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--quiet'], { cwd: consumer, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      child.stdout.setEncoding('utf8');
      const base = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (s: string) => {
          out += s;
          const m = /listening on (http:\/\/[^ ]+) /.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      const res = await fetch(`${base}/v1/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: samples[0] }) });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { total: string }).total).toBe(expectedTotals[0]);
      const text = await fetch(`${base}/v1/text`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reform: 'parameters:\n  art02_2.cap: "2000000"\n' }) });
      expect(((await text.json()) as { changes: { new: string }[] }).changes[0]!.new).toContain('200万元');
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});

describe('API documentation', () => {
  it('every export of the batch and schema modules has a TSDoc comment right above it', () => {
    const files = [
      ...readdirSync(join(ROOT, 'src', 'batch')).map((f) => join('src', 'batch', f)),
      join('src', 'resultSchema.ts'),
      join('src', 'optionSchemas.ts'),
      join('src', 'cli', 'batch.ts'),
      join('src', 'cli', 'serve.ts'),
      ...readdirSync(join(ROOT, 'src', 'server')).map((f) => join('src', 'server', f)),
    ];
    const missing: string[] = [];
    for (const file of files) {
      const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/^export (async )?(function|const|class|interface|type) /.test(line)) return;
        let j = i - 1;
        while (j >= 0 && lines[j]!.trim() === '') j -= 1;
        if (!lines[j]!.trim().endsWith('*/')) missing.push(`${file}:${i + 1} ${line.slice(0, 60)}`);
      });
    }
    expect(files.length).toBeGreaterThan(8);
    expect(missing).toEqual([]);
  });


  it('typedoc builds, and no export of the batch or schema modules lacks TSDoc', async () => {
    const out = join(tmp, 'docs-api');
    const r = await sh(bin('typedoc'), ['--out', out], ROOT);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(readdirSync(out)).toContain('index.html');
    const undocumented = (r.stdout + r.stderr).split('\n').filter((l) => l.includes('does not have any documentation'));
    expect(undocumented.filter((l) => /src\/(batch\/|server\/|resultSchema|optionSchemas|cli\/batch|cli\/serve)/.test(l))).toEqual([]);
  }, 120_000);
});
