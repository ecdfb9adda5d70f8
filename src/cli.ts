#!/usr/bin/env node
/**
 * Command line: `zz-ai-policy <command> [options]`. Each command lives in src/cli/<command>.ts and returns its
 * exit status.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { batch } from './cli/batch.js';
import { compareCommand } from './cli/compare.js';
import { demo } from './cli/demo.js';
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
`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'demo':
      return demo(packageRoot, process.stdout);
    case 'batch':
      return batch(argv.slice(1), process);
    case 'compare':
      return compareCommand(argv.slice(1), packageRoot, process);
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
