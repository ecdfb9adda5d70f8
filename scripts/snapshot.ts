/**
 * A snapshot of what the engine computes, for checking that a change of structure changes no result:
 *
 *   npx tsx scripts/snapshot.ts generate DIR   writes the input corpus into DIR (once, before the change)
 *   npx tsx scripts/snapshot.ts run DIR OUT    evaluates DIR's corpus with the built package (dist/) into OUT,
 *                                              one NDJSON file per kind, and prints the SHA-256 of each
 *
 * The corpus: the sample applications and the batch fixture under every single non-default reading; 20,000 random
 * valid applications (the property tests' generators, fixed seed) each with random readings; 2,000 random
 * multi-year inputs; the sample portfolio; a clawback per multi-year input; and, for every reform fixture, the
 * drafter's report over the portfolio and the reworded text. Each record holds the result and its explanation in
 * zh and en, or the input error. `run` reads only the corpus and dist/, so the same command runs before and after.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode, dir, out] = process.argv.slice(2);
const root = new URL('..', import.meta.url).pathname;

if (mode === 'generate' && dir) {
  const fc = (await import('fast-check')).default;
  const { application, multiYear, readingsArb } = await import('../test/properties/arbitraries.js');
  const { READINGS, AWARD_LINES } = (await import(join(root, 'dist', 'index.js'))) as typeof import('../src/index.js');
  mkdirSync(dir, { recursive: true });
  const apps = fc.sample(fc.tuple(application({ maxClaims: 8 }), readingsArb(READINGS)), { seed: 20261202, numRuns: 20_000 });
  writeFileSync(join(dir, 'random.ndjson'), apps.map(([a, r]) => JSON.stringify({ input: a, options: { readings: r } })).join('\n') + '\n');
  const years = fc.sample(multiYear(AWARD_LINES, { maxYears: 4, maxClaims: 5 }), { seed: 20261203, numRuns: 2_000 });
  writeFileSync(join(dir, 'years.ndjson'), years.map((y) => JSON.stringify(y)).join('\n') + '\n');
  console.log(`corpus written to ${dir}: ${apps.length} applications, ${years.length} multi-year inputs`);
} else if (mode === 'run' && dir && out) {
  const lib = (await import(join(root, 'dist', 'index.js'))) as typeof import('../src/index.js');
  const drafting = (await import(join(root, 'dist', 'drafting.js'))) as typeof import('../src/tools/drafting/index.js');
  mkdirSync(out, { recursive: true });
  const files = new Map<string, string[]>();
  const emit = (file: string, value: unknown) => {
    let list = files.get(file);
    if (!list) files.set(file, (list = []));
    list.push(JSON.stringify(value));
  };
  const outcome = (f: () => { total?: string } & object, explainIt = true) => {
    try {
      const result = f() as Parameters<typeof lib.explain>[0];
      return explainIt ? { result, zh: lib.explain(result, 'zh'), en: lib.explain(result, 'en') } : { result };
    } catch (e) {
      return e instanceof lib.PolicyInputError ? { error: e.issues } : { thrown: String(e) };
    }
  };
  const read = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8')) as unknown[];
  const samples = [...read('fixtures/sample-applications.json'), ...read('fixtures/batch/applications.json')];
  const single = [{}, ...lib.READINGS.flatMap((r) => Object.keys(r.options).filter((o) => o !== r.default).map((o) => ({ [r.id]: o })))];
  for (const readings of single) for (const app of samples) emit('samples', outcome(() => lib.evaluate(app as never, { readings } as never)));
  for (const line of readFileSync(join(dir, 'random.ndjson'), 'utf8').split('\n').filter(Boolean)) {
    const { input, options } = JSON.parse(line) as { input: unknown; options: unknown };
    emit('random', outcome(() => lib.evaluate(input as never, options as never)));
  }
  const years = readFileSync(join(dir, 'years.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  const portfolio = read('fixtures/portfolio/portfolio.json');
  for (const y of [...years, ...portfolio]) {
    let run: ReturnType<typeof lib.evaluateYears> | undefined;
    try {
      run = lib.evaluateYears(y as never);
      emit('years', { result: run });
    } catch (e) {
      emit('years', e instanceof lib.PolicyInputError ? { error: e.issues } : { thrown: String(e) });
    }
    if (run) {
      const b = (y as { beneficiary: { id: string } }).beneficiary.id;
      const last = run.years[run.years.length - 1]!;
      for (const scope of ['all', ['art02_2', 'art05_2', 'art06_3']] as const) {
        emit('clawback', outcome(() => lib.clawback({ beneficiaryId: b, history: run.history, finding: { confirmedOn: last.approvalDate ?? '2030-01-01', scope } } as never), false));
      }
    }
  }
  const policyText = readFileSync(join(root, 'policy', 'policy.zh.md'), 'utf8');
  for (const file of readdirSync(join(root, 'fixtures', 'reforms')).sort()) {
    const text = readFileSync(join(root, 'fixtures', 'reforms', file), 'utf8');
    const reform = drafting.parseReform(text, file.endsWith('.json') ? 'json' : 'yaml');
    emit('drafting', { file, report: drafting.buildReport({ policyText, reform, portfolio }) });
    emit('drafting', { file, text: drafting.renderText(drafting.bindText(policyText), reform.parameters) });
  }
  // The batch command line's output bytes, for each input format and output format.
  const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'batch', ...args, '--quiet'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  for (const input of [['fixtures/batch/applications.json'], ['fixtures/batch/applications.ndjson'], ['fixtures/batch/beneficiaries.csv', '--claims', 'fixtures/batch/claims.csv']]) {
    for (const to of ['ndjson', 'csv']) {
      const r = cli([...input, '--to', to]);
      emit('batch', { input, to, status: r.status, stdout: r.stdout });
    }
  }
  for (const [file, lines] of files) {
    const body = `${lines.join('\n')}\n`;
    writeFileSync(join(out, `${file}.ndjson`), body);
    console.log(`${createHash('sha256').update(body).digest('hex')}  ${file}.ndjson (${lines.length} records)`);
  }
} else {
  console.error('usage: snapshot.ts generate DIR | snapshot.ts run DIR OUT');
  process.exit(2);
}
