#!/usr/bin/env node
/**
 * Command line: `zz-ai-policy <command> [options]`. Each command lives in src/tools/cli/<command>.ts and returns its
 * exit status. Commands are loaded when called, so `demo` does not load the CSV and YAML readers nor `serve` the
 * batch code, and only `serve` loads the server library.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unknownCommand, unknownOption } from './suggest.js';
import { PolicyInputError } from '../../edges/input/errors.js';
import { VERSION } from '../../core/version.js';

const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
/** The package root: the nearest directory above this file with a package.json (dist/cli.js, or the source). */
const packageRoot = ((dir: string): string => {
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})(here);

const USAGE = `usage: zz-ai-policy <command> [options]
       zz-ai-policy help [command] · zz-ai-policy --version
commands:
  demo      evaluate the sample applications in fixtures/ and print the explained results (zh, en)
  batch     evaluate many applications from JSON, NDJSON or CSV; one output record per input record
            (zz-ai-policy batch --help)
  compare   the impact of a reform file on a portfolio: changed sentences, money by year and clause, who gains or
            loses, sensitivity to the register's readings; --format md|json|html (zz-ai-policy compare --help)
  text      the whole policy text as it reads under a reform file (Markdown); --mark shows the changed words
            (zz-ai-policy text --help)
  reform-from-text  read a drafter's edited text (Markdown or plain): the changed numbers and boundary words as a
            reform file (YAML), every other edit listed as not modelled (zz-ai-policy reform-from-text --help)
  workbench one self-contained HTML page where drafters edit the text and watch the money move;
            --portfolio FILE (JSON, or beneficiaries.csv,claims.csv) --out workbench.html (zz-ai-policy workbench --help)
  serve     the engine as an HTTP service with JSON endpoints and an OpenAPI document, for systems not written in
            JavaScript; --port 8080 --host 127.0.0.1 (zz-ai-policy serve --help)
`;

const COMMANDS = ['demo', 'batch', 'compare', 'text', 'reform-from-text', 'workbench', 'serve', 'help'] as const;

/**
 * A signal that SIGINT and SIGTERM abort (with the signal's name as the reason) while a command runs, so that a
 * batch can remove its temporary files and say how far it got instead of dying mid-write.
 */
function interruptSignal(): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = (): void => controller.abort(name);
    process.on(name, handler);
    return () => process.off(name, handler);
  });
  return { signal: controller.signal, release: () => handlers.forEach((off) => off()) };
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'demo':
      return (await import('./demo.js')).demo(packageRoot, process.stdout);
    case 'batch': {
      const { batch } = await import('./batch.js');
      const interrupt = interruptSignal();
      try {
        return await batch(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, signal: interrupt.signal });
      } finally {
        interrupt.release();
      }
    }
    case 'compare':
      return (await import('./compare.js')).compareCommand(rest, packageRoot, process);
    case 'text':
      return (await import('./text.js')).textCommand(rest, packageRoot, process);
    case 'reform-from-text':
      return (await import('./reformFromText.js')).reformFromTextCommand(rest, packageRoot, process);
    case 'workbench':
      return (await import('./workbench.js')).workbenchCommand(rest, packageRoot, process);
    case 'serve':
      return (await import('./serve.js')).serve(rest, process);
    case 'help':
    case '--help':
    case '-h':
      if (rest[0] === 'batch' || rest[0] === 'compare' || rest[0] === 'text' || rest[0] === 'reform-from-text' || rest[0] === 'workbench' || rest[0] === 'serve') return main([rest[0], '--help']);
      process.stdout.write(USAGE);
      return 0;
    case '--version':
    case '-v':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case undefined:
      process.stderr.write(USAGE);
      return 2;
    default:
      process.stderr.write(
        command.startsWith('-') ? unknownOption(command, ['--help', '--version'], 'zz-ai-policy --help') : unknownCommand(command, COMMANDS),
      );
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
