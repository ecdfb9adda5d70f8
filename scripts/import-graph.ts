/**
 * The import graph of src/, by layer and folder (test/architecture.test.ts keeps imports pointing down and
 * docs/architecture.md's picture current). `npx tsx scripts/import-graph.ts` prints the picture (Mermaid), the
 * lines of code per layer and the number of names the package root exports.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The layers, bottom first; a file belongs to the first whose folder (or file) starts its path. */
export const LAYERS = [
  { name: 'core', paths: ['core/'], what: 'money, dates, boundary words, version' },
  { name: 'policy', paths: ['policy/', 'clauses/', 'constraints/'], what: 'the policy: facts, 23 clauses, cross-cutting rules' },
  { name: 'engine', paths: ['engine/'], what: 'evaluation of validated input' },
  { name: 'edges', paths: ['edges/'], what: 'input checks and messages, schemas, explanations, public entries' },
  { name: 'tools', paths: ['tools/'], what: 'batch, drafting, HTTP service, command line' },
  { name: 'root', paths: ['index.ts'], what: 'the package root' },
] as const;

export type LayerName = (typeof LAYERS)[number]['name'];

/** The layer of a file given by its path under src/. */
export function layerOf(path: string): LayerName | undefined {
  return LAYERS.find((l) => l.paths.some((p) => path === p || path.startsWith(p)))?.name;
}

/** One import: both files by their path under src/. */
export interface Edge {
  readonly from: string;
  readonly to: string;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

/** Every relative import between files of src/ (static, dynamic, type-only and re-exports), sorted. */
export function importGraph(src: string): Edge[] {
  const edges: Edge[] = [];
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(join(src, file), 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      const to = normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts');
      if (!relative(src, join(src, to)).startsWith('..')) edges.push({ from: file, to });
    }
  }
  return edges.sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1));
}

/** The folder a file is shown in: its first two levels under src/ (edges/input, tools/batch), or its layer's first. */
function nodeOf(path: string): string {
  const parts = path.split('/');
  if (parts.length === 1) return parts[0]!.replace(/\.ts$/, '');
  if ((parts[0] === 'edges' || parts[0] === 'tools') && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0]!;
}

/** The graph between folders as a Mermaid flowchart, one subgraph per layer, bottom layer last. */
export function renderGraph(edges: readonly Edge[]): string {
  const nodes = new Set<string>();
  const links = new Map<string, number>();
  for (const e of edges) {
    const a = nodeOf(e.from);
    const b = nodeOf(e.to);
    nodes.add(a).add(b);
    if (a !== b) links.set(`${a}|${b}`, (links.get(`${a}|${b}`) ?? 0) + 1);
  }
  const id = (n: string) => n.replace(/[/.]/g, '_');
  const out = ['```mermaid', 'flowchart TB'];
  for (const layer of [...LAYERS].reverse()) {
    const inLayer = [...nodes].filter((n) => layerOf(n === 'index' ? 'index.ts' : `${n}/`) === layer.name).sort();
    if (inLayer.length === 0) continue;
    out.push(`  subgraph ${layer.name}["${layer.name}: ${layer.what}"]`);
    for (const n of inLayer) out.push(`    ${id(n)}["${n}"]`);
    out.push('  end');
  }
  for (const [k, count] of [...links].sort()) {
    const [a, b] = k.split('|') as [string, string];
    out.push(`  ${id(a)} -->|${count}| ${id(b)}`);
  }
  out.push('```');
  return out.join('\n');
}

/** Lines of the .ts files of each layer. */
export function linesPerLayer(src: string): Record<LayerName, number> {
  const out = Object.fromEntries(LAYERS.map((l) => [l.name, 0])) as Record<LayerName, number>;
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    out[layerOf(file)!] += readFileSync(join(src, file), 'utf8').split('\n').length - 1;
  }
  return out;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const graph = renderGraph(importGraph(src));
  if (process.argv.includes('--write')) {
    // Refresh the picture in docs/architecture.md (its only Mermaid block).
    const doc = fileURLToPath(new URL('../docs/architecture.md', import.meta.url));
    const text = readFileSync(doc, 'utf8');
    const start = text.indexOf('```mermaid');
    const end = text.indexOf('```', start + 10) + 3;
    writeFileSync(doc, text.slice(0, start) + graph.trimEnd() + text.slice(end));
  }
  console.log(graph);
  console.log('\nlines per layer:', JSON.stringify(linesPerLayer(src)));
  const root = await import(pathToFileURL(join(src, 'index.ts')).href);
  console.log('names exported by the package root (values):', Object.keys(root).length);
}
