/**
 * The HTTP service over real HTTP on 127.0.0.1 (port 0): every endpoint gives what the library gives, bad input
 * gets every issue in zh and en, the protocol errors get their status (400, 404, 405, 413, 415), every answer
 * carries the fingerprint, matches the OpenAPI document and is logged as one JSON line.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildReport } from '../../src/tools/drafting/report.js';
import { parseReform, validateReform } from '../../src/tools/drafting/reform.js';
import { bindText, renderText } from '../../src/tools/drafting/text.js';
import { safeEvaluate } from '../../src/edges/api.js';

import type { Fingerprint } from '../../src/engine/result.js';
import { openApiDocument } from '../../src/tools/server/index.js';
import { ROOT } from '../batch/built.js';
import { componentValidators } from './openapi.js';
import { call, start, type Answer, type Running } from './support.js';
import { clawback, evaluate, evaluateYears } from '../helpers.js';

const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');
const samples = JSON.parse(read('fixtures/sample-applications.json')) as Record<string, unknown>[];
const portfolio = JSON.parse(read('fixtures/portfolio/portfolio.json')) as Record<string, unknown>[];
const policyText = read('policy/policy.zh.md');
const reformYaml = read('fixtures/reforms/raise-02-2-cap-soft-09-3.yaml');
/** What a value looks like once it has been through JSON. */
const wire = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const header = (fp: Fingerprint) => `${fp.engine}@${fp.version}; parameters=${fp.parameters}; readings=${fp.readings}`;

const validators = componentValidators(openApiDocument({ bodyLimit: 1024 * 1024, requestTimeout: 30_000 }));
function conforms(component: string, body: unknown): void {
  const v = validators.get(component)!;
  expect(v(body), `${component}: ${JSON.stringify(v.errors?.slice(0, 3))}`).toBe(true);
}

let svc: Running;
beforeAll(async () => {
  svc = await start({}, (app) => {
    app.get('/test/boom', () => {
      throw new Error('a bug');
    });
    app.get('/test/teapot', () => {
      throw Object.assign(new Error('no coffee'), { statusCode: 418 });
    });
  });
});
afterAll(async () => {
  await svc.close();
});

const post = <T = any>(path: string, body: unknown, headers?: Record<string, string>): Promise<Answer<T>> => call<T>(svc.base, 'POST', path, body, headers);

