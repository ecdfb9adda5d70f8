/**
 * The HTTP service: the library's entry points as JSON endpoints, for systems not written in JavaScript. Built on
 * fastify (README "Calling the engine over HTTP" says why); every answer is JSON, every error bilingual.
 *
 * The engine validates every request body itself, exactly as it validates a library call, so a caller gets the
 * same issue list over HTTP as from `safeEvaluate`; the service only checks the envelope (`input`, `options`,
 * `reform` …) and puts each issue's path inside it (`input.claims[0].totalCost`).
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clawbackUnknown } from '../../edges/api.js';
import { buildReport } from '../drafting/report.js';
import { BASELINE_REFORM, parseReform, reformOptions, validateReform, type Reform } from '../drafting/reform.js';
import { bindText, renderText, type BoundText } from '../drafting/text.js';
import { PolicyInputError, type InputIssue, inputIssue } from '../../edges/input/errors.js';
import { echo, shortName } from '../../edges/input/issues.js';
import { fingerprintOf } from '../../engine/rulesUsed.js';
import { evaluateUnknown } from '../../edges/api.js';
import { evaluateYearsUnknown } from '../../edges/api.js';
import type { Fingerprint } from '../../engine/result.js';
import { resolveOptions, type EvaluateOptions } from '../../edges/input/validate.js';
import { FINGERPRINT_HEADER, OPERATIONS, openApiDocument } from './openapi.js';

/** Settings of the service. Every limit has a default fit for a service on the caller's own network. */
export interface ServiceOptions {
  /** Largest request body in bytes (default 1 MiB: a portfolio of about 350 beneficiaries for `compare`). */
  readonly bodyLimit?: number;
  /** Milliseconds within which a whole request (headers and body) must arrive (default 30 000). */
  readonly requestTimeout?: number;
  /** Milliseconds within which the request headers must arrive (default 10 000, at most `requestTimeout`). */
  readonly headersTimeout?: number;
  /** Milliseconds a connection may stay silent, mid-request or between requests, before it is closed (default 30 000). */
  readonly idleTimeout?: number;
  /** Milliseconds an idle keep-alive connection stays open (default 5 000). */
  readonly keepAliveTimeout?: number;
  /**
   * Where the request log goes, one JSON object per line (default: standard error). `false`: no log at all.
   */
  readonly log?: NodeJS.WritableStream | false;
  /** Log only warnings and errors, not every request. */
  readonly quiet?: boolean;
  /** The canonical policy text (default: `policy/policy.zh.md` of the installed package). */
  readonly policyText?: string;
}

/** The limits in force, as the OpenAPI document states them. */
interface Limits {
  readonly bodyLimit: number;
  readonly requestTimeout: number;
}

/** A bilingual message. */
interface Words {
  readonly zh: string;
  readonly en: string;
}

/** An answer that is not 200: its status, a stable code, a message and (for invalid input) every issue. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly words: Words,
    readonly issues: readonly InputIssue[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(words.en);
  }
}

const issue = inputIssue;

/** Engine issues of a value found at `at` in the request body, with paths made relative to the body. */
function within(at: string, e: PolicyInputError): PolicyInputError {
  return new PolicyInputError(e.issues.map((i) => ({ ...i, path: joinPath(at, i.path) })));
}

function joinPath(at: string, path: string): string {
  if (path === '' || path === '(root)' || path === '(file)') return at;
  if (path.startsWith(`${at}.`) || path.startsWith(`${at}[`) || path === at) return path;
  if (path.startsWith('[')) return `${at}${path}`;
  if (/^line [0-9]+/.test(path)) return `${at} (${path})`;
  return `${at}.${path}`;
}

/** Runs `f`, putting the paths of the engine's issues under `at`. */
function at<T>(path: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PolicyInputError) throw within(path, e);
    throw e;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks a request body's top level: a JSON object with the `required` fields and no others than `optional`.
 * What the fields hold is for the engine to check.
 */
