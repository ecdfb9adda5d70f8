/**
 * `zz-ai-policy serve` from the built package: it prints where it listens, answers, logs JSON lines on standard
 * error, stops with status 0 on SIGTERM; a bad option gives status 2, a port in use status 3.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate.js';
import { built, ROOT, type Built } from '../batch/built.js';

let pkg: Built;
beforeAll(async () => {
  pkg = await built();
}, 120_000);

const samples = JSON.parse(readFileSync(`${ROOT}fixtures/sample-applications.json`, 'utf8')) as unknown[];

interface Exit {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function serve(args: string[]): { child: ChildProcessWithoutNullStreams; out: { stdout: string; stderr: string }; exit: Promise<Exit> } {
  const child = spawn(process.execPath, [pkg.cli, 'serve', ...args], { env: { PATH: process.env.PATH ?? '' } });
  const out = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out.stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (out.stderr += s));
  const exit = new Promise<Exit>((resolve) => child.on('close', (status) => resolve({ status, ...out })));
  return { child, out, exit };
}

async function address(out: { stdout: string }): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const m = /listening on (http:\/\/[^ ]+) /.exec(out.stdout);
    if (m) return m[1]!;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no address in ${out.stdout}`);
}

describe('zz-ai-policy serve', () => {
  it('serves on the port given, logs JSON lines and stops on SIGTERM with status 0', async () => {
    const { child, out, exit } = serve(['--port', '0', '--host', '127.0.0.1']);
    const base = await address(out);
    const health = (await (await fetch(`${base}/health`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    const res = await fetch(`${base}/v1/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: samples[0] }) });
    expect(((await res.json()) as { total: string }).total).toBe(evaluate(samples[0]).total);
    const text = await fetch(`${base}/v1/text`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reform: { parameters: { 'art02_2.cap': '2000000' } } }) });
    expect(text.status).toBe(200);
    child.kill('SIGTERM');
    const done = await exit;
    expect(done.status).toBe(0);
    const lines = done.stderr.trim().split('\n').map((l) => JSON.parse(l) as { msg: string; url?: string; status?: number });
    expect(lines.filter((l) => l.msg === 'request').map((l) => [l.url, l.status])).toEqual([['/health', 200], ['/v1/evaluate', 200], ['/v1/text', 200]]);
  }, 30_000);

  it('logs no request line with --quiet', async () => {
    const { child, out, exit } = serve(['--port', '0', '--quiet']);
    const base = await address(out);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    child.kill('SIGINT');
    const done = await exit;
    expect(done.status).toBe(0);
    expect(done.stderr).toBe('');
  }, 30_000);

  it('exits 2 on a bad option, with the usage', async () => {
    for (const args of [['--port', '70000'], ['--request-timeout', 'soon'], ['--prot', '80'], ['extra']]) {
      const done = await serve(args).exit;
      expect(done.status, args.join(' ')).toBe(2);
      expect(done.stderr).toContain('usage: zz-ai-policy serve');
    }
    const help = await serve(['--help']).exit;
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--body-limit');
  }, 30_000);

  it('exits 3 when the port is taken', async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const { port } = holder.address() as { port: number };
    try {
      const done = await serve(['--port', String(port)]).exit;
      expect(done.status).toBe(3);
      expect(done.stderr).toContain(`cannot listen on 127.0.0.1:${port}`);
    } finally {
      holder.close();
    }
  }, 30_000);
});
