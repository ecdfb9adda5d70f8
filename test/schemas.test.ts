/**
 * The JSON Schemas in schemas/, used as an outside system would use them: read from the committed files and
 * compiled with ajv (draft 2020-12, with formats), never through zod. Also: the committed files are what
 * `npm run schemas` generates now (stale schemas fail), and the output schema accepts every kind of result the
 * engine produces and rejects what it does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { buildSchemas, SCHEMA_DIR, schemaId } from '../scripts/build-schemas.js';
import { PARAMETERS } from '../src/policy/catalogue.js';
import { checkParameterValue } from '../src/edges/input/parameterValues.js';
import { buildReport } from '../src/tools/drafting/report.js';
import { parseReform, validateReform } from '../src/tools/drafting/reform.js';
import { rangeFor } from '../src/policy/parameters.js';
import { evaluateMany, type BatchRecord } from '../src/tools/batch/index.js';
import type { EvaluationResult } from '../src/index.js';
import type { BatchRecordSchema } from '../src/tools/batch/record.js';
import { AdjustmentSchema, NoteSchema, ReasonSchema, type EvaluationResultSchema } from '../src/edges/schemas/result.js';
import { ROOT } from './batch/built.js';
import { corpus } from './batch/corpus.js';
import { clawback, evaluate, evaluateYears } from './helpers.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module object, whose `default` is the plugin.
const addFormats = ajvFormats.default;

// Strict, as a careful consumer would run it; union types (a line's `basis` values) are valid JSON Schema.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const schemaFile = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')) as object;
const validator = (name: string) => ajv.compile(schemaFile(name));
const validate = {
  application: validator('application.schema.json'),
  result: validator('result.schema.json'),
  multiYear: validator('multi-year.schema.json'),
  multiYearResult: validator('multi-year-result.schema.json'),
  clawback: validator('clawback.schema.json'),
  clawbackResult: validator('clawback-result.schema.json'),
  batchRecord: validator('batch-record.schema.json'),
  parameters: validator('parameters.schema.json'),
  readings: validator('readings.schema.json'),
  reform: validator('reform.schema.json'),
  report: validator('drafting-report.schema.json'),
};

type Check = ReturnType<typeof ajv.compile>;
function errorsOf(check: Check, value: unknown): string[] {
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}

const samples = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-applications.json'), 'utf8')) as Record<string, unknown>[];

describe('schemas/ is what `npm run schemas` generates now', () => {
  it('every committed schema file equals the generated text, and there is no other file', () => {
    const generated = buildSchemas();
    const committed = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(committed).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) {
      expect(readFileSync(join(SCHEMA_DIR, file), 'utf8'), `schemas/${file} is stale: run npm run schemas`).toBe(text);
    }
  });

  it('every schema has an $id: where the file is published, at the package version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json'))) {
      const { $id } = schemaFile(file) as { $id?: string };
      expect($id).toBe(schemaId(file));
      expect($id).toBe(`https://unpkg.com/zz-airport-ai-policy@${version}/schemas/${file}`);
    }
  });
});

describe('parameters.schema.json holds each parameter\'s form and range, as the engine checks them', () => {
  const checkOne = (id: string, value: unknown) => validate.parameters({ [id]: value });
  const engineAccepts = (id: string, value: unknown) => checkParameterValue(id, value) === null;

  it('refuses what drafters write by mistake: units, words, thousands separators, past the range', () => {
    for (const bad of ['150万', '1,500,000', '1500000元', '-1', '1000000000.01', '1000000001', '1e6', ' 100', '100.001', '']) {
      expect([bad, checkOne('art02_2.cap', bad)]).toEqual([bad, false]);
      expect([bad, engineAccepts('art02_2.cap', bad)]).toEqual([bad, false]);
    }
    expect(checkOne('art02_2.cap', '1000000000.00')).toBe(true);
    expect(checkOne('art02_2.thresholdComparison', 'inclusive')).toBe(false);
    expect(checkOne('art02_2.thresholdComparison', 'atLeast')).toBe(true);
    expect(checkOne('art02_2.rate', '30%')).toBe(false);
    expect(checkOne('art02_2.rate', '1.01')).toBe(false);
    expect(checkOne('art02_2.rate', '1.000')).toBe(true);
    expect(checkOne('art03_3.ratioProvincial', '10.5')).toBe(false);
    expect(checkOne('art03_3.ratioProvincial', '10')).toBe(true);
    // Only a parameter the text leaves open may be null.
    expect(checkOne('art02_1.ratio', null)).toBe(true);
    expect(checkOne('art02_2.cap', null)).toBe(false);
    expect(checkOne('art02_2.cap', 2000000)).toBe(false);
  });

  it('accepts exactly what the engine accepts, for every parameter, on each side of each bound and on random text', () => {
    const probes = (id: string): string[] => {
      const def = PARAMETERS.find((d) => d.id === id)!;
      const range = rangeFor(def);
      const out = ['0', '1', '01', '1.', '.5', '0.0', '1.0', 'atLeast', 'moreThan', 'floor', 'halfUp', 'AtLeast', '2024-02-29', '2023-02-29', '2100-02-29', '2000-02-29', '2026-04-31', '2026-4-30', '1999-12-31', '2099-12-31'];
      if (range) {
        const [min, max] = range;
        out.push(min, max, `${max}0`, `${max}.0`, `${max}.00`, `${max}.01`, `${max}.000000000001`, `${min}.5`);
        if (def.unit !== 'date') out.push(String(BigInt(max.split('.')[0]!) - 1n), String(BigInt(max.split('.')[0]!) + 1n), `-${max}`);
      }
      return out;
    };
    let compared = 0;
    for (const def of PARAMETERS) {
      for (const value of [...probes(def.id), null]) {
        expect([def.id, value, checkOne(def.id, value)]).toEqual([def.id, value, engineAccepts(def.id, value)]);
        compared++;
      }
    }
    const text = fc.oneof(
      fc.stringMatching(/^[0-9]{1,22}(\.[0-9]{0,14})?$/),
      fc.stringMatching(/^20[0-9]{2}-[0-9]{2}-[0-9]{2}$/),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(fc.constantFrom(...PARAMETERS.map((d) => d.id)), text, (id, value) => checkOne(id, value) === engineAccepts(id, value)), { numRuns: 20_000 });
    expect(compared).toBeGreaterThan(PARAMETERS.length * 25);
  });
});

describe('reform.schema.json and drafting-report.schema.json', () => {
  const reformFiles = readdirSync(join(ROOT, 'fixtures', 'reforms'));
  const dataOf = (file: string): unknown => {
    const text = readFileSync(join(ROOT, 'fixtures', 'reforms', file), 'utf8');
    return file.endsWith('.json') ? JSON.parse(text) : parseDocument(text, { schema: 'failsafe' }).toJS();
  };

  it.each(reformFiles)('accepts the reform file %s (read as data), which the engine accepts', (file) => {
    expect(errorsOf(validate.reform, dataOf(file))).toEqual([]);
  });

  it('accepts nested parameters split at any dot, and refuses what the engine refuses', () => {
    const nested = { parameters: { art02_2: { cap: '2000000' }, 'art03_1.cap': { keyRd: '3000000' }, art03_1: { 'cap.majorSciTech': '1' } } };
    expect(errorsOf(validate.reform, nested)).toEqual([]);
    expect(() => validateReform(nested)).not.toThrow();
    const refused: unknown[] = [
      { parameters: { art02_2: { cap: '150万' } } },
      { parameters: { 'art02_2.cap': '150万' } },
      { parameters: { art02_2: { cap: { x: '1' } } } },
      { parameters: { art02_2: { capp: '1' } } },
      { readings: { 'A9.3.1': 'z' } },
      { disabledLines: ['art04_3', 'art04_3'] },
      { disabledLines: ['四(三)'] },
      { title: '' },
      { id: '-x' },
      { extra: 1 },
    ];
    for (const data of refused) {
      expect([data, validate.reform(data)]).toEqual([data, false]);
      expect(() => validateReform(data)).toThrow();
    }
  });

  it('validates the report compare writes, with its two fingerprints', () => {
    const policyText = readFileSync(join(ROOT, 'policy', 'policy.zh.md'), 'utf8');
    const portfolio = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'portfolio', 'portfolio.json'), 'utf8')) as unknown[];
    const reform = parseReform(readFileSync(join(ROOT, 'fixtures', 'reforms', 'raise-02-2-cap-soft-09-3.yaml'), 'utf8'), 'yaml');
    const report = JSON.parse(JSON.stringify(buildReport({ policyText, reform, portfolio: portfolio.slice(0, 20) }))) as Record<string, unknown>;
    expect(errorsOf(validate.report, report)).toEqual([]);
    expect(report.fingerprint).not.toEqual(report.baselineFingerprint);
    expect(validate.report({ ...report, fingerprint: undefined })).toBe(false);
    expect(validate.report({ ...report, kind: 'other' })).toBe(false);
  });
});

describe('input schemas validate what the engine accepts', () => {
  it('accepts every sample application', () => {
    for (const app of samples) expect(errorsOf(validate.application, app)).toEqual([]);
  });

  it('accepts the good records of the batch fixture and rejects the bad ones where the engine rejects them', () => {
    const batch = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'batch', 'applications.json'), 'utf8')) as unknown[];
    const verdicts = batch.map((app) => validate.application(app));
    const engine = [...evaluateMany(batch)].map((r) => r.ok);
    expect(verdicts).toEqual(engine);
    // ajv reports a failed oneOf (the claim kinds) branch by branch; the claim's own branch names the bad amount.
    const bad = errorsOf(validate.application, batch[3]);
    expect(bad).toContain('/approvalDate format');
    expect(bad).toContain('/claims/0/totalCost pattern');
    expect(bad.filter((e) => !e.startsWith('/claims/0'))).toEqual(['/approvalDate format']);
    expect(errorsOf(validate.application, batch[7])).toEqual([' type']);
  });

  it('checks dates as real calendar dates (format: date), as the engine does', () => {
    const app = structuredClone(samples[0]!);
    app.approvalDate = '2026-02-29';
    expect(errorsOf(validate.application, app)).toEqual(['/approvalDate format']);
    app.approvalDate = '2024-02-29';
    expect(errorsOf(validate.application, app)).toEqual([]);
  });

  it('rejects an unknown field and an unknown claim kind', () => {
    const app = structuredClone(samples[0]!) as { beneficiary: Record<string, unknown>; claims: Record<string, unknown>[] };
    app.beneficiary.colour = 'red';
    expect(errorsOf(validate.application, app)).toContain('/beneficiary additionalProperties');
    const app2 = structuredClone(samples[0]!) as { claims: Record<string, unknown>[] };
    app2.claims[0]!.clause = 'art99_9';
    expect(validate.application(app2)).toBe(false);
  });

  it('validates multi-year and clawback inputs, and the --parameters / --readings files', () => {
    const { beneficiary, ...year } = samples[0]!;
    const multi = { beneficiary, years: [year, { ...year, awardYear: 2027, approvalDate: '2027-06-15' }] };
    expect(errorsOf(validate.multiYear, multi)).toEqual([]);
    const claw = { beneficiaryId: 'B1', history: evaluateYears(multi).history, finding: { confirmedOn: '2027-12-01', scope: 'all' } };
    expect(errorsOf(validate.clawback, claw)).toEqual([]);
    expect(errorsOf(validate.parameters, JSON.parse(readFileSync(join(ROOT, 'fixtures', 'batch', 'parameters.json'), 'utf8')))).toEqual([]);
    expect(validate.parameters({ 'no.such.parameter': '1' })).toBe(false);
    expect(errorsOf(validate.readings, { 'A9.3.2': 'a', R7: 'clauseOrder' })).toEqual([]);
    expect(errorsOf(validate.readings, { 'A9.3.2': 'z' })).toEqual(['/A9.3.2 enum']);
  });
});

describe('output schemas validate every result the engine produces', () => {
  const cases = corpus();
  const results = cases.map((c) => ({ name: c.name, result: evaluate(c.input, c.options) }));

  it.each(results.map((r) => [r.name, r.result] as const))('result: %s', (_name, result) => {
    expect(errorsOf(validate.result, JSON.parse(JSON.stringify(result)))).toEqual([]);
  });

  it('the corpus uses every adjustment, reason and note code the engine emits, and every line status', () => {
    const seen = new Set<string>();
    const statuses = new Set<string>();
    for (const { result } of results) {
      for (const l of result.lines) {
        statuses.add(l.status);
        for (const x of [...l.adjustments, ...l.reasons, ...l.notes]) seen.add(x.code);
      }
      for (const n of result.notes) seen.add(n.code);
    }
    const declared = [...AdjustmentSchema.options, ...ReasonSchema.options, ...NoteSchema.options].map((o) => o.shape.code.value);
    expect(declared.filter((c) => !seen.has(c))).toEqual([]);
    expect([...statuses].sort()).toEqual(['indeterminate', 'ineligible', 'paid', 'pending', 'reduced', 'referral', 'zero']);
  });

  it('rejects a result that is not what the engine returns', () => {
    const good = JSON.parse(JSON.stringify(results[0]!.result)) as Record<string, unknown> & { lines: Record<string, unknown>[] };
    expect(validate.result({ ...good, total: 1500000 })).toBe(false);
    expect(validate.result({ ...good, total: '1500000.5' })).toBe(false);
    const { fingerprint: _dropped, ...noFingerprint } = good;
    expect(errorsOf(validate.result, noFingerprint)).toEqual([' required']);
    const badLine = structuredClone(good);
    (badLine.lines[0]!.adjustments as Record<string, unknown>[]).push({ code: 'madeUp', rule: 'art09_3', before: '1.00', after: '0.00' });
    expect(validate.result(badLine)).toBe(false);
  });

  it('validates multi-year and clawback results', () => {
    const { beneficiary, ...year } = samples[2]!;
    const years = evaluateYears({ beneficiary, years: [{ ...year, history: undefined, awardYear: 2026 }, { ...year, history: undefined, awardYear: 2027, approvalDate: '2027-11-20' }].map(({ history: _h, ...y }) => y) });
    expect(errorsOf(validate.multiYearResult, JSON.parse(JSON.stringify(years)))).toEqual([]);
    const refund = clawback({ beneficiaryId: String((beneficiary as { id: string }).id), history: years.history, finding: { confirmedOn: '2027-12-01', scope: 'all' } });
    expect(errorsOf(validate.clawbackResult, refund)).toEqual([]);
    expect(Number(refund.refundDue)).toBeGreaterThan(0);
  });

  it('validates batch output records, results and errors alike', () => {
    const batch = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'batch', 'applications.json'), 'utf8')) as unknown[];
    const records = [...evaluateMany(batch)];
    expect(records.some((r) => r.ok) && records.some((r) => !r.ok)).toBe(true);
    for (const r of records) expect(errorsOf(validate.batchRecord, JSON.parse(JSON.stringify(r)))).toEqual([]);
    expect(validate.batchRecord({ record: 1, line: null, beneficiaryId: null, ok: false, errors: [] })).toBe(false);
  });
});

// Compile-time: the result schema's type and the engine's result type describe the same data, both ways (the
// schema file itself `satisfies` the forward direction). tsc --noEmit fails if they drift.
type DeepMutable<T> = T extends readonly (infer U)[] ? DeepMutable<U>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SchemaResult = z.output<typeof EvaluationResultSchema>;
type SchemaRecord = Exclude<z.output<typeof BatchRecordSchema>, { ok: true }> | (Omit<Extract<z.output<typeof BatchRecordSchema>, { ok: true }>, 'result'> & { result: SchemaResult });
const resultTypesAgree: Same<DeepMutable<EvaluationResult>, SchemaResult> = true;
const recordTypesAgree: Same<DeepMutable<BatchRecord>, DeepMutable<SchemaRecord>> = true;
// Same keys, so that a field the schema declares optional but the engine never writes is noticed too.
type LineOf<R extends { lines: readonly unknown[] }> = R['lines'][number];
const resultKeysAgree: Same<keyof EvaluationResult, keyof SchemaResult> = true;
const lineKeysAgree: Same<keyof LineOf<EvaluationResult>, keyof LineOf<z.output<typeof EvaluationResultSchema>>> = true;
void [resultTypesAgree, recordTypesAgree, resultKeysAgree, lineKeysAgree];
