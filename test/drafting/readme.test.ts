/**
 * The README's worked example for drafters is executed: its reform file is the fixture, and its command prints
 * exactly the output shown. When the engine's results change, this test fails and prints what the README must say.
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareCommand } from '../../src/tools/cli/compare.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The drafters' section of the README: from its heading to the next level-2 heading outside a code block. */
function section(): string {
  const lines = readme.split('\n');
  const start = lines.indexOf('## For policy drafters');
  expect(start, 'README has a "## For policy drafters" section').toBeGreaterThan(0);
  let fence: string | null = null;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const f = /^(`{3,})/.exec(lines[i]!);
    if (f && (fence === null || f[1] === fence)) fence = fence === null ? f[1]! : null;
    else if (fence === null && lines[i]!.startsWith('## ')) {
      end = i;
      break;
    }
  }
  return lines.slice(start, end).join('\n');
}

/** The fenced block following a `<!-- drafting-example: name -->` marker. */
function block(name: string): string {
  const text = section();
  const marker = `<!-- drafting-example: ${name} -->\n`;
  const at = text.indexOf(marker);
  expect(at, `marker ${name}`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(at + marker.length);
  const fence = /^(`{3,})[a-z]*\n/.exec(rest);
  expect(fence, `a fenced block after the ${name} marker`).not.toBeNull();
  const body = rest.slice(fence![0].length);
  const end = body.indexOf(`\n${fence![1]}\n`);
  expect(end).toBeGreaterThanOrEqual(0);
  return `${body.slice(0, end)}\n`;
}

function capture(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('README: the worked example for drafters', () => {
  it('shows the reform file as it is in fixtures/reforms', () => {
    expect(block('reform')).toBe(readFileSync(new URL('../../fixtures/reforms/raise-02-2-cap-soft-09-3.yaml', import.meta.url), 'utf8'));
  });

  it('the command prints exactly the output shown', () => {
    const command = block('command').trim();
    const [npx, bin, name, ...args] = command.split(/\s+/);
    expect([npx, bin, name]).toEqual(['npx', 'zz-ai-policy', 'compare']);
    const out = capture();
    const err = capture();
    const status = compareCommand(args, root, { stdout: out.stream, stderr: err.stream }, root);
    expect(err.text()).toBe('');
    expect(status).toBe(0);
    const actual = out.text();
    if (actual !== block('output')) {
      // What the README must show now (paste it between the output fences).
      console.error(`README output is stale; the command now prints:\n${actual}`);
    }
    expect(actual).toBe(block('output'));
  });

  it('the output shows the changed sentence and the soft annual cap at work', () => {
    const output = block('output');
    expect(output).toContain('给予每个企业每年最高**200万元**的奖励。');
    expect(output).toMatch(/\| 核减后支付 \/ reduced \| 全额支付 \/ paid \| \d+ \|/);
    expect(output).toMatch(/\| A9\.3\.1 九\(三\) “原则上不超过”年度区级综合贡献额，是硬性上限吗？ \/ Is "in principle not above" the annual district contribution a hard cap\? \| 仅为指导，超出时提示 \/ guidance only: a warning, no cut \| 硬性上限，例外须记录批准 \/ [^|]+ \| [\d,.]+ \| -[\d,.]+ \|/);
    // The impact split by change: the raised cap and the soft annual cap on their own, and what is left over.
    expect(output).toMatch(/\| 参数 \/ parameter art02_2\.cap \| 二\(二\) 每个企业每年上限 \/ Cap per enterprise per year \| 100万元 → 200万元 \| \+[\d,.]+ \| \d+ \/ 0 \|/);
    expect(output).toMatch(/\| 交互作用 \/ Interaction \(together − sum\) \|  \|  \| -?[\d,.]+ \|  \|/);
  });
});
