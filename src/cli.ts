#!/usr/bin/env node
/**
 * Command line: `zz-ai-policy <command> [options]`. Each command lives in src/cli/<command>.ts and returns its
 * exit status. Commands are loaded when called, so `demo` does not load the CSV and YAML readers nor `serve` the
 * batch code, and only `serve` loads the server library.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyInputError } from './errors.js';

const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
/** The package root (dist/ sits directly below it). */
const packageRoot = join(here, '..');

const USAGE = `usage: zz-ai-policy <command>
commands:
  demo      evaluate the sample applications in fixtures/ and print the explained results (zh, en)
  batch     evaluate many applications from JSON, NDJSON or CSV; one output record per input record
            (zz-ai-policy batch --help)
  compare   the impact of a reform file on a portfolio: changed sentences, money by year and clause, who gains or
            loses, sensitivity to the register's readings; --format md|json|html (zz-ai-policy compare --help)
  serve     the engine as an HTTP service with JSON endpoints and an OpenAPI document, for systems not written in
            JavaScript; --port 8080 --host 127.0.0.1 (zz-ai-policy serve --help)
`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'demo':
      return (await import('./cli/demo.js')).demo(packageRoot, process.stdout);
    case 'batch':
      return (await import('./cli/batch.js')).batch(argv.slice(1), process);
    case 'compare':
      return (await import('./cli/compare.js')).compareCommand(argv.slice(1), packageRoot, process);
    case 'serve':
      return (await import('./cli/serve.js')).serve(argv.slice(1), process);
    default:
      process.stderr.write(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(e instanceof PolicyInputError ? `${e.message}\n` : `${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = e instanceof PolicyInputError ? 1 : 70;
  },
);
