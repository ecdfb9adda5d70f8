import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateMany } from '../../src/tools/batch/index.js';
import { PolicyInputError, VERSION } from '../../src/index.js';
import { ROOT } from './built.js';
import { evaluate } from '../helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const samples = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-applications.json'), 'utf8')) as unknown[];

describe('receipts: every result names what produced it', () => {
  it('src/core/version.ts VERSION equals the package.json version', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('each result carries the engine name, the version and 64-hex hashes of the parameters and readings in force', () => {
    const fp = evaluate(samples[0]).fingerprint;
    expect(fp).toEqual({ engine: pkg.name, version: pkg.version, parameters: expect.stringMatching(/^[0-9a-f]{64}$/), readings: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('the hashes change with the parameters or readings and with nothing else', () => {
    const base = evaluate(samples[0]).fingerprint;
    expect(evaluate(samples[1]).fingerprint).toEqual(base);
    const p = evaluate(samples[0], { parameters: { 'art02_1.ratio': '0.5' } }).fingerprint;
    expect(p.parameters).not.toBe(base.parameters);
    expect(p.readings).toBe(base.readings);
    const r = evaluate(samples[0], { readings: { 'A9.3.2': 'a' } }).fingerprint;
    expect(r.readings).not.toBe(base.readings);
    expect(r.parameters).toBe(base.parameters);
  });
});

describe('evaluateMany: the batch as a library call', () => {
  it('gives one record per input, in order, results equal to evaluate() and errors for bad input', () => {
    const recs = [...evaluateMany([samples[0], { beneficiary: { id: 'X' } }, samples[1]])];
    expect(recs.map((r) => [r.record, r.ok, r.beneficiaryId])).toEqual([[1, true, '91410100-DATA01'], [2, false, 'X'], [3, true, '91410100-MODEL02']]);
    expect(recs[0]!.ok && recs[0]!.result).toEqual(evaluate(samples[0]));
    expect(!recs[1]!.ok && recs[1]!.errors.map((e) => e.path)).toContain('beneficiary.legalForm');
  });

  it('throws at the call, before any record, when the options are invalid', () => {
    expect(() => evaluateMany(samples, { readings: { 'A9.3.2': 'z' } } as never)).toThrow(PolicyInputError);
  });

  it('is lazy: it evaluates a record only when asked', () => {
    let pulled = 0;
    function* inputs() {
      for (const s of samples) {
        pulled += 1;
        yield s;
      }
    }
    const it = evaluateMany(inputs());
    expect(pulled).toBe(0);
    it.next();
    expect(pulled).toBe(1);
  });
});
