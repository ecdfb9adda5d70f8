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

import { ROOT } from './batch/built.js';
import { evaluate } from './helpers.js';

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
}, 1_200_000);

// The consumer's node_modules (the package's dependencies: exceljs, fastify and theirs) takes a while to delete on a
// busy machine.
afterAll(() => rmSync(tmp, { recursive: true, force: true }), 120_000);

describe('npm pack', () => {
  it('ships the builds for ESM and CJS with their types, the CLI, the schemas and the sample, and no sources or tests', () => {
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/drafting.js', 'dist/batch.cjs', 'dist/server.d.ts', 'dist/cli.js', 'policy/policy.zh.md', 'fixtures/sample-applications.json', 'README.md', 'package.json']) {
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
  }, 600_000);

  // Node 10's resolution knows no `exports`: the subpaths need Node ≥ 12 (the package needs ≥ 20.19 anyway), so the
  // node16 profile (node16 CJS and ESM, bundlers) is checked; the policy text is a file export, not a module.
  it('attw (are the types wrong) finds no problem in the tarball, for node16 CJS and ESM, and bundlers', async () => {
    const r = await sh(bin('attw'), [tarball, '--format', 'table-flipped', '--profile', 'node16', '--exclude-entrypoints', './policy.zh.md'], source);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    // attw exits 1 on any problem it does not ignore; and every module entry resolves (🟢) for node16 CJS, ESM and bundlers.
    for (const entry of ['"zz-airport-ai-policy"', '"zz-airport-ai-policy/drafting"', '"zz-airport-ai-policy/batch"', '"zz-airport-ai-policy/server"']) {
      const row = r.stdout.split('\n').find((l) => l.includes(`${entry} `) || l.includes(`${entry}\u001b`));
      expect(row, entry).toBeDefined();
      expect(row!.match(/🟢/gu)?.length ?? 0, row).toBeGreaterThanOrEqual(3);
    }
  }, 600_000);
});

