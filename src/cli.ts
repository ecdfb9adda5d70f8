#!/usr/bin/env node
/**
 * Command line. `demo` evaluates the sample applications in fixtures/ with the default parameters and prints
 * the explained results in Chinese and English.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, explain, PolicyInputError } from './index.js';
import { fenFromYuan, yuanFromFen } from './money.js';

const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));

function demo(): number {
  const file = join(here, '..', 'fixtures', 'sample-applications.json');
  const apps = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  let total = 0;
  for (const app of apps) {
    const result = evaluate(app);
    total += fenFromYuan(result.total);
    process.stdout.write(`${explain(result, 'zh').join('\n')}\n${explain(result, 'en').join('\n')}\n\n`);
  }
  process.stdout.write(`样例合计 / sample total: ${yuanFromFen(total)}\n`);
  return 0;
}

function main(argv: string[]): number {
  const [command] = argv;
  switch (command) {
    case 'demo':
      return demo();
    default:
      process.stderr.write('usage: zz-ai-policy demo\n');
      return 2;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof PolicyInputError) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
