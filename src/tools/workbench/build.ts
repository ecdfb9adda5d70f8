/**
 * Bundles the workbench's script for the browser with esbuild (a development dependency: the command line loads
 * it only when it writes a page): src/tools/workbench/main.ts with the engine, the drafting tools and their
 * libraries, minified, as one IIFE. Node's modules that the CSV reader imports for its streaming API (`stream`,
 * `events`), which the page never calls, are replaced by stubs that throw if ever called, and csv-parse is taken
 * from its browser build.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

/** The stubs of Node modules in the browser bundle. */
const NODE_STUBS: Readonly<Record<string, string>> = {
  stream: 'export class Transform { constructor() { throw new Error("node:stream is not available in the workbench page"); } } export default { Transform };',
  events: 'export function once() { throw new Error("node:events is not available in the workbench page"); } export default { once };',
};

/** The workbench cannot be bundled here (no sources, or no esbuild); the message is zh and en. */
export class WorkbenchBuildError extends Error {
  readonly text: { readonly zh: string; readonly en: string };
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = 'WorkbenchBuildError';
    this.text = { zh, en };
  }
}

/** Where the workbench's sources are (beside this file when run from source; under src/ of the project otherwise). */
function entryPoint(packageRoot: string): string {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  const beside = join(here, 'main.ts');
  if (existsSync(beside)) return beside;
  const inProject = join(packageRoot, 'src', 'tools', 'workbench', 'main.ts');
  if (existsSync(inProject)) return inProject;
  throw new WorkbenchBuildError(
    `找不到工作台源文件 ${inProject}：工作台页面须在项目的源代码目录中生成（npm run workbench）`,
    `the workbench's sources are not at ${inProject}: the page is written from a checkout of the project (npm run workbench)`,
  );
}

/**
 * The bundled script of the page and its worker.
 * @throws {@link WorkbenchBuildError} when the sources or esbuild (a development dependency) are not there.
 */
export async function bundleWorkbench(packageRoot: string): Promise<string> {
  const entry = entryPoint(packageRoot);
  let esbuild: typeof import('esbuild');
  try {
    // A name in a variable: the command line's own bundle (tsup) must not take esbuild and its binary in.
    const name = 'esbuild';
    esbuild = (await import(name)) as typeof import('esbuild');
  } catch {
    throw new WorkbenchBuildError('生成工作台需要 esbuild（开发依赖）：请在项目目录中执行 npm install',
      'writing the workbench needs esbuild (a development dependency): run npm install in the project');
  }
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    absWorkingDir: packageRoot,
    logLevel: 'silent',
    plugins: [{
      name: 'node-stubs',
      setup(build) {
        build.onResolve({ filter: /^(node:)?(stream|events)$/ }, (args) => ({ path: args.path.replace(/^node:/, ''), namespace: 'node-stub' }));
        build.onLoad({ filter: /.*/, namespace: 'node-stub' }, (args) => ({ contents: NODE_STUBS[args.path]!, loader: 'js' }));
        // csv-parse's browser builds carry their own Buffer; its Node build expects Node's global Buffer.
        build.onResolve({ filter: /^csv-parse(\/sync)?$/ }, (args) => ({
          path: join(packageRoot, 'node_modules', 'csv-parse', 'dist', 'esm', args.path.endsWith('/sync') ? 'sync.js' : 'index.js'),
        }));
      },
    }],
  });
  return result.outputFiles[0]!.text;
}
