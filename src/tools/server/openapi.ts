/**
 * The service's OpenAPI 3.1 document, generated from the zod schemas that the package validates and documents
 * with (the same that give `schemas/*.schema.json`): request bodies from the input schemas, answers from the
 * result schemas. OpenAPI 3.1 schemas are JSON Schema 2020-12, so they are zod's output as it is.
 *
 * @module
 */
import { z } from 'zod';
import { jsonSchemasOf, type JsonSchemaNode } from '../batch/jsonSchema.js';
import { ClawbackInput } from '../../engine/clawback.js';
import { ReformFile } from '../../edges/schemas/options.js';
import { MultiYearInput } from '../../engine/years.js';
import { EvaluateOptionsSchema, ParametersFile, ReadingsFile } from '../../edges/schemas/options.js';
import { EvaluationResultSchema, FingerprintSchema } from '../../edges/schemas/result.js';
import { Application } from '../../policy/input.js';
import { VERSION } from '../../core/version.js';
import {
  ClawbackRequest, ClawbackResponse, CompareRequest, CompareResponse, ErrorResponse, EvaluateRequest, EvaluateYearsRequest,
  EvaluateYearsResponse, HealthResponse, TextRequest, TextResponse,
} from './schemas.js';

/** The header every answer carries: the engine, its version and the hashes of the parameters and readings used. */
export const FINGERPRINT_HEADER = 'x-policy-fingerprint';

/** One operation of the service. */
export interface Operation {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  /** Component name of the request body (POST only). */
  readonly request?: string;
  /** Component name of the 200 answer; absent when the answer is not described by a schema of ours. */
  readonly response?: string;
}

/**
 * One operation: `method path`, its id, the component names of its request body and of its 200 answer (as far as it
 * has them), and its words.
 */
function operation(
  method: Operation['method'], path: string, operationId: string, components: Pick<Operation, 'request' | 'response'>,
  summary: string, description: string,
): Operation {
  return { method, path, operationId, ...components, summary, description };
}

/** The service's operations, in the order the document lists them. */
export const OPERATIONS: readonly Operation[] = [
  operation('POST', '/v1/evaluate', 'evaluate', { request: 'EvaluateRequest', response: 'EvaluationResult' },
    'Evaluate one application (one beneficiary, one award year)',
    'As the library\'s `evaluate(input, options)`: every award line with its conditions, cuts, reasons and notes, the total, and the fingerprint.'),
  operation('POST', '/v1/evaluate-years', 'evaluateYears', { request: 'EvaluateYearsRequest', response: 'EvaluateYearsResponse' },
    'Evaluate several award years of one beneficiary in sequence',
    'As `evaluateYears(input, options)`: each year\'s payments become history for the next year.'),
  operation('POST', '/v1/clawback', 'clawback', { request: 'ClawbackRequest', response: 'ClawbackResponse' },
    'Refund due after a confirmed 九(五) finding',
    'As `clawback(input, options)`: the refund line by line (reading A9.5.1 decides whether all lines or only the covered clauses are refunded).'),
  operation('POST', '/v1/text', 'renderText', { request: 'TextRequest', response: 'TextResponse' },
    'The policy text rendered under a reform',
    'As `renderText(bindText(policy text), reform.parameters, baseline.parameters)`: the whole text with the reform\'s numbers written the way the document writes them, and the sentences that changed.'),
  operation('POST', '/v1/compare', 'compare', { request: 'CompareRequest', response: 'CompareResponse' },
    'The impact of a reform on a portfolio',
    'As `buildReport`: changed sentences, money by year and clause, who gains or loses, binding constraints, largest changes and the sensitivity view. Evaluates every beneficiary under both scenarios (and, with the sensitivity view, under each consequential reading): the heaviest request.'),
  operation('GET', '/health', 'health', { response: 'HealthResponse' },
    'Whether the service is up, and which engine answers',
    'The engine, its version and the fingerprint of the default parameters and readings.'),
  operation('GET', '/openapi.json', 'openapi', {},
    'This document',
    'The OpenAPI 3.1 description of the service.'),
];

const ref = (name: string): string => `#/components/schemas/${name}`;

