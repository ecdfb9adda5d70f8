/**
 * Benchmark of `compare` over synthetic portfolios (three award years each, built by scripts/generate-portfolio.ts
 * with a fixed seed), the drafters' case of issue 13: the page recomputes on every keystroke, so the portfolio is
 * prepared (parsed and checked) once and each new reform is compared against the same baseline. Prints, per size:
 * the parse; the first compare (it runs the baseline over every beneficiary, which later compares reuse); then for
 * each reform the warm compares (the reform's scenario, the beneficiaries it affects under both scenarios, and the
 * diff), wall and CPU time; and, for reference, a full compare that evaluates every beneficiary under both
 * scenarios (`incremental: false`). Budgets (issue 13): a warm compare within 300 ms per 10,000 beneficiaries
 * (10,000 ≤ 300 ms, 100,000 ≤ 3 s).
 *
 * Run: `npm run bench:compare` (options: `--sizes 10000,100000 --runs 5 --sensitivity`).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { generatePortfolio } from '../scripts/generate-portfolio.js';
import { compare, compareScenarios, sensitivityOf } from '../src/tools/drafting/compare.js';
import { preparePortfolio } from '../src/tools/drafting/portfolio.js';
import { BASELINE_REFORM, validateReform, type Reform } from '../src/tools/drafting/reform.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string' }, size: { type: 'string' }, runs: { type: 'string' }, sensitivity: { type: 'boolean' } },
  strict: true,
});
const sizes = (values.sizes ?? values.size ?? '10000,100000').split(',').map(Number);
const runs = Number(values.runs ?? 5);
/** The budget of a warm compare, per beneficiary: 300 ms per 10,000. */
const BUDGET_MS_PER_BENEFICIARY = 0.03;

/** The reforms measured: the README's worked example, a threshold made inclusive, a line switched off. */
const REFORMS: readonly Reform[] = [
  validateReform({ id: 'raise-02-2-cap-soft-09-3', parameters: { 'art02_2.cap': '2000000.00' }, readings: { 'A9.3.1': 'b' } }),
  validateReform({ id: 'inclusive-08-2-threshold', parameters: { 'art08_2.revenueComparison': 'atLeast' } }),
  validateReform({ id: 'drop-04-3', disabledLines: ['art04_3'] }),
  validateReform({ id: 'budget-0.9', parameters: { 'art09_3.budgetScale': '0.9' } }),
];

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const ms = (n: number): string => `${n.toFixed(0).padStart(6)} ms`;

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const timed = <T>(f: () => T): { value: T; wall: number; cpu: number } => {
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  const value = f();
  return { value, wall: performance.now() - wall0, cpu: cpuMs() - cpu0 };
};
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

let over = false;
for (const size of sizes) {
  const raw = generatePortfolio({ seed: 20260101, size });
  const yearsTotal = raw.reduce((n, b) => n + (b.years as unknown[]).length, 0);
  const budget = BUDGET_MS_PER_BENEFICIARY * size;
  process.stdout.write(`compare over a synthetic portfolio: ${size} beneficiaries, ${yearsTotal} award years (node ${process.version}; load ${load()})\n`);
  const parsed = timed(() => preparePortfolio(raw));
  const prepared = parsed.value;
  process.stdout.write(`parse (preparePortfolio, once)            wall ${ms(parsed.wall)}  cpu ${ms(parsed.cpu)}\n`);
  const first = timed(() => compareScenarios(BASELINE_REFORM, REFORMS[0]!, prepared));
  process.stdout.write(`first compare (runs the baseline)         wall ${ms(first.wall)}  cpu ${ms(first.cpu)}\n`);
  let worstWarm = 0;
  for (const reform of REFORMS) {
    const walls: number[] = [];
    const cpus: number[] = [];
    let line = '';
    for (let run = 0; run < runs; run++) {
      const t = timed(() => compareScenarios(BASELINE_REFORM, reform, prepared).comparison);
      walls.push(t.wall);
      cpus.push(t.cpu);
      line = `Δ ${t.value.total.delta.padStart(17)} yuan  better/worse ${t.value.counts.betterOff}/${t.value.counts.worseOff}`;
    }
    const med = median(walls);
    worstWarm = Math.max(worstWarm, med);
    process.stdout.write(`${reform.id.padEnd(26)} warm ×${runs}: median wall ${ms(med)} (best ${ms(Math.min(...walls))}), median cpu ${ms(median(cpus))}  ${line}\n`);
  }
  // The same comparison without reusing anything, for reference (every beneficiary, both scenarios).
  const full = timed(() => compare(BASELINE_REFORM, REFORMS[0]!, prepared, { incremental: false }));
  process.stdout.write(`full evaluation of both scenarios (incremental: false): wall ${ms(full.wall)}  cpu ${ms(full.cpu)} (parse excluded)\n`);
  if (values.sensitivity) {
    const { summary } = compareScenarios(BASELINE_REFORM, REFORMS[0]!, prepared);
    const t = timed(() => sensitivityOf(summary));
    process.stdout.write(`sensitivity view (${t.value.rows.length} reading switches) over ${size}: ${ms(t.wall)}\n`);
  }
  const within = worstWarm <= budget;
  over ||= !within;
  process.stdout.write(`slowest warm median at ${size}: ${ms(worstWarm)} — ${within ? 'within' : 'OVER'} the ${budget.toFixed(0)} ms budget (load ${load()})\n\n`);
}
process.exitCode = over ? 1 : 0;