function envelope(body: unknown, required: readonly string[], optional: readonly string[]): Record<string, unknown> {
  if (!isPlainObject(body)) {
    throw new PolicyInputError([issue('(body)', 'invalid', { rule: 'expected', expected: { kind: 'fields', fields: [...required, ...optional] }, received: echo(body) })]);
  }
  const issues: InputIssue[] = [];
  for (const f of required) {
    if (body[f] === undefined) issues.push(issue(f, 'invalid', { rule: 'missing', field: f }));
  }
  for (const k of Object.keys(body)) {
    if (!required.includes(k) && !optional.includes(k)) {
      issues.push(issue(k, 'unknownKey', { key: shortName(k), what: 'field', allowed: [...required, ...optional] }));
    }
  }
  if (issues.length > 0) throw new PolicyInputError(issues);
  return body;
}

/** The fingerprint of a set of options, validating them (issue paths under `path`). */
function fingerprintOfOptions(options: EvaluateOptions | undefined, path: string): Fingerprint {
  const { params, readings } = at(path, () => resolveOptions(options));
  return fingerprintOf(params, readings);
}

/** A reform sent as data (checked as a reform JSON file is) or as the text of a reform file. */
function reformOf(value: unknown, path: string): Reform {
  return at(path, () => {
    if (typeof value !== 'string') return validateReform(value, 'json');
    return parseReform(value, value.trimStart().startsWith('{') ? 'json' : 'yaml');
  });
}

/** `top`: absent, or a whole number from 1 to 9999. */
function topOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9999) return value;
  throw new PolicyInputError([issue('top', 'invalid', { rule: 'expected', expected: { kind: 'format', format: 'top' }, received: echo(value) })]);
}

/** `sensitivity`: absent or a boolean. */
function flagOf(value: unknown, path: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new PolicyInputError([issue(path, 'invalid', { rule: 'expected', expected: { kind: 'format', format: 'boolean' }, received: echo(value) })]);
}

/** `engine@version; parameters=…; readings=…`. */
function headerOf(fp: Fingerprint): string {
  return `${fp.engine}@${fp.version}; parameters=${fp.parameters}; readings=${fp.readings}`;
}

/** Finds `policy/policy.zh.md` above this module (src/server/ from source, dist/ once built). */
function packagedPolicyText(): string {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (let dir = here, i = 0; i < 4; i++, dir = dirname(dir)) {
    const file = join(dir, 'policy', 'policy.zh.md');
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  throw new Error(`policy/policy.zh.md not found above ${here}`);
}

/** What each fastify error means for the caller. */
function fromFastifyError(err: FastifyError, limits: Limits, contentType: string | undefined): HttpError {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'unsupportedMediaType', {
        zh: `不支持的请求体类型“${contentType ?? ''}”：请求体应为 JSON（Content-Type: application/json）`,
        en: `unsupported body type "${contentType ?? ''}": the body must be JSON (Content-Type: application/json)`,
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'bodyTooLarge', {
        zh: `请求体过大：至多 ${limits.bodyLimit} 字节`,
        en: `request body too large: at most ${limits.bodyLimit} bytes`,
      });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError(400, 'malformedJson', { zh: '请求体为空：应为 JSON 对象', en: 'the body is empty: expected a JSON object' });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpError(400, 'badRequest', { zh: '请求体长度与 Content-Length 不符', en: 'the body does not match its Content-Length' });
    default:
      break;
  }
  if (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new HttpError(400, 'malformedJson', { zh: `请求体不是有效的 JSON：${err.message}`, en: `the body is not valid JSON: ${err.message}` });
  }
  const status = err.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new HttpError(status, 'badRequest', { zh: `请求无效：${err.message}`, en: `bad request: ${err.message}` });
  }
  return new HttpError(500, 'internal', { zh: '服务内部错误，已记录；服务仍在运行', en: 'internal error, logged; the service keeps running' });
}