/** The input-side schemas, by component name (JSON Schema of what a caller may send). */
function inputRegistry(): z.core.$ZodRegistry<{ id: string }> {
  const r = z.registry<{ id: string }>();
  r.add(Application, { id: 'Application' });
  r.add(MultiYearInput, { id: 'MultiYearInput' });
  r.add(ClawbackInput, { id: 'ClawbackInput' });
  r.add(ParametersFile, { id: 'Parameters' });
  r.add(ReadingsFile, { id: 'Readings' });
  r.add(EvaluateOptionsSchema, { id: 'EvaluateOptions' });
  r.add(ReformFile, { id: 'Reform' });
  r.add(EvaluateRequest, { id: 'EvaluateRequest' });
  r.add(EvaluateYearsRequest, { id: 'EvaluateYearsRequest' });
  r.add(ClawbackRequest, { id: 'ClawbackRequest' });
  r.add(TextRequest, { id: 'TextRequest' });
  r.add(CompareRequest, { id: 'CompareRequest' });
  return r;
}

/** The answer-side schemas, by component name (JSON Schema of what the service returns). */
function outputRegistry(): z.core.$ZodRegistry<{ id: string }> {
  const r = z.registry<{ id: string }>();
  r.add(FingerprintSchema, { id: 'Fingerprint' });
  r.add(EvaluationResultSchema, { id: 'EvaluationResult' });
  r.add(EvaluateYearsResponse, { id: 'EvaluateYearsResponse' });
  r.add(ClawbackResponse, { id: 'ClawbackResponse' });
  r.add(TextResponse, { id: 'TextResponse' });
  r.add(CompareResponse, { id: 'CompareResponse' });
  r.add(ErrorResponse, { id: 'ErrorResponse' });
  r.add(HealthResponse, { id: 'HealthResponse' });
  return r;
}

const json = (schema: object) => ({ 'application/json': { schema } });
const headers = { 'X-Policy-Fingerprint': { $ref: '#/components/headers/X-Policy-Fingerprint' }, 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } };
const error = (description: string) => ({ description, headers, content: json({ $ref: ref('ErrorResponse') }) });

/** What the error answers of a POST operation mean. */
const POST_ERRORS = {
  400: 'invalid input (`invalidInput`: every problem, path by path, in zh and en) or a body that is not JSON (`malformedJson`)',
  408: 'the request was not received in full within the time limit',
  413: 'the body is larger than the limit',
  415: 'the body is not `application/json`',
  500: 'an internal error: the engine failed (the service keeps running)',
} as const;

/** The OpenAPI 3.1 document of the service (a new object on every call). */
export function openApiDocument(limits: { readonly bodyLimit: number; readonly requestTimeout: number }): Record<string, unknown> {
  const schemas: Record<string, JsonSchemaNode> = {
    ...jsonSchemasOf(inputRegistry(), 'input', ref),
    ...jsonSchemasOf(outputRegistry(), 'output', ref),
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const ok = { description: 'OK', headers, content: json(op.response === undefined ? { type: 'object' } : { $ref: ref(op.response) }) };
    const responses: Record<string, unknown> = { 200: ok };
    if (op.method === 'POST') for (const [status, text] of Object.entries(POST_ERRORS)) responses[status] = error(text);
    else responses[500] = error(POST_ERRORS[500]);
    (paths[op.path] ??= {})[op.method.toLowerCase()] = {
      operationId: op.operationId,
      summary: op.summary,
      description: op.description,
      ...(op.request === undefined ? {} : { requestBody: { required: true, content: json({ $ref: ref(op.request) }) } }),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'zz-airport-ai-policy',
      version: VERSION,
      summary: '郑州航空港区支持人工智能产业发展的若干政策措施（征求意见稿）— rules engine over HTTP',
      description:
        'JSON in, JSON out. Amounts are yuan decimal strings with at most two decimals, dates YYYY-MM-DD. Bad input gives 400 with every ' +
        `problem (path, code, message in zh and en). Bodies are at most ${limits.bodyLimit} bytes and must arrive within ` +
        `${limits.requestTimeout} ms. Every answer carries the X-Policy-Fingerprint header (and the body its \`fingerprint\`): the engine, ` +
        'its version and sha256 hashes of the parameter values and readings used. A path that exists answers another method with 405 and an Allow header.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: {
      schemas,
      headers: {
        'X-Policy-Fingerprint': {
          description: 'engine@version; parameters=<sha256>; readings=<sha256>: what computed the answer (the defaults where the request used no options)',
          schema: { type: 'string', pattern: '^[^@]+@[^;]+; parameters=[0-9a-f]{64}; readings=[0-9a-f]{64}$' },
        },
        'X-Request-Id': { description: 'the request\'s id in the service\'s log (the caller\'s own X-Request-Id when it sent one)', schema: { type: 'string' } },
      },
    },
  };
}
