/**
 * The service's OpenAPI document: valid OpenAPI 3.1 (checked by @apidevtools/swagger-parser against the official
 * 3.1 schema, with every $ref resolved), every operation's request and answer schemas compile with ajv (JSON
 * Schema 2020-12), and they say what the library says: a sample application is a valid EvaluateRequest input,
 * the committed schemas/application.schema.json and the document's Application agree.
 */
import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, openApiDocument } from '../../src/tools/server/index.js';
import { ROOT } from '../batch/built.js';
import { componentValidators } from './openapi.js';

const doc = openApiDocument({ bodyLimit: 1024 * 1024, requestTimeout: 30_000 });
type Doc = { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref: string } }> }; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>> };

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const api = await SwaggerParser.validate(structuredClone(doc) as never);
    expect((api as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('is refused by the validator once broken (the check is real)', async () => {
    const broken = structuredClone(doc) as Doc;
    delete (broken.paths['/health']!.get!.responses['200'] as { description?: string }).description;
    await expect(SwaggerParser.validate(broken as never)).rejects.toThrow();
  });

  it('describes every operation the service has, and nothing else', () => {
    const paths = (doc as Doc).paths;
    expect(Object.keys(paths).sort()).toEqual([...new Set(OPERATIONS.map((o) => o.path))].sort());
    for (const op of OPERATIONS) expect(paths[op.path]![op.method.toLowerCase()]).toBeDefined();
  });

  it('has request and answer schemas that compile with ajv (JSON Schema 2020-12), every $ref resolved', () => {
    const validators = componentValidators(doc);
    const paths = (doc as Doc).paths;
    const refs: string[] = [];
    for (const methods of Object.values(paths)) {
      for (const op of Object.values(methods)) {
        const request = op.requestBody?.content['application/json']?.schema.$ref;
        if (request) refs.push(request);
        for (const answer of Object.values(op.responses)) {
          const ref = answer.content?.['application/json']?.schema.$ref;
          if (ref) refs.push(ref);
        }
      }
    }
    expect(refs.length).toBeGreaterThan(30);
    for (const ref of refs) expect(validators.get(ref.replace('#/components/schemas/', '')), ref).toBeTypeOf('function');
  });

  it('describes inputs as the shipped JSON Schemas do', () => {
    const shipped = JSON.parse(readFileSync(`${ROOT}schemas/application.schema.json`, 'utf8')) as Record<string, unknown>;
    const { $schema: _s, $id: _i, title: _t, description: _d, ...body } = shipped;
    expect((doc as { components: { schemas: Record<string, unknown> } }).components.schemas.Application).toEqual(body);
    const validators = componentValidators(doc);
    const samples = JSON.parse(readFileSync(`${ROOT}fixtures/sample-applications.json`, 'utf8')) as unknown[];
    for (const app of samples) expect(validators.get('EvaluateRequest')!({ input: app })).toBe(true);
    expect(validators.get('EvaluateRequest')!({ input: samples[0], options: { readings: { 'A9.3.2': 'z' } } })).toBe(false);
    expect(validators.get('EvaluateRequest')!({ input: samples[0], options: { parameters: { 'art02_2.cap': '150万' } } })).toBe(false);
    expect(validators.get('EvaluateRequest')!({ input: samples[0], options: { parameters: { 'art02_2.cap': '1500000' } } })).toBe(true);
    expect(validators.get('EvaluateRequest')!({ application: samples[0] })).toBe(false);
  });

  it('states the limits it was built with', () => {
    const small = openApiDocument({ bodyLimit: 5000, requestTimeout: 700 }) as { info: { description: string } };
    expect(small.info.description).toContain('at most 5000 bytes');
    expect(small.info.description).toContain('within 700 ms');
  });
});
