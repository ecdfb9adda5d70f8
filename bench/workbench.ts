/**
 * `npm run bench:workbench`: the drafters' workbench page (src/tools/workbench/) in headless Chromium (the browser
 * of the tests, from npm): for the 200-beneficiary sample and for 10,000 generated beneficiaries (three award years
 * at most each, scripts/generate-portfolio.ts, fixed seed), the size of the HTML file, the time from opening it to
 * the first figures, and the time of each edit from the edit to the new figures on the page (the page records it:
 * `performance.now()` at the edit and after the figures are drawn), with the worker's own share and how many
 * beneficiaries were evaluated again. The edits are those of test/workbench/driver.ts `timedEdits`: amounts typed
 * in place, a boundary word, a reading, a line switched off and on; each edit is run `--rounds` times (default 3)
 * on a fresh page and the median of the rounds is reported per edit.
 *
 * Targets (issue 14): ≤ 200 ms per edit for the 200-beneficiary sample, ≤ 1 s for 10,000 beneficiaries; each is
 * judged apart for the edits that only some beneficiaries read (an amount, a rate, a threshold, most readings, a
 * line) and for an edit every beneficiary reads (the validity window's reading A9.7.3: the whole portfolio is
 * evaluated again). The machine's load (`os.loadavg()`) is printed: on the shared 2-core machine a load above 2
 * slows every figure.
 *
 * Run: `npm run bench:workbench` (options: `--sizes 200,10000 --rounds 3`).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePortfolio } from '../scripts/generate-portfolio.js';
import { launchBrowser } from '../test/support/browser.js';
import { median, openWorkbench, timedEdits, writeWorkbench } from '../test/workbench/driver.js';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, rounds: { type: 'string' } }, strict: true });
const sizes = (values.sizes ?? '200,10000').split(',').map(Number);
const rounds = Number(values.rounds ?? 3);
const TARGET: Record<number, number> = { 200: 200, 10000: 1000 };
const root = fileURLToPath(new URL('..', import.meta.url));
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const dir = join(tmpdir(), `zz-workbench-bench-${process.pid}`);
mkdirSync(dir, { recursive: true });

console.log(`workbench bench (headless Chromium from npm), node ${process.version}; machine load (1, 5, 15 min): ${load()}`);
const browser = await launchBrowser();
const verdicts: string[] = [];
try {
  for (const size of sizes) {
    const json = size === 200 ? readFileSync(join(root, 'fixtures', 'portfolio', 'portfolio.json'), 'utf8') : JSON.stringify(generatePortfolio({ size }));
    const file = join(dir, `workbench-${size}.html`);
    const bytes = await writeWorkbench(file, json, size === 200 ? 'portfolio.json' : `generated-${size}.json`);
    const byEdit = new Map<string, { ms: number[]; workerMs: number[]; evaluated: number }>();
    const opens: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const t0 = performance.now();
      const wb = await openWorkbench(browser.browser, pathToFileURL(file).href, undefined, 600_000);
      opens.push(performance.now() - t0);
      for (const e of await timedEdits(wb.page)) {
        const entry = byEdit.get(e.label) ?? { ms: [], workerMs: [], evaluated: e.evaluated };
        entry.ms.push(e.ms);
        entry.workerMs.push(e.workerMs);
        byEdit.set(e.label, entry);
      }
      if (wb.problems.length > 0) throw new Error(`the page reported problems: ${wb.problems.join('; ')}`);
      await wb.page.close();
    }
    const medians = [...byEdit.values()].map((e) => median(e.ms));
    const partial = [...byEdit].filter(([label]) => !label.includes('every beneficiary')).map(([, e]) => median(e.ms));
    const whole = [...byEdit].filter(([label]) => label.includes('every beneficiary')).map(([, e]) => median(e.ms));
    const worst = Math.max(...medians);
    console.log(`\n${size} beneficiaries: page ${(bytes / 1024).toFixed(0)} KB; opened and first figures in ${(median(opens) / 1000).toFixed(1)} s (median of ${rounds}); load ${load()}`);
    console.log('  per edit (median of rounds): page ms | worker ms | evaluated again | edit');
    for (const [label, e] of byEdit) console.log(`  ${median(e.ms).toFixed(0).padStart(7)} | ${median(e.workerMs).toFixed(0).padStart(9)} | ${String(e.evaluated).padStart(15)} | ${label}`);
    console.log(`  median edit ${median(medians).toFixed(0)} ms, slowest edit ${worst.toFixed(0)} ms`);
    const target = TARGET[size];
    if (target !== undefined) {
      const p = Math.max(...partial);
      const w = Math.max(...whole);
      verdicts.push(`≤ ${target} ms per edit at ${size} beneficiaries, edits that some beneficiaries read: slowest ${p.toFixed(0)} ms — ${p <= target ? 'met' : 'NOT met'}`);
      verdicts.push(`≤ ${target} ms per edit at ${size} beneficiaries, an edit every beneficiary reads (all evaluated again): ${w.toFixed(0)} ms — ${w <= target ? 'met' : 'NOT met'}`);
    }
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nTargets (issue 14), machine load at the end ${load()}:\n${verdicts.map((v) => `  ${v}`).join('\n')}`);