/** The raw-socket answers for requests that never reached a route (timeouts, oversized headers, bad HTTP). */
const CLIENT_ERRORS: Record<string, { status: number; code: string; words: Words }> = {
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408, code: 'timeout',
    words: { zh: '请求未在时限内完整送达', en: 'the request did not arrive in full within the time limit' },
  },
  HPE_HEADER_OVERFLOW: {
    status: 431, code: 'headersTooLarge',
    words: { zh: '请求头过大', en: 'the request headers are too large' },
  },
};

/**
 * Builds the service (not yet listening): `await app.listen({ port, host })` starts it, `app.close()` stops it.
 * `zz-ai-policy serve` calls this; tests call it to serve on port 0.
 */
export async function buildApp(options: ServiceOptions = {}): Promise<FastifyInstance> {
  const limits: Limits = { bodyLimit: options.bodyLimit ?? 1024 * 1024, requestTimeout: options.requestTimeout ?? 30_000 };
  const headersTimeout = Math.min(options.headersTimeout ?? 10_000, limits.requestTimeout);
  const defaults = fingerprintOfOptions(undefined, 'options');
  const fingerprints = new WeakMap<FastifyRequest, Fingerprint>();
  // Read and bound once, at start-up: a missing policy text stops the service from starting, not a request.
  const bound: BoundText = bindText(options.policyText ?? packagedPolicyText());
  const text = (): BoundText => bound;
  const document = openApiDocument(limits);
  // Imported here, not at the top: the bundled command line then loads the server library only for `serve`.
  const { fastify, LogController } = await import('fastify');

  const app = fastify({
    logger: options.log === false ? false : { level: options.quiet ? 'warn' : 'info', stream: options.log ?? process.stderr },
    // One line per request, written by the onResponse hook below, instead of fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: 'x-request-id',
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeout,
    connectionTimeout: options.idleTimeout ?? 30_000,
    keepAliveTimeout: options.keepAliveTimeout ?? 5_000,
    // Node checks request and header deadlines on this interval (30 s by default), so short limits need it shorter.
    http: { headersTimeout, connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 4))) },
    clientErrorHandler(err, socket) {
      const known = CLIENT_ERRORS[(err as NodeJS.ErrnoException).code ?? ''];
      if ((err as NodeJS.ErrnoException).code === 'ECONNRESET' || socket.destroyed) return;
      const { status, code, words } = known ?? { status: 400, code: 'badRequest', words: { zh: '无法解析的 HTTP 请求', en: 'malformed HTTP request' } };
      // fastify calls this bound to the instance.
      (this as unknown as FastifyInstance).log.warn({ status, code, err: (err as Error).message }, 'client error');
      const body = JSON.stringify({ error: { status, code, message: words, issues: [] }, fingerprint: defaults });
      if (socket.writable) {
        socket.write(
          `HTTP/1.1 ${status} ${code}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
            `${FINGERPRINT_HEADER}: ${headerOf(defaults)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
      socket.destroy();
    },
  });

  // JSON only: fastify also reads text/plain by default, which no endpoint takes.
  app.removeContentTypeParser('text/plain');

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header(FINGERPRINT_HEADER, headerOf(fingerprints.get(request) ?? defaults));
    reply.header('x-request-id', request.id);
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    const fp = fingerprints.get(request);
    request.log.info({
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 100) / 100,
      bytesIn: Number(request.headers['content-length'] ?? 0),
      ...(fp ? { parameters: fp.parameters, readings: fp.readings } : {}),
    }, 'request');
  });

  const send = (request: FastifyRequest, reply: FastifyReply, e: HttpError) => {
    for (const [k, v] of Object.entries(e.headers)) reply.header(k, v);
    return reply.code(e.status).type('application/json; charset=utf-8').send({
      error: { status: e.status, code: e.code, message: e.words, issues: e.issues },
      fingerprint: fingerprints.get(request) ?? defaults,
    });
  };

  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof PolicyInputError) {
      return send(request, reply, new HttpError(400, 'invalidInput', {
        zh: `输入无效（${err.issues.length} 处）`,
        en: `invalid input (${err.issues.length} problem${err.issues.length === 1 ? '' : 's'})`,
      }, err.issues));
    }
    const mapped = fromFastifyError(err, limits, request.headers['content-type']);
    if (mapped.status >= 500) request.log.error({ err }, 'internal error');
    return send(request, reply, mapped);
  });

  const allowed = new Map<string, string[]>();
  for (const op of OPERATIONS) {
    const list = allowed.get(op.path) ?? [];
    list.push(op.method, ...(op.method === 'GET' ? ['HEAD'] : []));
    allowed.set(op.path, list);
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    const methods = allowed.get(path);
    if (methods) {
      return send(request, reply, new HttpError(405, 'methodNotAllowed', {
        zh: `${path} 不接受 ${request.method} 方法，应为 ${methods.join(', ')}`,
        en: `${path} does not take ${request.method}; use ${methods.join(', ')}`,
      }, [], { allow: methods.join(', ') }));
    }
    const known = [...allowed.keys()].join(', ');
    return send(request, reply, new HttpError(404, 'notFound', {
      zh: `没有此路径：${path}（可用：${known}）`,
      en: `no such path: ${path} (available: ${known})`,
    }));
  });

  /** A POST endpoint: the envelope checked, the fingerprint recorded before anything is computed. */
  const post = (path: string, fields: { required: readonly string[]; optional: readonly string[] }, run: (body: Record<string, unknown>, request: FastifyRequest) => unknown) => {
    app.post(path, async (request, reply) => {
      const body = envelope(request.body, fields.required, fields.optional);
      const result = run(body, request);
      return reply.type('application/json; charset=utf-8').send(result);
    });
  };

  const engineCall = (f: (input: unknown, options?: EvaluateOptions) => object, withFingerprint: boolean) =>
    (body: Record<string, unknown>, request: FastifyRequest) => {
      // The engine checks the options like input (shape, ids, values); their issues come under `options`.
      const options = body.options as EvaluateOptions | undefined;
      const fp = fingerprintOfOptions(options, 'options');
      fingerprints.set(request, fp);
      const result = at('input', () => f(body.input, options));
      return withFingerprint ? { ...result, fingerprint: fp } : result;
    };

  const inputAndOptions = { required: ['input'], optional: ['options'] };
  post('/v1/evaluate', inputAndOptions, engineCall(evaluateUnknown, false));
  post('/v1/evaluate-years', inputAndOptions, engineCall(evaluateYearsUnknown, true));
  post('/v1/clawback', inputAndOptions, engineCall(clawbackUnknown, true));

  post('/v1/text', { required: ['reform'], optional: ['baseline'] }, (body, request) => {
    const reform = reformOf(body.reform, 'reform');
    const baseline = body.baseline === undefined ? BASELINE_REFORM : reformOf(body.baseline, 'baseline');
    const fp = fingerprintOfOptions(reformOptions(reform), 'reform');
    fingerprints.set(request, fp);
    const rendered = renderText(text(), reform.parameters, baseline.parameters);
    return { reform, ...rendered, fingerprint: fp };
  });

  post('/v1/compare', { required: ['reform', 'portfolio'], optional: ['baseline', 'top', 'sensitivity'] }, (body, request) => {
    const reform = reformOf(body.reform, 'reform');
    const baseline = body.baseline === undefined ? BASELINE_REFORM : reformOf(body.baseline, 'baseline');
    const top = topOf(body.top);
    const sensitivity = flagOf(body.sensitivity, 'sensitivity');
    fingerprints.set(request, fingerprintOfOptions(reformOptions(reform), 'reform'));
    return at('portfolio', () => buildReport({
      policyText: text().source,
      reform,
      baseline,
      portfolio: body.portfolio,
      ...(top === undefined ? {} : { top }),
      ...(sensitivity === undefined ? {} : { sensitivity }),
    }));
  });

  app.get('/health', async () => ({ status: 'ok', engine: defaults.engine, version: defaults.version, fingerprint: defaults }));
  app.get('/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(document));

  return app;
}
