/**
 * Writes schemas/*.schema.json, the JSON Schemas (draft 2020-12) that other systems validate against, generated
 * from the package's zod schemas: inputs with `io: 'input'`, outputs with `io: 'output'`. Run `npm run schemas`
 * after changing a schema; test/schemas.test.ts fails while the committed files differ from what this produces.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { BatchRecordSchema } from '../src/tools/batch/record.js';
import { jsonSchemaOf } from '../src/tools/batch/jsonSchema.js';
import { ClawbackInput } from '../src/engine/clawback.js';
import { MultiYearInput } from '../src/engine/years.js';
import { ParametersFile, ReadingsFile, ReformFile } from '../src/edges/schemas/options.js';
import { ClawbackResultSchema, EvaluationResultSchema, MultiYearResultSchema } from '../src/edges/schemas/result.js';
import { Application } from '../src/policy/input.js';
import { DraftingReportSchema } from '../src/tools/server/schemas.js';
import { VERSION } from '../src/core/version.js';

interface Entry {
  readonly file: string;
  readonly schema: z.core.$ZodType;
  readonly io: 'input' | 'output';
  readonly title: string;
  readonly description: string;
}

const ENTRIES: readonly Entry[] = [
  { file: 'application.schema.json', schema: Application, io: 'input', title: 'Application',
    description: 'One beneficiary\'s application in one award year: the input of evaluate() and one record of `zz-ai-policy batch`. Amounts are yuan decimal strings, dates YYYY-MM-DD. The engine checks more than a schema can say (real calendar dates, dates not after the approval date, unique ids); it names every such problem in its error.' },
  { file: 'result.schema.json', schema: EvaluationResultSchema, io: 'output', title: 'EvaluationResult',
    description: 'What evaluate() returns for one application: every award line with its conditions, cuts, reasons and notes, the total, and the fingerprint (engine, version, parameter and readings hashes) that produced it. Amounts are yuan strings with two decimals.' },
  { file: 'multi-year.schema.json', schema: MultiYearInput, io: 'input', title: 'MultiYearInput',
    description: 'The input of evaluateYears(): one beneficiary, its earlier payments, and its award years oldest first.' },
  { file: 'multi-year-result.schema.json', schema: MultiYearResultSchema, io: 'output', title: 'MultiYearResult',
    description: 'What evaluateYears() returns: each year\'s result, the history after the last year and the total over the years.' },
  { file: 'clawback.schema.json', schema: ClawbackInput, io: 'input', title: 'ClawbackInput',
    description: 'The input of clawback(): the payments received and the confirmed 九(五) finding.' },
  { file: 'clawback-result.schema.json', schema: ClawbackResultSchema, io: 'output', title: 'ClawbackResult',
    description: 'What clawback() returns: the refund due line by line.' },
  { file: 'batch-record.schema.json', schema: BatchRecordSchema, io: 'output', title: 'BatchRecord',
    description: 'One record of the JSON or NDJSON output of `zz-ai-policy batch`: the result of one input record, or its errors (path, code, the params the message is rendered from — what was expected, the bad value echoed and shortened, bounds, suggestions —, message in zh and en, and the file, line and column for CSV input).' },
  { file: 'parameters.schema.json', schema: ParametersFile, io: 'input', title: 'Parameters',
    description: 'Parameter values by id (options.parameters, `batch --parameters`). Amounts are yuan strings, rates decimal fractions ("0.30"), dates YYYY-MM-DD; null unsets a parameter the text leaves open.' },
  { file: 'readings.schema.json', schema: ReadingsFile, io: 'input', title: 'Readings',
    description: 'Readings of ambiguous text by register id (options.readings, `batch --readings`); see docs/clause-register.md.' },
  { file: 'reform.schema.json', schema: ReformFile, io: 'input', title: 'Reform',
    description: 'A reform file for `zz-ai-policy text` / `compare` and the service\'s /v1/text and /v1/compare: parameter values by id (flat, or nested by the dots of the ids), readings by register id, award lines switched off, and an id, title and description for the report. JSON, or YAML read as data (failsafe schema). Each parameter\'s pattern holds its unit\'s form and its range, as the engine checks them; a parameter set twice (flat and nested) is refused by the engine.' },
  { file: 'drafting-report.schema.json', schema: DraftingReportSchema, io: 'output', title: 'DraftingReport',
    description: 'What `zz-ai-policy compare --format json` writes and the service\'s /v1/compare answers: the sentences of the text the reform rewords, the effect on money over the portfolio (totals, by clause, by constraint, by beneficiary), the sensitivity view, and the fingerprints of the reform and of the baseline.' },
];

/** Where a schema file is published: inside the package, at its version (the `$id` of the schema). */
export function schemaId(file: string): string {
  return `https://unpkg.com/zz-airport-ai-policy@${VERSION}/schemas/${file}`;
}

/** Every schema file, by file name, with its exact text (2-space JSON and a final newline). */
export function buildSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of ENTRIES) {
    const { $schema, ...body } = jsonSchemaOf(e.schema, e.io);
    out.set(e.file, `${JSON.stringify({ $schema, $id: schemaId(e.file), title: e.title, description: e.description, ...body }, null, 2)}\n`);
  }
  return out;
}

/** The directory the schema files are committed in. */
export const SCHEMA_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [file, text] of buildSchemas()) {
    writeFileSync(join(SCHEMA_DIR, file), text);
    process.stdout.write(`schemas/${file}\n`);
  }
}
