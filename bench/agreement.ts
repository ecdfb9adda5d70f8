/**
 * Agreement to the fen between the engine and the other implementations of the five-line workload (the two
 * floors, the two peers): every claim's net and the total. Used by bench/bench.ts on the results its timed passes
 * kept, and by test/bench/agreement.test.ts.
 */
import type { EvaluationResult } from '../src/index.js';
import { fenFromYuan } from '../src/core/money.js';

type Json = Record<string, any>;

/** Net fen of every claim of an application (in the input's claim order) and the total. */
export interface Nets {
  readonly lines: readonly number[];
  readonly total: number;
}

/** The engine's nets for `app`, read from its result (claims without a line count as `NaN`, never agreeing). */
export function engineNets(app: Json, result: EvaluationResult): Nets {
  const net = new Map(result.lines.map((l) => [l.claimId, fenFromYuan(l.net)]));
  return { lines: (app.claims as Json[]).map((c) => net.get(c.id) ?? NaN), total: fenFromYuan(result.total) };
}

/** True when both give the same net for every claim and the same total. */
export function sameNets(a: Nets, b: Nets): boolean {
  return a.total === b.total && a.lines.length === b.lines.length && a.lines.every((v, k) => v === b.lines[k]);
}

/** How many applications agree, and the first that does not (the application and both answers, as JSON). */
export interface Agreement {
  readonly agree: number;
  readonly of: number;
  readonly first: string | null;
}

/** Compares `actual[i]` with `expected[i]` for every application. */
export function agreement(apps: readonly Json[], expected: readonly Nets[], actual: readonly Nets[]): Agreement {
  let agree = 0;
  let first: string | null = null;
  for (let i = 0; i < apps.length; i++) {
    if (actual[i] !== undefined && sameNets(expected[i]!, actual[i]!)) agree++;
    else first ??= JSON.stringify({ application: apps[i], engine: expected[i], other: actual[i] ?? null });
  }
  return { agree, of: apps.length, first };
}
