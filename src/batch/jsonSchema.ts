/**
 * JSON Schema from the zod schemas, the one way the package turns a zod schema into JSON Schema: used by
 * `npm run schemas` (scripts/build-schemas.ts) for the shipped files and by the CSV reader to learn each
 * column's type. Calendar dates get `format: "date"` (zod's refinement itself cannot be represented).
 *
 * @module
 */
import { z } from 'zod';
import { ResultDate } from '../resultSchema.js';
import { IsoDate } from '../schema.js';

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
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchemaNode {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    override: (ctx) => {
      if (ctx.zodSchema === IsoDate || ctx.zodSchema === ResultDate) (ctx.jsonSchema as Record<string, unknown>).format = 'date';
    },
  }) as JsonSchemaNode;
}
