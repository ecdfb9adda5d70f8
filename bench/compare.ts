/**
 * Benchmark of `compare` over a synthetic portfolio of 10,000 beneficiaries (three award years each, built by
 * scripts/generate-portfolio.ts with a fixed seed). Prints wall and CPU time of each phase for a cold first run
 * and for warm runs, and checks the budget: a warm compare (parse + both scenarios + the diff) under 2 s.
 *
 * Run: `npm run bench:compare` (options: `--size 10000 --runs 5 --sensitivity`).
 */
import { parseArgs } from 'node:util';
import { generatePortfolio } from '../scripts/generate-portfolio.js';
import { compare, compareScenarios, sensitivityOf } from '../src/tools/drafting/compare.js';
import { preparePortfolio } from '../src/tools/drafting/portfolio.js';
import { BASELINE_REFORM, validateReform, type Reform } from '../src/tools/drafting/reform.js';

const { values } = parseArgs({
  options: { size: { type: 'string' }, runs: { type: 'string' }, sensitivity: { type: 'boolean' } },
  strict: true,
});
const size = Number(values.size ?? 10_000);
const runs = Number(values.runs ?? 5);
const BUDGET_MS = 2000;

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

const raw = generatePortfolio({ seed: 20260101, size });
const yearsTotal = raw.reduce((n, b) => n + (b.years as unknown[]).length, 0);
process.stdout.write(`compare over a synthetic portfolio: ${size} beneficiaries, ${yearsTotal} award years (node ${process.version})\n`);
process.stdout.write(`budget: a warm compare (parse + baseline + reform + diff) under ${BUDGET_MS} ms\n\n`);

let worstWarm = 0;
for (const reform of REFORMS) {
  const walls: number[] = [];
  for (let run = 0; run < runs; run++) {
    const wall0 = performance.now();
    const cpu0 = cpuMs();
    const prepared = preparePortfolio(raw);
    const parsedAt = performance.now();
    const { comparison } = compareScenarios(BASELINE_REFORM, reform, prepared);
    const wall = performance.now() - wall0;
    const cpu = cpuMs() - cpu0;
    walls.push(wall);
    process.stdout.write(
      `${reform.id.padEnd(26)} run ${run + 1}${run === 0 ? ' (cold)' : '       '}  wall ${ms(wall)}  cpu ${ms(cpu)}  ` +
        `parse ${ms(parsedAt - wall0)}  Δ ${comparison.total.delta.padStart(17)} yuan  ` +
        `better/worse ${comparison.counts.betterOff}/${comparison.counts.worseOff}\n`,
    );
  }
  const warm = walls.slice(1);
  const best = Math.min(...warm);
  const median = [...warm].sort((a, b) => a - b)[Math.floor(warm.length / 2)]!;
  worstWarm = Math.max(worstWarm, median);
  process.stdout.write(`${reform.id.padEnd(26)} warm: best ${ms(best)}, median ${ms(median)}\n\n`);
}

// The same comparison without reusing unaffected results, for reference (every beneficiary, both scenarios).
{
  const prepared = preparePortfolio(raw);
  compare(BASELINE_REFORM, REFORMS[0]!, prepared, { incremental: false });
  const t0 = performance.now();
  compare(BASELINE_REFORM, REFORMS[0]!, prepared, { incremental: false });
  process.stdout.write(`full evaluation of both scenarios (incremental: false), warm: ${ms(performance.now() - t0)} (parse excluded)\n`);
}

if (values.sensitivity) {
  const prepared = preparePortfolio(raw);
  const { summary } = compareScenarios(BASELINE_REFORM, REFORMS[0]!, prepared);
  const t0 = performance.now();
  const s = sensitivityOf(summary);
  process.stdout.write(`sensitivity view (${s.rows.length} reading switches) over ${size}: ${ms(performance.now() - t0)}\n`);
}

process.stdout.write(`\nslowest warm median: ${ms(worstWarm)} — ${worstWarm < BUDGET_MS ? 'within' : 'OVER'} the ${BUDGET_MS} ms budget\n`);
process.exitCode = worstWarm < BUDGET_MS ? 0 : 1;
