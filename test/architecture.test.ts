/**
 * The layers of src/, as the folders show them, and the rule that imports run one way: down. From the bottom:
 *   core         money, dates, the words of boundaries (以上 / 超过 / 不超过), the package version
 *   policy       the policy as data (ids, the clause contract, parameters, readings, the input model), with its
 *   clauses      23 award lines, one file each, and
 *   constraints  the cross-cutting rules of 一 and 九, in their fixed order
 *   engine       evaluating validated input: lines, history, years, clawback, results, fingerprints
 *   edges        what the outside sees: input checks and their messages, schemas, explanations, the public entries
 *   tools        the batch, the drafting tools, the HTTP service, the command line
 * A file may import from its own layer or any layer below it, never above (type-only imports included), and
 * docs/architecture.md's import graph is the one the code has now.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, LAYERS, layerOf, renderGraph } from '../scripts/import-graph.js';

const SRC = join(import.meta.dirname, '..', 'src');

describe('the layers of src/', () => {
  it('every file of src/ is in a layer', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.filter((f) => layerOf(f) === undefined)).toEqual([]);
    expect(new Set(files.map((f) => layerOf(f)))).toEqual(new Set(LAYERS.map((l) => l.name)));
  });

  it('no import runs up a layer', () => {
    const up = importGraph(SRC).filter((e) => LAYERS.findIndex((l) => l.name === layerOf(e.to)) > LAYERS.findIndex((l) => l.name === layerOf(e.from)));
    expect(up.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('the import graph can tell an upward import (a file that imports a tool from the engine is caught)', () => {
    const edges = importGraph(SRC);
    const fake = { from: 'engine/evaluate.ts', to: 'tools/batch/run.ts' };
    const rank = (f: string) => LAYERS.findIndex((l) => l.name === layerOf(f));
    expect(rank(fake.to)).toBeGreaterThan(rank(fake.from));
    expect(edges.length).toBeGreaterThan(100);
    // Every edge names two files of src/ that exist.
    for (const e of edges) {
      expect(readFileSync(join(SRC, e.from), 'utf8').length).toBeGreaterThan(0);
      expect(normalize(relative(SRC, join(SRC, e.to)))).toBe(e.to);
    }
    void dirname;
  });

  it('docs/architecture.md shows the import graph the code has (npx tsx scripts/import-graph.ts to refresh)', () => {
    const doc = readFileSync(join(SRC, '..', 'docs', 'architecture.md'), 'utf8');
    expect(doc).toContain(renderGraph(importGraph(SRC)));
  });
});
