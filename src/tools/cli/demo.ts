/** `demo`: evaluates the sample applications in fixtures/ and prints the explained results in zh and en. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateUnknown } from '../../edges/api.js';
import { explain } from '../../edges/explain/index.js';
import { fenFromYuan, yuanFromFen, ZERO_FEN, addFen, type Fen } from '../../core/money.js';

/** Runs the demo; returns the exit status. */
export function demo(packageRoot: string, out: NodeJS.WritableStream): number {
  const apps = JSON.parse(readFileSync(join(packageRoot, 'fixtures', 'sample-applications.json'), 'utf8')) as unknown[];
  let total: Fen = ZERO_FEN;
  for (const app of apps) {
    const result = evaluateUnknown(app, undefined);
    total = addFen(total, fenFromYuan(result.total));
    out.write(`${explain(result, 'zh').join('\n')}\n${explain(result, 'en').join('\n')}\n\n`);
  }
  out.write(`样例合计 / sample total: ${yuanFromFen(total)}\n`);
  return 0;
}
