/**
 * Validators for the service's bodies taken from its own OpenAPI document (ajv, JSON Schema 2020-12, with formats),
 * so that tests check what the document promises against what the service does.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its function is the default export's `default`.
const addFormats = ajvFormats.default;

const ID = 'https://zz-ai-policy.invalid/openapi.json';

/** Compiles a validator for each component schema of `doc`. */
export function componentValidators(doc: Record<string, unknown>): Map<string, ValidateFunction> {
  // Not strict: the document also holds OpenAPI keywords (paths, info …) that are not JSON Schema.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: ID });
  const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
  return new Map(Object.keys(schemas).map((name) => [name, ajv.compile({ $ref: `${ID}#/components/schemas/${name}` })]));
}
