/**
 * JSON Schema from the zod schemas, the one way the package turns a zod schema into JSON Schema: used by
 * `npm run schemas` (scripts/build-schemas.ts) for the shipped files and by the CSV reader to learn each
 * column's type. Calendar dates get `format: "date"` (zod's refinement itself cannot be represented).
 *
 * @module
 */
import { z } from 'zod';
import { ResultDate } from '../../edges/schemas/result.js';
import { IsoDate } from '../../policy/input.js';

/** The subset of JSON Schema the generated schemas use, as far as this package reads them. */
export interface JsonSchemaNode {
  readonly type?: string;
  readonly format?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: JsonSchemaNode | boolean;
  readonly propertyNames?: JsonSchemaNode & { readonly pattern?: string };
  readonly items?: JsonSchemaNode;
  readonly oneOf?: readonly JsonSchemaNode[];
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly [key: string]: unknown;
}

/**
 * A zod schema as JSON Schema (draft 2020-12). `io: 'input'` describes what a caller may send (for input
 * schemas), `'output'` what the package returns.
 */
export function jsonSchemaOf(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchemaNode {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io, override: dateFormat }) as JsonSchemaNode;
}

/**
 * Every schema of a registry as JSON Schema (draft 2020-12), by its id; a registered schema used inside another is
 * written as a `$ref` to `uri(id)` (the HTTP service's OpenAPI components). `$schema` and `$id` are left out: the
 * schemas live inside a document that says what they are.
 */
export function jsonSchemasOf(registry: z.core.$ZodRegistry<{ id: string }>, io: 'input' | 'output', uri: (id: string) => string): Record<string, JsonSchemaNode> {
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, uri, override: dateFormat });
  const out: Record<string, JsonSchemaNode> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...body } = schema as Record<string, unknown>;
    out[id] = body as JsonSchemaNode;
  }
  return out;
}

/** Calendar dates get `format: "date"`: zod's refinement that checks the date is real cannot be represented. */
function dateFormat(ctx: { zodSchema: unknown; jsonSchema: unknown }): void {
  if (ctx.zodSchema === IsoDate || ctx.zodSchema === ResultDate) (ctx.jsonSchema as Record<string, unknown>).format = 'date';
}