describe('POST /v1/evaluate', () => {
  it('gives each sample application the library\'s result, with its fingerprint in the header', async () => {
    for (const app of samples) {
      conforms('EvaluateRequest', { input: app });
      const answer = await post('/v1/evaluate', { input: app });
      const expected = evaluate(app);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(wire(expected));
      expect(answer.headers.get('x-policy-fingerprint')).toBe(header(expected.fingerprint));
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      conforms('EvaluationResult', answer.body);
    }
  });

  it('applies the options of the request: readings and parameters as the library takes them', async () => {
    const options = { readings: { 'A9.3.1': 'b' }, parameters: { 'art02_2.cap': '2000000.00' } };
    for (const app of samples) {
      const answer = await post('/v1/evaluate', { input: app, options });
      const expected = evaluate(app, options);
      expect(answer.body).toEqual(wire(expected));
      expect(answer.headers.get('x-policy-fingerprint')).toBe(header(expected.fingerprint));
      expect(expected.fingerprint).not.toEqual(evaluate(app).fingerprint);
    }
  });

  it('answers 400 with every issue the engine finds, in zh and en, paths inside the body', async () => {
    const bad = { ...samples[0], approvalDate: '2026-02-30', awardYear: 'soon', extra: 1 };
    const answer = await post('/v1/evaluate', { input: bad });
    const engine = safeEvaluate(bad);
    expect(engine.ok).toBe(false);
    if (engine.ok) return;
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalidInput');
    expect(answer.body.error.issues).toEqual(engine.error.issues.map((i) => ({ ...i, path: i.path ? `input.${i.path}` : 'input' })));
    expect(answer.body.error.issues.length).toBeGreaterThanOrEqual(3);
    for (const i of answer.body.error.issues) expect(i.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(answer.body.error.message.en).toBe(`invalid input (${engine.error.issues.length} problems)`);
    expect(answer.body.fingerprint).toEqual(evaluate(samples[0]).fingerprint);
    conforms('ErrorResponse', answer.body);
  });

  it('names an input that is not an object at the path "input"', async () => {
    const answer = await post('/v1/evaluate', { input: 7 });
    expect(answer.status).toBe(400);
    expect(answer.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['input']);
    expect(answer.body.error.message.en).toBe('invalid input (1 problem)');
  });

  it('refuses options the engine would ignore or cannot read', async () => {
    const cases: [unknown, string[]][] = [
      ['fast', ['options']],
      [{ paramters: {} }, ['options.paramters']],
      [{ parameters: 'cap=2000000', readings: [] }, ['options.parameters', 'options.readings']],
      [{ readings: { 'A9.3.2': 'z', 'A0.0.0': 'a' } }, ['options.readings.A9.3.2', 'options.readings.A0.0.0']],
      [{ parameters: { 'art02_2.cap': '150万' } }, ['options.parameters.art02_2.cap']],
    ];
    for (const [options, paths] of cases) {
      const answer = await post('/v1/evaluate', { input: samples[0], options });
      expect(answer.status).toBe(400);
      expect(answer.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([...paths].sort());
      conforms('ErrorResponse', answer.body);
    }
  });

  it('checks the envelope: a JSON object with "input" and, optionally, "options"', async () => {
    const cases: [unknown, string[]][] = [
      [[samples[0]], ['(body)']],
      ['"text"', ['(body)']],
      [{}, ['input']],
      [{ application: samples[0] }, ['input', 'application']],
      [{ input: samples[0], option: {} }, ['option']],
    ];
    for (const [body, paths] of cases) {
      const answer = await post('/v1/evaluate', body);
      expect(answer.status).toBe(400);
      expect(answer.body.error.issues.map((i: { path: string }) => i.path)).toEqual(paths);
      for (const i of answer.body.error.issues) expect(i.message.en.length).toBeGreaterThan(10);
    }
  });
});

describe('POST /v1/evaluate-years and /v1/clawback', () => {
  const multi = portfolio[0]!;

  it('evaluate-years gives evaluateYears\' result and its fingerprint', async () => {
    conforms('EvaluateYearsRequest', { input: multi });
    const answer = await post('/v1/evaluate-years', { input: multi, options: { readings: { 'A9.3.2': 'a' } } });
    const expected = evaluateYears(multi, { readings: { 'A9.3.2': 'a' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(wire({ ...expected, fingerprint: expected.years[0]!.fingerprint }));
    expect(answer.headers.get('x-policy-fingerprint')).toBe(header(expected.years[0]!.fingerprint));
    conforms('EvaluateYearsResponse', answer.body);
  });

  it('evaluate-years puts the issues of a year under input.years[i]', async () => {
    const years = (multi.years as Record<string, unknown>[]).map((y, i) => (i === 1 ? { ...y, approvalDate: '2020-01-01' } : y));
    const answer = await post('/v1/evaluate-years', { input: { ...multi, years } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.issues.every((i: { path: string }) => i.path.startsWith('input.years[1].'))).toBe(true);
  });

  it('clawback gives clawback\'s result under both readings of A9.5.1', async () => {
    const history = evaluateYears(multi).history;
    const input = { beneficiaryId: 'SYN-0001', history, finding: { confirmedOn: '2028-12-31', scope: ['art02_2'] } };
    conforms('ClawbackRequest', { input });
    for (const reading of ['a', 'b']) {
      const options = { readings: { 'A9.5.1': reading } };
      const answer = await post('/v1/clawback', { input, options });
      const expected = clawback(input, options);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(wire({ ...expected, fingerprint: evaluate(samples[0], options).fingerprint }));
      conforms('ClawbackResponse', answer.body);
    }
    const bad = await post('/v1/clawback', { input: { ...input, finding: { confirmedOn: '2028-13-01', scope: 'some' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['input.finding.confirmedOn', 'input.finding.scope']);
  });
});

describe('POST /v1/text', () => {
  const bound = bindText(policyText);

  it('renders the text under a reform given as data, listing the changed sentences', async () => {
    const data = { id: 'raise-cap', parameters: { 'art02_2.cap': '2000000' } };
    conforms('TextRequest', { reform: data });
    const answer = await post('/v1/text', { reform: data });
    const reform = validateReform(data, 'json');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(wire({ reform, ...renderText(bound, reform.parameters), fingerprint: evaluate(samples[0], { parameters: reform.parameters }).fingerprint }));
    expect(answer.body.changes.map((c: { new: string }) => c.new).join('')).toContain('200万元');
    conforms('TextResponse', answer.body);
  });

  it('takes a reform file\'s text (YAML or JSON) and a baseline', async () => {
    const reform = parseReform(reformYaml, 'yaml');
    const baseline = { parameters: { 'art02_2.cap': '1500000' } };
    const answer = await post('/v1/text', { reform: reformYaml, baseline: JSON.stringify(baseline) });
    expect(answer.status).toBe(200);
    expect(answer.body.changes).toEqual(wire(renderText(bound, reform.parameters, baseline.parameters).changes));
    expect(answer.body.changes[0].old).toContain('150万元');
    expect(answer.body.reform).toEqual(wire(reform));
  });

  it('refuses a bad reform with every issue under "reform" or "baseline"', async () => {
    const answer = await post('/v1/text', { reform: { parameters: { 'art02_2.cap': '200万元', 'art02_2.caq': '1' } }, baseline: 'a: [' });
    expect(answer.status).toBe(400);
    const paths = answer.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(['reform.parameters.art02_2.cap', 'reform.parameters.art02_2.caq']);
    const yaml = await post('/v1/text', { reform: 'parameters: [' });
    expect(yaml.body.error.issues[0].path).toMatch(/^reform \(line [0-9]+, column [0-9]+\)$/);
    const number = await post('/v1/text', { reform: { parameters: { 'art02_2.cap': 2000000 } } });
    expect(number.body.error.issues[0].path).toBe('reform.parameters.art02_2.cap');
  });
});

describe('POST /v1/compare', () => {
  const some = portfolio.slice(0, 25);

  it('gives buildReport\'s report with the reform\'s and the baseline\'s fingerprints', async () => {
    conforms('CompareRequest', { reform: reformYaml, portfolio: some, top: 5 });
    const answer = await post('/v1/compare', { reform: reformYaml, portfolio: some, top: 5 });
    const reform = parseReform(reformYaml, 'yaml');
    const expected = buildReport({ policyText, reform, portfolio: some, top: 5 });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(wire({
      ...expected,
      fingerprint: evaluate(samples[0], { parameters: reform.parameters, readings: reform.readings }).fingerprint,
      baselineFingerprint: evaluate(samples[0]).fingerprint,
    }));
    expect(answer.body.sensitivity.rows.length).toBeGreaterThan(5);
    conforms('CompareResponse', answer.body);
  });

  it('compares two reforms, without the sensitivity view when asked', async () => {
    const baseline = { id: 'base', readings: { 'A9.3.1': 'b' } };
    const answer = await post('/v1/compare', { reform: reformYaml, baseline, portfolio: some, sensitivity: false });
    const expected = buildReport({ policyText, reform: parseReform(reformYaml, 'yaml'), baseline: validateReform(baseline, 'json'), portfolio: some, sensitivity: false });
    expect(answer.body.comparison).toEqual(wire(expected.comparison));
    expect(answer.body.sensitivity).toBeNull();
    expect(answer.body.baselineFingerprint).toEqual(evaluate(samples[0], { readings: { 'A9.3.1': 'b' } }).fingerprint);
    conforms('CompareResponse', answer.body);
  });

  it('refuses a bad portfolio, top or sensitivity with their paths', async () => {
    const broken = [some[0], { ...some[1], beneficiary: { ...(some[1]!.beneficiary as object), legalForm: 'guild' } }];
    const answer = await post('/v1/compare', { reform: reformYaml, portfolio: broken });
    expect(answer.status).toBe(400);
    expect(answer.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['portfolio[1].beneficiary.legalForm']);
    expect((await post('/v1/compare', { reform: reformYaml, portfolio: {} })).body.error.issues[0].path).toBe('portfolio');
    expect((await post('/v1/compare', { reform: reformYaml, portfolio: some, top: 0 })).body.error.issues[0].path).toBe('top');
    expect((await post('/v1/compare', { reform: reformYaml, portfolio: some, sensitivity: 'yes' })).body.error.issues[0].path).toBe('sensitivity');
    expect((await post('/v1/compare', { reform: reformYaml, portfolio: some, baseline: { readings: { 'A9.3.1': 'c' } } })).body.error.issues[0].path).toBe('baseline.readings.A9.3.1');
  });
});

describe('GET /health and /openapi.json', () => {
  it('health names the engine and the default fingerprint', async () => {
    const answer = await call(svc.base, 'GET', '/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'ok', engine: 'zz-airport-ai-policy', version: evaluate(samples[0]).fingerprint.version, fingerprint: evaluate(samples[0]).fingerprint });
    conforms('HealthResponse', answer.body);
    const head = await fetch(`${svc.base}/health`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('serves the OpenAPI document with the limits in force', async () => {
    const answer = await call(svc.base, 'GET', '/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(openApiDocument({ bodyLimit: 1024 * 1024, requestTimeout: 30_000 }));
    expect(answer.headers.get('x-policy-fingerprint')).toBe(header(evaluate(samples[0]).fingerprint));
  });
});

describe('protocol errors', () => {
  it('400 for a body that is not JSON, or empty', async () => {
    for (const body of ['{"input": ', '{input: 1}', '\u0000']) {
      const answer = await post('/v1/evaluate', body);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('malformedJson');
      conforms('ErrorResponse', answer.body);
    }
    const empty = await fetch(`${svc.base}/v1/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe('malformedJson');
    const none = await fetch(`${svc.base}/v1/evaluate`, { method: 'POST' });
    expect(none.status).toBe(400);
    expect(((await none.json()) as { error: { issues: { path: string }[] } }).error.issues[0]!.path).toBe('(body)');
  });

  it('400 for a body that tries to poison prototypes', async () => {
    const answer = await post('/v1/evaluate', '{"input": {"__proto__": {"admin": true}}}');
    expect(answer.status).toBe(400);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('415 for a body that is not application/json', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const answer = await post('/v1/evaluate', JSON.stringify({ input: samples[0] }), { 'content-type': type });
      expect(answer.status).toBe(415);
      expect(answer.body.error.code).toBe('unsupportedMediaType');
      expect(answer.body.error.message.zh).toContain(type);
      conforms('ErrorResponse', answer.body);
    }
    const charset = await post('/v1/evaluate', { input: samples[0] }, { 'content-type': 'application/json; charset=utf-8' });
    expect(charset.status).toBe(200);
  });

  it('413 for a body over the limit, whether its length is announced or not', async () => {
    const big = JSON.stringify({ input: samples[0], padding: 'x'.repeat(1024 * 1024) });
    const announced = await post('/v1/evaluate', big);
    expect(announced.status).toBe(413);
    expect(announced.body.error.message.en).toBe('request body too large: at most 1048576 bytes');
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(32 * 1024)));
        controller.close();
      },
    });
    const streamed = await fetch(`${svc.base}/v1/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('404 for an unknown path, listing the paths there are', async () => {
    for (const path of ['/v1/evaluat', '/', '/v2/evaluate?x=1']) {
      const answer = await call(svc.base, 'GET', path);
      expect(answer.status).toBe(404);
      expect(answer.body.error.message.en).toContain('/v1/evaluate');
      conforms('ErrorResponse', answer.body);
    }
  });

  it('405 with Allow for a path that exists under another method', async () => {
    const cases: [string, string, string][] = [['GET', '/v1/evaluate', 'POST'], ['PUT', '/v1/compare', 'POST'], ['POST', '/health', 'GET, HEAD'], ['DELETE', '/openapi.json', 'GET, HEAD']];
    for (const [method, path, allow] of cases) {
      const answer = await call(svc.base, method, path, method === 'POST' ? {} : undefined);
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe(allow);
      expect(answer.body.error.code).toBe('methodNotAllowed');
    }
  });

  it('500 for an internal error, logged with its stack; the service keeps answering', async () => {
    const answer = await call(svc.base, 'GET', '/test/boom');
    expect(answer.status).toBe(500);
    expect(answer.body.error).toEqual({ status: 500, code: 'internal', message: { zh: '服务内部错误，已记录；服务仍在运行', en: 'internal error, logged; the service keeps running' }, issues: [] });
    expect(svc.logs.some((l) => l.msg === 'internal error' && String((l.err as { stack?: string }).stack).includes('a bug'))).toBe(true);
    const teapot = await call(svc.base, 'GET', '/test/teapot');
    expect(teapot.status).toBe(418);
    expect(teapot.body.error.message.en).toBe('bad request: no coffee');
    expect((await call(svc.base, 'GET', '/health')).status).toBe(200);
  });
});

describe('many requests at once', () => {
  it('answers 60 concurrent requests, each with its own input\'s result and fingerprint', async () => {
    const jobs = Array.from({ length: 60 }, (_, i) => {
      const app = samples[i % samples.length]!;
      const options = i % 3 === 0 ? undefined : { parameters: { 'art02_2.cap': String(1_000_000 + (i % 4) * 250_000) } };
      return { app, options, bad: i % 7 === 0 };
    });
    const answers = await Promise.all(jobs.map((j) =>
      post('/v1/evaluate', { input: j.bad ? { ...j.app, awardYear: 1999 } : j.app, ...(j.options ? { options: j.options } : {}) })));
    answers.forEach((answer, i) => {
      const j = jobs[i]!;
      if (j.bad) {
        expect(answer.status).toBe(400);
      } else {
        const expected = evaluate(j.app, j.options);
        expect(answer.body).toEqual(wire(expected));
        expect(answer.headers.get('x-policy-fingerprint')).toBe(header(expected.fingerprint));
      }
    });
  });
});

describe('the request log', () => {
  it('writes one JSON line per request: method, url, status, time, request id and the hashes used', async () => {
    const before = svc.logs.length;
    const answer = await post('/v1/evaluate', { input: samples[1] }, { 'x-request-id': 'caller-42' });
    expect(answer.headers.get('x-request-id')).toBe('caller-42');
    await new Promise((r) => setTimeout(r, 20));
    const lines = svc.logs.slice(before).filter((l) => l.msg === 'request');
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatchObject({ level: 30, reqId: 'caller-42', method: 'POST', url: '/v1/evaluate', status: 200, parameters: answer.body.fingerprint.parameters, readings: answer.body.fingerprint.readings });
    expect(typeof line.ms).toBe('number');
    expect(line.bytesIn).toBe(Buffer.byteLength(JSON.stringify({ input: samples[1] })));
  });

  it('logs no line per request when quiet', async () => {
    const quiet = await start({ quiet: true });
    try {
      expect((await call(quiet.base, 'GET', '/health')).status).toBe(200);
      expect((await call(quiet.base, 'GET', '/nowhere')).status).toBe(404);
      await new Promise((r) => setTimeout(r, 20));
      expect(quiet.logs.filter((l) => l.msg === 'request')).toEqual([]);
    } finally {
      await quiet.close();
    }
  });
});
