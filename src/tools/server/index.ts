/**
 * The HTTP service as a module: {@link buildApp} builds it (the `zz-ai-policy serve` command and the tests call
 * it), {@link openApiDocument} gives its OpenAPI 3.1 description. Kept out of the package's main entry so that a
 * library user never loads the server library.
 *
 * @module
 */
export { buildApp, type ServiceOptions } from './app.js';
export { openApiDocument, OPERATIONS, FINGERPRINT_HEADER, type Operation } from './openapi.js';
