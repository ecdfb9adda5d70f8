/**
 * A private build of the package for tests that run the command line: built once per source state (keyed by a
 * hash of src/, package.json and tsup.config.ts) into node_modules/.cache, laid out as an installed package
 * (package.json, dist/, schemas/, policy/, fixtures/sample-applications.json). Building privately keeps these tests
 * independent of the shared dist/ that other work in the tree may be rebuilding at the same time.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'zz-ai-policy-test');

/** A built package: its root, the CLI entry (ESM) and the library entries. */
export interface Built {
  readonly root: string;
  readonly cli: string;
  readonly esm: string;
  readonly cjs: string;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const files = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'schemas')), ...filesUnder(join(ROOT, 'policy')), join(ROOT, 'package.json'), join(ROOT, 'tsup.config.ts')].sort();
  for (const f of files) hash.update(relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function layout(root: string): Built {
  return { root, cli: join(root, 'dist', 'cli.js'), esm: join(root, 'dist', 'index.js'), cjs: join(root, 'dist', 'index.cjs') };
}

let pending: Promise<Built> | undefined;

/** Builds the package (once per source state) and returns where it is. */
export function built(): Promise<Built> {
  pending ??= build();
  return pending;
}

async function build(): Promise<Built> {
  const key = sourceHash();
  const dir = join(CACHE, key);
  if (existsSync(join(dir, 'dist', 'cli.js'))) return layout(dir);
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const { build: tsup } = await import('tsup');
  await tsup({
    config: false,
    entry: { index: join(ROOT, 'src/index.ts'), cli: join(ROOT, 'src/tools/cli/main.ts') },
    format: ['esm', 'cjs'],
    outDir: join(tmp, 'dist'),
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
    removeNodeProtocol: false,
    silent: true,
  });
  writeFileSync(join(tmp, 'package.json'), readFileSync(join(ROOT, 'package.json')));
  cpSync(join(ROOT, 'schemas'), join(tmp, 'schemas'), { recursive: true });
  cpSync(join(ROOT, 'policy'), join(tmp, 'policy'), { recursive: true });
  mkdirSync(join(tmp, 'fixtures'));
  cpSync(join(ROOT, 'fixtures', 'sample-applications.json'), join(tmp, 'fixtures', 'sample-applications.json'));
  try {
    renameSync(tmp, dir);
  } catch {
    // Another test worker finished the same build first.
    rmSync(tmp, { recursive: true, force: true });
  }
  prune(key);
  return layout(dir);
}

/** Keeps the cache small: removes builds of older source states (all but the newest three). */
function prune(keep: string): void {
  const dirs = readdirSync(CACHE)
    .filter((d) => d !== keep && !d.includes('.tmp-') && !d.startsWith('readme'))
    .map((d) => ({ d, t: statSync(join(CACHE, d)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { d } of dirs.slice(2)) rmSync(join(CACHE, d), { recursive: true, force: true });
}
