/**
 * The schemas of `evaluate`'s options as data: parameter values by id and readings by register id, the way
 * `options.parameters` / `options.readings`, the batch's `--parameters` / `--readings` files and the HTTP service
 * take them. They describe the shape for other systems (JSON Schema, OpenAPI); the engine itself checks each value
 * against its parameter's unit and each reading against its options, and says what is wrong in zh and en.
 *
 * @module
 */
import { z } from 'zod';
import { PARAMETERS } from './parameters.js';
import { READINGS } from './readings.js';

/** Parameter values by id, as `evaluate`'s `options.parameters` and the batch's `--parameters` file take them. */
export const ParametersFile = z.strictObject(
  Object.fromEntries(PARAMETERS.map((d) => [d.id, z.string().nullable().optional().describe(`${d.title.zh} / ${d.title.en} (${d.unit})`)])),
);

/** Readings by register id, as `options.readings` and the batch's `--readings` file take them. */
export const ReadingsFile = z.strictObject(
  Object.fromEntries(
    READINGS.map((r) => {
      const choices = Object.keys(r.options) as [string, ...string[]];
      const text = choices.map((c) => `${c}: ${r.options[c]!.en}`).join('; ');
      return [r.id, z.enum(choices).optional().describe(`default ${r.default}. ${text}`)];
    }),
  ),
);

/** `evaluate`'s second argument: parameters and readings that differ from the defaults. */
export const EvaluateOptionsSchema = z.strictObject({
  parameters: ParametersFile.optional(),
  readings: ReadingsFile.optional(),
});
