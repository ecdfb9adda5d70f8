/**
 * The types a TypeScript caller sees, checked by the compiler (vitest's typecheck mode runs this file with tsc;
 * `npx tsc --noEmit` checks it too). Each `@ts-expect-error` is a mistake that must not compile: if the types
 * loosened so that it compiled, the directive itself would be an error and this file would fail.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  evaluate, evaluateYears, clawback, safeEvaluate, PolicyInputError,
  type ApplicationInput, type Beneficiary, type ClaimOf, type EvaluateOptions, type EvaluationResult, type InputIssue,
  type InputIssueCode, type MultiYearInput, type ClawbackInput, type Outcome, type ParameterId, type ReadingId,
  type ReadingOption, type LineStatus, type ClauseOutcome, type ClauseContext,
} from '../src/index.js';
import type { BatchIssueCode } from '../src/tools/batch/index.js';
import { fen, ZERO_FEN, type Fen, type Rate } from '../src/core/money.js';

const application = {
  beneficiary: {
    id: '91410100-T', legalForm: 'enterprise', rndInstitution: false, registeredInDistrict: true,
    taxAdministeredInDistrict: true, statsRegisteredInDistrict: true, independentLegalPerson: true,
    soundFinancialSystem: true, operatingNormally: true, goodCredit: true,
    mainBusinessFields: ['dataLabelingCollectionTrading'], districtContribution: { '2025': '2000000.00' },
  },
  awardYear: 2026,
  approvalDate: '2026-06-15',
  claims: [{ id: 'A1', clause: 'art02_2', subjectId: 'rev', recognized: true, dataServiceRevenue: { '2025': '12000000.00' } }],
} satisfies ApplicationInput;

describe('the input types', () => {
  it('accept a well-formed application', () => {
    expectTypeOf(evaluate).parameter(0).toEqualTypeOf<ApplicationInput>();
    expectTypeOf(evaluate(application)).toEqualTypeOf<EvaluationResult>();
    expectTypeOf(evaluateYears).parameter(0).toEqualTypeOf<MultiYearInput>();
    expectTypeOf(clawback).parameter(0).toEqualTypeOf<ClawbackInput>();
  });

  it('refuse a misspelt field, a value outside its union and a wrong type', () => {
    // @ts-expect-error awardYer is not a field (the application has awardYear)
    evaluate({ ...application, awardYer: 2026 });
    // @ts-expect-error legalForm is a union of literals
    evaluate({ ...application, beneficiary: { ...application.beneficiary, legalForm: 'company' } });
    // @ts-expect-error mainBusinessFields holds the AI fields of 一, not any string
    evaluate({ ...application, beneficiary: { ...application.beneficiary, mainBusinessFields: ['farming'] } });
    // @ts-expect-error amounts are decimal strings, never numbers
    evaluate({ ...application, beneficiary: { ...application.beneficiary, districtContribution: { '2025': 2000000 } } });
    // @ts-expect-error a claim names one of the 23 award lines
    evaluate({ ...application, claims: [{ ...application.claims[0], clause: 'art02_9' }] });
    // @ts-expect-error claims are required
    evaluate({ beneficiary: application.beneficiary, awardYear: 2026, approvalDate: '2026-06-15' });
  });

  it('give the literal unions, not plain strings', () => {
    expectTypeOf<Beneficiary['legalForm']>().toEqualTypeOf<'enterprise' | 'publicInstitution' | 'socialOrganization' | 'privateNonEnterpriseUnit' | 'branchOffice' | 'unincorporated'>();
    expectTypeOf<Beneficiary['mainBusinessFields'][number]>().not.toEqualTypeOf<string>();
    expectTypeOf<ClaimOf<'art02_2'>['clause']>().toEqualTypeOf<'art02_2'>();
    expectTypeOf<EvaluationResult['lines'][number]['status']>().toEqualTypeOf<LineStatus>();
  });
});

describe('the option types', () => {
  it('take parameter ids and reading options by name', () => {
    expectTypeOf<'art02_2.cap'>().toExtend<ParameterId>();
    expectTypeOf<'A9.3.1'>().toExtend<ReadingId>();
    expectTypeOf<ReadingOption<'A9.3.1'>>().toEqualTypeOf<'a' | 'b'>();
    const ok: EvaluateOptions = { parameters: { 'art02_2.cap': '2000000', 'art02_1.ratio': null }, readings: { 'A9.3.1': 'b' } };
    evaluate(application, ok);
  });

  it('refuse a misspelt parameter or reading, an option that does not exist, and null where the text sets a value', () => {
    // @ts-expect-error no parameter art02_2.capp
    evaluate(application, { parameters: { 'art02_2.capp': '2000000' } });
    // @ts-expect-error parameter values are strings
    evaluate(application, { parameters: { 'art02_2.cap': 2000000 } });
    // @ts-expect-error only a parameter the text leaves open may be null
    evaluate(application, { parameters: { 'art02_2.cap': null } });
    // @ts-expect-error no reading A9.9.9
    evaluate(application, { readings: { 'A9.9.9': 'a' } });
    // @ts-expect-error A9.3.1 has options a and b
    evaluate(application, { readings: { 'A9.3.1': 'z' } });
    // @ts-expect-error the options are parameters and readings
    evaluate(application, { params: {} });
  });
});

describe('the untyped entries and the errors', () => {
  it('take raw JSON (unknown) and return an outcome', () => {
    expectTypeOf(safeEvaluate).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(safeEvaluate).parameter(1).toEqualTypeOf<unknown>();
    expectTypeOf(safeEvaluate(JSON.parse('{}'))).toEqualTypeOf<Outcome<EvaluationResult>>();
    const outcome = safeEvaluate({ any: 'thing' });
    if (outcome.ok) expectTypeOf(outcome.result).toEqualTypeOf<EvaluationResult>();
    else expectTypeOf(outcome.error).toEqualTypeOf<PolicyInputError>();
  });

  it('name issue codes as a union that includes required', () => {
    expectTypeOf<InputIssue['code']>().toEqualTypeOf<InputIssueCode>();
    expectTypeOf<InputIssueCode>().toEqualTypeOf<'invalid' | 'required' | 'unknownKey' | 'forbiddenKey' | 'contradiction' | 'duplicate' | 'outOfRange'>();
    expectTypeOf<InputIssueCode>().toExtend<BatchIssueCode>();
    // @ts-expect-error no issue code 'missing'
    const code: InputIssueCode = 'missing';
    void code;
  });
});

describe('the rules\' own types', () => {
  it('a pending or indeterminate clause outcome has gross 0 by construction', () => {
    const computed: ClauseOutcome = { conditions: [], gross: fen(5), qualifyingDate: null, basis: {} };
    const pending: ClauseOutcome = { conditions: [], gross: ZERO_FEN, qualifyingDate: null, basis: {}, pending: { missing: 'x' } };
    expectTypeOf(computed).toExtend<ClauseOutcome>();
    expectTypeOf(pending).toExtend<ClauseOutcome>();
    // @ts-expect-error a pending outcome cannot carry an amount
    const paidOnAGuess: ClauseOutcome = { conditions: [], gross: fen(5), qualifyingDate: null, basis: {}, pending: { missing: 'x' } };
    // @ts-expect-error nor an indeterminate one
    const guessedRate: ClauseOutcome = { conditions: [], gross: fen(5), qualifyingDate: null, basis: {}, indeterminate: { param: 'art02_1.ratio' } };
    void paidOnAGuess;
    void guessedRate;
  });

  it('money in fen is a branded number: a plain number (a count, a year) is not money until made so', () => {
    expectTypeOf(fen(5)).toEqualTypeOf<Fen>();
    expectTypeOf<number>().not.toExtend<Fen>();
    expectTypeOf<Fen>().toExtend<number>();
    // @ts-expect-error a plain number is not a gross amount
    const unbranded: ClauseOutcome = { conditions: [], gross: 5, qualifyingDate: null, basis: {} };
    // @ts-expect-error nor is a plain zero the zero of a pending outcome
    const plainZero: ClauseOutcome = { conditions: [], gross: 0, qualifyingDate: null, basis: {}, pending: { missing: 'x' } };
    void unbranded;
    void plainZero;
  });

  it('a clause reads its parameters by typed id and unit, and its readings by typed option', () => {
    const ctx = {} as ClauseContext;
    expectTypeOf(() => ctx.params.rate('art02_2.rate')).returns.toEqualTypeOf<Rate>();
    expectTypeOf(() => ctx.params.rate('art02_1.ratio')).returns.toEqualTypeOf<Rate | null>();
    // @ts-expect-error a misspelt parameter id
    void (() => ctx.params.fen('art02_2.capp'));
    // @ts-expect-error an amount read as a rate
    void (() => ctx.params.rate('art02_2.cap'));
    // @ts-expect-error an option reading A2.2.1 does not have
    void (() => ctx.readings['A2.2.1'] === 'c');
  });
});
