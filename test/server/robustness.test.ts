/**
 * The service under clients that misbehave: slow or stalled senders (the request and header deadlines close them
 * with 408 while other callers are served), HTTP that does not parse, and random bodies thrown at every endpoint
 * (a property test: never a 500, always an error body that matches the OpenAPI document, and the service still up).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openApiDocument } from '../../src/tools/server/index.js';
import { ROOT } from '../batch/built.js';
import { componentValidators } from './openapi.js';
import { call, raw, start, type Running } from './support.js';
import { evaluate } from '../helpers.js';

const samples = JSON.parse(readFileSync(`${ROOT}fixtures/sample-applications.json`, 'utf8')) as Record<string, unknown>[];
const body = JSON.stringify({ input: samples[0] });
const request = (length: number) => `POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`;

describe('slow and stalled clients', () => {
  // Short deadlines so the test takes seconds (whole request 3 s, headers 1 s), with room for a busy machine.
  let svc: Running;
  beforeAll(async () => {
    svc = await start({ requestTimeout: 3000, headersTimeout: 1000, idleTimeout: 10_000 });
  });
  afterAll(async () => {
    await svc.close();
  });

  it('answers a body sent slowly, in pieces, within the deadline', async () => {
    const pieces = Array.from({ length: 5 }, (_, i) => body.slice((i * body.length) / 5, ((i + 1) * body.length) / 5));
    const answer = await raw(svc.port, [request(Buffer.byteLength(body)), ...pieces], [0, 100, 100, 100, 100, 100], 4000);
    expect(answer.text.startsWith('HTTP/1.1 200')).toBe(true);
    expect(answer.text).toContain(`"total":"${evaluate(samples[0]).total}"`);
  }, 10_000);

  it('closes with 408 a client that stalls in its headers, and one that stalls in its body, serving others meanwhile', async () => {
    const stalledHeaders = raw(svc.port, ['POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: appl'], [0], 9000);
    const stalledBody = raw(svc.port, [request(Buffer.byteLength(body)), body.slice(0, 100)], [0, 0], 9000);
    await new Promise((r) => setTimeout(r, 200));
    const meanwhile = await call(svc.base, 'POST', '/v1/evaluate', { input: samples[1] });
    expect(meanwhile.status).toBe(200);
    for (const stalled of await Promise.all([stalledHeaders, stalledBody])) {
      expect(stalled.closed).toBe(true);
      expect(stalled.text.startsWith('HTTP/1.1 408')).toBe(true);
      const json = JSON.parse(stalled.text.slice(stalled.text.indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: { zh: string } } };
      expect(json.error.code).toBe('timeout');
      expect(json.error.message.zh).toBe('请求未在时限内完整送达');
    }
    expect((await call(svc.base, 'GET', '/health')).status).toBe(200);
    expect(svc.logs.filter((l) => l.msg === 'client error' && l.status === 408).length).toBeGreaterThanOrEqual(2);
  }, 20_000);

  it('answers 400 to HTTP that does not parse and closes the connection', async () => {
    const answer = await raw(svc.port, ['POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\nhello'], [0], 3000);
    expect(answer.closed).toBe(true);
    expect(answer.text.startsWith('HTTP/1.1 400')).toBe(true);
    expect(answer.text).toContain('"code":"badRequest"');
    expect(answer.text).toContain('x-policy-fingerprint: zz-airport-ai-policy@');
  });

  it('answers 431 to headers larger than Node accepts', async () => {
    const answer = await raw(svc.port, [`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'y'.repeat(20_000)}\r\n\r\n`], [0], 3000);
    expect(answer.text.startsWith('HTTP/1.1 431')).toBe(true);
  });
});

describe('random bodies never crash the service', () => {
  let svc: Running;
  const validators = componentValidators(openApiDocument({ bodyLimit: 1024 * 1024, requestTimeout: 30_000 }));
  const isError = validators.get('ErrorResponse')!;
  const paths = ['/v1/evaluate', '/v1/evaluate-years', '/v1/clawback', '/v1/text', '/v1/compare'] as const;
  beforeAll(async () => {
    svc = await start({ quiet: true });
  });
  afterAll(async () => {
    await svc.close();
  });

  /** Sends `text` to `path`; the answer must be 200 or a 4xx error body that the OpenAPI document describes. */
  async function survives(path: string, text: string): Promise<void> {
    const res = await fetch(`${svc.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
    const answer = (await res.json()) as unknown;
    expect(res.status === 200 || (res.status >= 400 && res.status < 500), `${res.status} for ${text.slice(0, 200)}`).toBe(true);
    if (res.status !== 200) expect(isError(answer), JSON.stringify(isError.errors)).toBe(true);
  }

  // Each run sends five requests; fewer runs than the suite's default keep the test to a few seconds.
  const runs = { numRuns: 60 };

  it('any JSON value as the body', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue(), async (value) => {
      for (const path of paths) await survives(path, JSON.stringify(value));
    }), runs);
  }, 60_000);

  it('any JSON in the fields', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue(), fc.option(fc.jsonValue(), { nil: undefined }), fc.jsonValue(), async (input, options, portfolio) => {
      await survives('/v1/evaluate', JSON.stringify({ input, options }));
      await survives('/v1/evaluate-years', JSON.stringify({ input, options }));
      await survives('/v1/clawback', JSON.stringify({ input, options }));
      await survives('/v1/text', JSON.stringify({ reform: input, baseline: options }));
      await survives('/v1/compare', JSON.stringify({ reform: options ?? {}, portfolio }));
    }), runs);
  }, 60_000);

  const leaves = ['awardYear', 'approvalDate', 'beneficiary', 'claims', 'history', 'projects'];
  it('a sample application with one field replaced by any JSON', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...leaves), fc.jsonValue(), fc.nat(samples.length - 1), async (key, value, i) => {
      const app = { ...samples[i]!, [key]: value };
      await survives('/v1/evaluate', JSON.stringify({ input: app }));
      await survives('/v1/evaluate-years', JSON.stringify({ input: { beneficiary: app.beneficiary, years: [{ ...app, beneficiary: undefined }] } }));
    }), runs);
  }, 60_000);

  it('any text as a JSON body', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
      for (const path of paths) await survives(path, text);
    }), runs);
  }, 60_000);

  it('is still up and answering correctly afterwards', async () => {
    const answer = await call(svc.base, 'POST', '/v1/evaluate', { input: samples[0] });
    expect(answer.body.total).toBe(evaluate(samples[0]).total);
  });
});
