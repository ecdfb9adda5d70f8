import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from './built.js';

// An engine defect on one record: the engine (evaluateUnknown, the batch's entry) throws a plain Error (not an input error) for beneficiary 91410100-MODEL02.
vi.mock('../../src/edges/api.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/edges/api.js')>();
  return {
    ...real,
    evaluateUnknown: (...args: Parameters<typeof real.evaluateUnknown>) => {
      const id = (args[0] as { beneficiary: { id: string } }).beneficiary.id;
      if (id === '91410100-MODEL02') throw new TypeError('boom');
      const result = real.evaluateUnknown(...args);
      // A result the batch cannot take as it is (an engine defect), and totals past 2^53 fen.
      if (id === '91410100-ROBOT03') return { ...result, total: 'not an amount' };
      if (id === '12410100-INST04' || id === '51410100-ASSOC05') return { ...result, total: '90071992547409.93' };
      return result;
    },
  };
});

const { runBatch } = await import('../../src/tools/batch/run.js');

describe('batch: an internal engine error on one record', () => {
  it('becomes that record\'s error (code internal), the other records are evaluated, and the exit status is 1 (70 is for faults of the machine)', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    let text = '';
    let errText = '';
    out.on('data', (c: Buffer) => (text += c.toString('utf8')));
    err.on('data', (c: Buffer) => (errText += c.toString('utf8')));
    const input = readFileSync(join(ROOT, 'fixtures', 'sample-applications.json'));
    const outcome = await runBatch(
      { from: 'json', to: 'ndjson', input: '-', encoding: 'auto', options: {}, progress: false, summary: true },
      { stdin: Readable.from([input]), stdout: out, stderr: err },
    );
    const recs = text.trimEnd().split('\n').map((l) => JSON.parse(l) as { ok: boolean; errors?: { code: string; message: { en: string } }[] });
    expect(recs.map((r) => r.ok)).toEqual([true, false, false, true, true]);
    expect(recs[2]!.errors).toEqual([
      {
        path: '',
        code: 'internal',
        params: { error: 'RangeError: the total is not a yuan amount: "not an amount"' },
        message: {
          zh: '引擎内部错误（请报告此缺陷）：RangeError: the total is not a yuan amount: "not an amount"',
          en: 'internal engine error (please report this defect): RangeError: the total is not a yuan amount: "not an amount"',
        },
      },
    ]);
    expect(recs[1]!.errors).toEqual([
      {
        path: '',
        code: 'internal',
        params: { error: 'TypeError: boom' },
        message: {
          zh: '引擎内部错误（请报告此缺陷）：TypeError: boom',
          en: 'internal engine error (please report this defect): TypeError: boom',
        },
      },
    ]);
    expect(outcome.status).toBe(1);
    expect(errText).toContain('错误 2 条（其中内部错误 2 条）');
    // Σ is exact in fen whatever the size: 1500000.00 + 2 × 90071992547409.93.
    expect(errText).toContain('total 180143986594819.86 yuan');
  });
});
