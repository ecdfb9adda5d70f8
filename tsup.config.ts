import { defineConfig } from 'tsup';

/**
 * The package's entries: the engine (the root), the drafting tools, the batch and the HTTP service as subpaths,
 * and the command line. Each entry is one self-contained file (no shared chunks: with them, zod's full API and its
 * 60 locales, which only the tools need, rode along with the engine), so the root carries only the engine, and a
 * bundler that imports `evaluate` gets the engine alone. An entry's copy of the engine gives the same results as
 * any other's; PolicyInputError is recognised across copies (`instanceof` checks a brand, errors.ts).
 */
const entry = { index: 'src/index.ts', drafting: 'src/tools/drafting/index.ts', batch: 'src/tools/batch/index.ts', server: 'src/tools/server/index.ts' };

export default defineConfig({
  entry: { ...entry, cli: 'src/tools/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry, compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  splitting: false,
  treeshake: false,
  removeNodeProtocol: false,
  // zod and date-fns are bundled into the chunks that use them: loading a package's many module files costs more than
  // its code (importing zod/mini alone took 118 ms here), and a caller of the engine needs only a small part of them.
  noExternal: ['zod', 'date-fns', '@date-fns/utc'],
});
