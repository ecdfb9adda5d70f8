/**
 * The schemas of `evaluate`'s options as data: parameter values by id and readings by register id, the way
 * `options.parameters` / `options.readings`, the batch's `--parameters` / `--readings` files, reform files and the
 * HTTP service take them. They describe the shape for other systems (JSON Schema, OpenAPI), exactly: each
 * parameter's pattern encodes both its unit's form and its range (parameters.ts `rangeFor`), so a schema validator
 * refuses `"150万"`, `"1000000001"` or `"inclusive"` as the engine does (test/schemas.test.ts checks the two agree
 * on every parameter). The engine itself checks every value and says what is wrong in zh and en.
 *
 * @module
 */
import { z } from 'zod';
import { PARAMETERS, READINGS, type ParameterDef } from '../../policy/catalogue.js';
import { AWARD_LINES } from '../../policy/ids.js';

/** Dates 2000-01-01 … 2099-12-31 that exist in the calendar (every year of the century divisible by 4 is a leap year, 2000 too). */
const DATE_2000S =
  '20[0-9]{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))' +
  '|20(?:[02468][048]|[13579][26])-02-29';

/**
 * The exact form of a parameter's value, as a regular expression (anchored): the unit's form (money.ts
 * `YUAN_PATTERN`, compile.ts `RATE`/`WHOLE`) narrowed to the range of `rangeFor`, or the closed set of a
 * comparison or rounding parameter.
 */
export function parameterPattern(def: Pick<ParameterDef, 'unit' | 'of'>): string {
  switch (def.unit) {
    case 'yuan': // 0 … 1000000000 yuan, at most two decimals
      return '^(?:(?:0|[1-9][0-9]{0,8})(?:\\.[0-9]{1,2})?|1000000000(?:\\.00?)?)$';
    case 'rate':
      return def.of === 'share'
        ? '^(?:0(?:\\.[0-9]{1,12})?|1(?:\\.0{1,12})?)$' // 0 … 1
        : '^(?:[0-9](?:\\.[0-9]{1,12})?|10(?:\\.0{1,12})?)$'; // 0 … 10 (1:10)
    case 'count': // 0 … 10^9
      return '^(?:0|[1-9][0-9]{0,8}|1000000000)$';
    case 'modelParams': // 0 … 21 digits
      return '^(?:0|[1-9][0-9]{0,20})$';
    case 'date':
      return `^(?:${DATE_2000S})$`;
    case 'years': // 1 … 20
      return '^(?:[1-9]|1[0-9]|20)$';
    case 'comparison':
      return '^(?:atLeast|moreThan)$';
    case 'rounding':
      return '^(?:floor|halfUp)$';
  }
}

/** The schema of one parameter's value: its exact pattern; null too for a parameter the text leaves open. */
function parameterValue(def: ParameterDef) {
  const closed = def.unit === 'comparison' ? (['atLeast', 'moreThan'] as const) : def.unit === 'rounding' ? (['floor', 'halfUp'] as const) : null;
  const value = closed ? z.enum(closed) : z.string().regex(new RegExp(parameterPattern(def)));
  const text = `${def.title.zh} / ${def.title.en} (${def.unit}; default ${def.value === null ? 'unset' : JSON.stringify(def.value)})`;
  return (def.value === null ? value.nullable() : value).describe(text);
}

/** Parameter values by id, as `evaluate`'s `options.parameters` and the batch's `--parameters` file take them. */
export const ParametersFile = z.strictObject(Object.fromEntries(PARAMETERS.map((d) => [d.id, parameterValue(d).optional()])));

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

/** A version of the policy: dated values on top of the draft's (policy/versions.ts; checked by edges/input/versionFile.ts). */
export const VersionFile = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/),
  title: z.strictObject({ zh: z.string().min(1).max(2000), en: z.string().min(1).max(2000) }),
  changes: z.array(z.strictObject({
    parameter: z.enum(PARAMETERS.map((d) => d.id) as [string, ...string[]]),
    from: z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/),
    value: z.string().nullable(),
    source: z.strictObject({ document: z.string().min(1).max(2000), article: z.string().min(1).max(2000), words: z.string().min(1).max(2000).optional() }),
  })).max(1000),
});

/** `evaluate`'s second argument: parameters and readings that differ from the defaults, and a version of the policy. */
export const EvaluateOptionsSchema = z.strictObject({
  parameters: ParametersFile.optional(),
  readings: ReadingsFile.optional(),
  version: VersionFile.optional(),
});

/**
 * The nested form of a reform file's parameters: `{ "art02_2": { "cap": "2000000" } }` for `"art02_2.cap"`, split
 * at any dot (`{ "art03_1.cap": { "keyRd": … } }` too). The object for the ids under `prefix` ('' for the top):
 * every key that completes an id is that parameter's value, every key that completes a proper prefix of ids is
 * another such object.
 */
function parameterTree(prefix: string, cache: Map<string, z.ZodType>): z.ZodType {
  const hit = cache.get(prefix);
  if (hit) return hit;
  const shape: Record<string, z.ZodType> = {};
  const lead = prefix === '' ? '' : `${prefix}.`;
  for (const def of PARAMETERS) {
    if (!def.id.startsWith(lead)) continue;
    const rest = def.id.slice(lead.length).split('.');
    for (let k = 1; k <= rest.length; k++) {
      const key = rest.slice(0, k).join('.');
      if (key in shape) continue;
      shape[key] = (k === rest.length ? parameterValue(def) : parameterTree(`${lead}${key}`, cache)).optional();
    }
  }
  const schema = z.strictObject(shape);
  cache.set(prefix, schema);
  return schema;
}

const Text = z.string().min(1).max(2000);
const Words = z.union([Text, z.strictObject({ zh: Text, en: Text })]);

/**
 * A reform file (JSON, or YAML read with the failsafe schema, whose data is the same): an id and words for the
 * report, parameter values (flat ids, or nested by the dots of the ids), readings and the award lines switched off.
 */
export const ReformFile = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/).optional().describe('letters, digits, dots, underscores or hyphens, at most 100'),
  title: Words.optional(),
  description: Words.optional(),
  parameters: parameterTree('', new Map()).optional(),
  readings: ReadingsFile.optional(),
  disabledLines: z.array(z.enum(AWARD_LINES)).meta({ uniqueItems: true }).optional().describe('award lines switched off by the reform, each once, e.g. ["art04_3"]'),
});
