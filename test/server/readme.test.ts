/**
 * README "Calling the engine over HTTP": the request shown is sent to the service, and the answers shown are what
 * it answers (the success answer is shown abridged, so it must be a part of the real one; the error answer is
 * checked in full but for the fingerprint's hashes).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../batch/built.js';
import { call, start, type Running } from './support.js';

const README = readFileSync(`${ROOT}README.md`, 'utf8');

/** The JSON of the fenced block after `<!-- http-example: name -->`. */
function example(name: string): any {
  const marker = `<!-- http-example: ${name} -->\n`;
  const at = README.indexOf(marker);
  expect(at, marker).toBeGreaterThan(0);
  const block = /^```json\n([\s\S]*?)\n```/.exec(README.slice(at + marker.length));
  return JSON.parse(block![1]!);
}

let svc: Running;
beforeAll(async () => {
  svc = await start({ quiet: true });
});
afterAll(async () => {
  await svc.close();
});

describe('README: Calling the engine over HTTP', () => {
  const request = example('request');

  it('the example request gets the answer shown', async () => {
    const answer = await call(svc.base, 'POST', '/v1/evaluate', request);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject(example('response'));
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const shown = /x-policy-fingerprint: zz-airport-ai-policy@[^;]+; parameters=([0-9a-f]+)…; readings=([0-9a-f]+)…/.exec(README)!;
    expect(answer.body.fingerprint.parameters.startsWith(shown[1])).toBe(true);
    expect(answer.body.fingerprint.readings.startsWith(shown[2])).toBe(true);
  });

  it('the bad request gets the error shown, every issue in zh and en', async () => {
    const bad = structuredClone(request);
    bad.input.approvalDate = '2026-02-30';
    bad.input.claims[0].dataServiceRevenue['2025'] = '6,000,000';
    expect(README).toContain('"approvalDate": "2026-02-30"` and `"dataServiceRevenue": { "2025": "6,000,000" }`');
    const answer = await call(svc.base, 'POST', '/v1/evaluate', bad);
    expect(answer.status).toBe(400);
    const shown = example('error');
    expect(answer.body.error).toEqual(shown.error);
    expect(answer.body).toMatchObject(shown);
  });
});