describe('the installed package', () => {
  it('imports from an ES module, with a JSON Schema by its package path', async () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      [
        "import { readFileSync } from 'node:fs';",
        "import { createRequire } from 'node:module';",
        "import { evaluate, explain, VERSION } from 'zz-airport-ai-policy';",
        "import { evaluateMany } from 'zz-airport-ai-policy/batch';",
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

describe('the package\'s subpaths and shipped files', () => {
  it('drafting, batch and server are subpaths, from ESM and CJS; an error of one copy is a PolicyInputError of the other', async () => {
    writeFileSync(join(consumer, 'subpaths.mjs'), [
      "import { PolicyInputError } from 'zz-airport-ai-policy';",
      "import { BASELINE_REFORM, parseReform } from 'zz-airport-ai-policy/drafting';",
      "import { evaluateMany } from 'zz-airport-ai-policy/batch';",
      "import { buildApp } from 'zz-airport-ai-policy/server';",
      "import { createRequire } from 'node:module';",
      'const require = createRequire(import.meta.url);',
      "const cjs = require('zz-airport-ai-policy/drafting');",
      'let sameClass = false;',
      "try { cjs.parseReform('parameters: { nope: 1 }', 'yaml'); } catch (e) { sameClass = e instanceof PolicyInputError; }",
      "console.log(JSON.stringify({ baseline: BASELINE_REFORM.id, reform: parseReform('readings: { A9.3.1: b }', 'yaml').readings, batch: typeof evaluateMany, server: typeof buildApp, sameClass }));",
    ].join('\n'));
    const r = await sh(process.execPath, ['subpaths.mjs'], consumer);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ baseline: 'baseline', reform: { 'A9.3.1': 'b' }, batch: 'function', server: 'function', sameClass: true });
  }, 60_000);

  it('type-checks from TypeScript (NodeNext, ESM and CJS): typed calls compile, a misspelt field or option does not', async () => {
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ['typed.mts', 'typed.cts'],
    }));
    const app = "{ beneficiary: { id: 'B', legalForm: 'enterprise', rndInstitution: false, registeredInDistrict: true, taxAdministeredInDistrict: true, statsRegisteredInDistrict: true, independentLegalPerson: true, soundFinancialSystem: true, operatingNormally: true, goodCredit: true, mainBusinessFields: ['dataLabelingCollectionTrading'], districtContribution: { '2025': '1.00' } }, awardYear: 2026, approvalDate: '2026-06-15', claims: [] }";
    writeFileSync(join(consumer, 'typed.mts'), [
      "import { evaluate, safeEvaluate, type ApplicationInput, type EvaluationResult, type InputIssueCode } from 'zz-airport-ai-policy';",
      "import { parseReform, type Reform } from 'zz-airport-ai-policy/drafting';",
      "import { evaluateMany, type BatchRecord } from 'zz-airport-ai-policy/batch';",
      `const app: ApplicationInput = ${app};`,
      "const r: EvaluationResult = evaluate(app, { parameters: { 'art02_2.cap': '2000000' }, readings: { 'A9.3.1': 'b' } });",
      "const o = safeEvaluate(JSON.parse('{}')); const code: InputIssueCode | undefined = o.ok ? undefined : o.error.issues[0]?.code;",
      "const f: Reform = parseReform('{}', 'json'); const m: BatchRecord[] = [...evaluateMany([app])];",
      '// @ts-expect-error awardYer is not a field',
      'evaluate({ ...app, awardYer: 2026 });',
      '// @ts-expect-error no such parameter',
      "evaluate(app, { parameters: { 'art02_2.capp': '1' } });",
      'export { r, code, f, m };',
    ].join('\n'));
    writeFileSync(join(consumer, 'typed.cts'), [
      "import { evaluate, type ApplicationInput } from 'zz-airport-ai-policy';",
      `const app: ApplicationInput = ${app};`,
      'export const total: string = evaluate(app).total;',
      '// @ts-expect-error legalForm is a union',
      "evaluate({ ...app, beneficiary: { ...app.beneficiary, legalForm: 'company' } });",
    ].join('\n'));
    const r = await sh(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], consumer);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    // And the compiler does reject a mistake there (the check above can fail).
    writeFileSync(join(consumer, 'typed.cts'), "import { evaluate } from 'zz-airport-ai-policy';\nevaluate({ awardYear: 2026 });\n");
    const bad = await sh(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], consumer);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain('typed.cts');
  }, 600_000);

  it('the policy text and the sample applications have export paths', async () => {
    writeFileSync(join(consumer, 'files.cjs'), [
      "const { readFileSync } = require('node:fs');",
      "const text = readFileSync(require.resolve('zz-airport-ai-policy/policy.zh.md'), 'utf8');",
      "const apps = require('zz-airport-ai-policy/sample-applications.json');",
      'console.log(JSON.stringify({ title: text.split(\'\\n\')[0], apps: apps.length }));',
    ].join('\n'));
    const r = await sh(process.execPath, ['files.cjs'], consumer);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ title: '# 郑州航空港区支持人工智能产业发展的若干政策措施', apps: samples.length });
  }, 60_000);

  it('a bundler that imports only evaluate gets the engine alone: a bundle of at most 150 KB minified that runs', async () => {
    // esbuild with its default settings (ASCII output), as an application would bundle the package.
    writeFileSync(join(consumer, 'only-evaluate.mjs'), [
      "import { evaluate } from 'zz-airport-ai-policy';",
      'const apps = JSON.parse(process.argv[2]);',
      'console.log(JSON.stringify(apps.map((a) => evaluate(a).total)));',
    ].join('\n'));
    const { build } = await import('esbuild');
    const outfile = join(consumer, 'only-evaluate.bundle.mjs');
    const result = await build({ entryPoints: [join(consumer, 'only-evaluate.mjs')], bundle: true, minify: true, platform: 'node', format: 'esm',
      outfile, absWorkingDir: consumer, metafile: true, logLevel: 'silent' });
    const bytes = Object.values(result.metafile.outputs)[0]!.bytes;
    const inputs = Object.keys(result.metafile.inputs);
    expect(bytes, `${bytes} bytes`).toBeLessThanOrEqual(150 * 1024);
    // Neither the tools nor the libraries only they use come along.
    for (const absent of ['node_modules/yaml/', 'node_modules/csv-', 'node_modules/fastify', 'dist/drafting', 'dist/batch']) {
      expect(inputs.filter((f) => f.includes(absent))).toEqual([]);
    }
    const r = await sh(process.execPath, [outfile, JSON.stringify(samples)], consumer);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expectedTotals);
  }, 600_000);
});

describe('API documentation', () => {
  it('every export of the batch and schema modules has a TSDoc comment right above it', () => {
    const files = [
      ...readdirSync(join(ROOT, 'src', 'tools', 'batch')).map((f) => join('src', 'tools', 'batch', f)),
      ...readdirSync(join(ROOT, 'src', 'edges', 'schemas')).map((f) => join('src', 'edges', 'schemas', f)),
      join('src', 'tools', 'cli', 'batch.ts'),
      join('src', 'tools', 'cli', 'serve.ts'),
      ...readdirSync(join(ROOT, 'src', 'tools', 'server')).map((f) => join('src', 'tools', 'server', f)),
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
  }, 600_000);
});
