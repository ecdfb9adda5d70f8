import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertCell, parseColumnPath, readCsvPair } from '../../src/tools/batch/csvInput.js';
import { BatchInputError } from '../../src/tools/batch/errors.js';
import { createEvaluator, type InputItem } from '../../src/tools/batch/evaluator.js';
import { jsonSchemaOf, type JsonSchemaNode } from '../../src/tools/batch/jsonSchema.js';
import { Application } from '../../src/policy/input.js';
import { BASE_CLAIMS, beneficiary, type Json } from '../helpers.js';
import { csvText, toCsvTables } from './flatten.js';
import { ROOT } from './built.js';

const BOM = '\uFEFF';
const enc = (s: string) => Buffer.from(s, 'utf8');

function pair(beneficiaries: string, claims: string) {
  return { beneficiaries: { name: 'beneficiaries.csv', bytes: enc(beneficiaries) }, claims: { name: 'claims.csv', bytes: enc(claims) } };
}

function csvPairOf(apps: Json[]) {
  const t = toCsvTables(apps);
  return pair(BOM + csvText(t.beneficiaries), csvText(t.claims));
}

const values = (items: InputItem[]) => items.map((i) => (i.kind === 'value' ? i.value : i));

/** Every claim kind, each with every optional field it has, so that the layout is shown to express them all. */
function everyClaim(): Json[] {
  const extras: Record<string, Json> = {
    art02_1: { projectId: 'P1', auditedInvestment: '1000000.00' },
    art03_1: { projectId: 'P1', nationalOrProvincialFunding: true },
    art03_2: { projectId: 'P1' },
    art03_3: {
      projectId: 'P1',
      disbursements: [
        { programme: 'nationalKeyRd', calendarYear: 2025, amount: '1000000.00' },
        { programme: 'provincialMajorSpecial', calendarYear: 2026, amount: '20.5' },
      ],
    },
    art04_1: { multimodal: true, openToSmes: false },
    art04_2: { selfDeveloped: true },
    art04_3: { approvedAmount: '300000' },
    art05_1: { subjectInAiField: true },
    art05_2: { subjectInAiField: false },
    art05_3: { projectId: 'P1' },
    art06_4b: { projectId: 'P1', subjectInAiField: true },
    art07_1: { subjectInAiField: true },
    art07_2a: { subjectInAiField: true },
    art07_2b: { subjectInAiField: true, ratings: { '2025': 'excellent', '2024': 'good' }, operatingCost: { '2025': '3000000.00', '2024': '1.5' } },
    art08_1: { otherCosts: '12.34' },
    art08_2: { evaluationPassed: { '2025': true, '2024': false }, servedEnterprises: { '2025': 60, '2024': 0 } },
    art08_3: { subjectInAiField: true },
  };
  const claims: Json[] = Object.entries(BASE_CLAIMS).map(([clause, c], i) => ({ ...structuredClone(c), ...(extras[clause] ?? {}), id: `c${i}` }));
  claims.push(
    { id: 'r1', clause: 'art06_1', subjectId: 'S', topic: 'robotPark' },
    { id: 'r2', clause: 'art09_1', subjectId: 'S', topic: 'caseByCase' },
    { id: 'r3', clause: 'art09_2', subjectId: 'S', topic: 'talent' },
  );
  return claims;
}

/** An application using every optional field of the application and the beneficiary. */
function fullApplication(): Json {
  return {
    beneficiary: beneficiary({
      id: 'FULL-1',
      name: '全字段示例，含逗号, "引号" 与换行\n第二行',
      mainBusinessFields: ['largeModels', 'intelligentRobots'],
      oneEnterpriseOnePolicy: { signedOn: '2025-01-01', similarClauses: ['art04_1', 'art04_2'] },
      fraudFindings: [
        { confirmedOn: '2020-01-01', scope: 'all', liftedOn: '2021-01-01' },
        { confirmedOn: '2022-01-01', scope: ['art02_1'], liftedOn: '2023-01-01' },
      ],
      otherDistrictSupport: [{ policy: 'other-policy', subjectId: 'S', projectId: 'P2', clause: 'art04_1', amount: '100.00', paidOn: '2026-01-01' }],
      districtContribution: { '2025': '-12.50', '2026': '999999999.00' },
    }),
    awardYear: 2026,
    approvalDate: '2026-12-01',
    applicationDate: '2026-11-01',
    claims: everyClaim(),
    projects: [{ id: 'P1', auditedInvestment: '1000000.00', superiorFunding: '5.00' }, { id: 'S' }],
    history: [{ clause: 'art05_2', subjectId: 'plant', awardYear: 2025, entitlement: '300000.00', paid: '300000.00', refunded: '0.01', paidOn: '2025-12-10', projectId: 'P9', tier: 'provincialSmartWorkshop', superiorFunded: false }],
    annualCapOverride: { decisionRef: '港区〔2026〕1号', reason: '一事一议' },
  };
}

/** Every property name a schema node (and its branches and items) declares, as dotted paths with `[]`. */
function propertyPaths(node: JsonSchemaNode, prefix: string, out: Set<string>): Set<string> {
  for (const [k, child] of Object.entries(node.properties ?? {})) {
    const p = prefix ? `${prefix}.${k}` : k;
    out.add(p);
    propertyPaths(child, p, out);
  }
  if (node.items) propertyPaths(node.items, `${prefix}[]`, out);
  for (const b of node.oneOf ?? []) propertyPaths(b, prefix, out);
  return out;
}

function valuePaths(value: unknown, prefix: string, out: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) valuePaths(v, `${prefix}[]`, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const isYearKey = /^[0-9]{4}$/.test(k);
      const p = isYearKey ? prefix : prefix ? `${prefix}.${k}` : k;
      out.add(p);
      valuePaths(v, p, out);
    }
  }
  return out;
}

describe('CSV layout: every claim kind and every field can be written in the two files', () => {
  it('the test application uses every field the input schema declares', () => {
    const declared = propertyPaths(jsonSchemaOf(Application, 'input'), '', new Set());
    const used = valuePaths(fullApplication(), '', new Set());
    expect([...declared].filter((p) => !used.has(p))).toEqual([]);
  });

  it('round-trips: applications written in the layout read back equal, field for field', () => {
    const apps = [fullApplication(), { ...fullApplication(), beneficiary: beneficiary({ id: 'B2' }), claims: [structuredClone(BASE_CLAIMS.art02_2!)] }];
    const items = readCsvPair(csvPairOf(apps), 'auto');
    expect(items.every((i) => i.kind === 'value' && i.problems === undefined)).toBe(true);
    expect(values(items)).toEqual(apps);
  });

  it('reads the committed fixture pair like the JSON samples (same results), with one bad row and one orphan claim', () => {
    const dir = join(ROOT, 'fixtures', 'batch');
    const items = readCsvPair(
      {
        beneficiaries: { name: 'beneficiaries.csv', bytes: readFileSync(join(dir, 'beneficiaries.csv')) },
        claims: { name: 'claims.csv', bytes: readFileSync(join(dir, 'claims.csv')) },
      },
      'auto',
    );
    const evaluateItem = createEvaluator();
    const records = items.map(evaluateItem);
    expect(records.map((r) => [r.record, r.line, r.beneficiaryId, r.ok])).toEqual([
      [1, 2, '91410100-DATA01', true],
      [2, 3, '91410100-MODEL02', true],
      [3, 4, '91410100-ROBOT03', true],
      [4, 5, '12410100-BADCSV08', false],
      [5, 6, '12410100-INST04', true],
      [6, 7, '51410100-ASSOC05', true],
      [7, null, '91410100-NOSUCH09', false],
    ]);
    const samples = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-applications.json'), 'utf8')) as Json[];
    const fromJson = samples.map((s) => createEvaluator()({ kind: 'value', record: 1, line: null, value: s }));
    const ok = records.filter((r) => r.ok);
    expect(ok.map((r) => r.ok && r.result)).toEqual(fromJson.map((r) => r.ok && r.result));
    const bad = records[3]!;
    expect(!bad.ok && bad.errors.map((e) => [e.path, e.at])).toEqual([
      ['beneficiary.legalForm', { file: 'beneficiaries.csv', line: 5, column: 'legalForm' }],
      ['claims[0].approvedAmount', { file: 'claims.csv', line: 14, column: 'approvedAmount' }],
    ]);
    const orphan = records[6]!;
    expect(!orphan.ok && orphan.errors.map((e) => [e.code, e.at])).toEqual([['orphanClaim', { file: 'claims.csv', line: 19, column: 'beneficiaryId' }]]);
  });

  it('reads the GBK copy of the fixture pair to exactly the same records as the UTF-8 (BOM) pair', () => {
    const read = (sub: string) =>
      readCsvPair(
        {
          beneficiaries: { name: 'beneficiaries.csv', bytes: readFileSync(join(ROOT, 'fixtures', 'batch', sub, 'beneficiaries.csv')) },
          claims: { name: 'claims.csv', bytes: readFileSync(join(ROOT, 'fixtures', 'batch', sub, 'claims.csv')) },
        },
        'auto',
      );
    const gbkBytes = readFileSync(join(ROOT, 'fixtures', 'batch', 'gbk', 'beneficiaries.csv'));
    expect(gbkBytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(gbkBytes.includes(Buffer.from('示例', 'utf8'))).toBe(false);
    const strip = (items: InputItem[]) => items.map((i) => (i.kind === 'value' ? { ...i, locate: undefined } : i));
    const gbk = strip(read('gbk'));
    expect(gbk).toEqual(strip(read('')));
    expect(gbk[0]!.kind === 'value' && (gbk[0]!.value as { beneficiary: { name: string } }).beneficiary.name).toBe('示例数据服务企业（合成）');
  });
});

describe('CSV cells are converted by the type of their field', () => {
  it.each([
    ['TRUE', 'boolean', true], ['false', 'boolean', false], ['是', 'boolean', true], ['否', 'boolean', false], ['yes', 'boolean', 'yes'],
    ['2026', 'integer', 2026], ['2026.5', 'integer', '2026.5'], ['49.99999999999999999', 'integer', '49.99999999999999999'],
    ['2026.0000000000000001', 'integer', '2026.0000000000000001'], ['9007199254740993', 'integer', '9007199254740993'], ['-3', 'integer', -3], ['二〇二六', 'integer', '二〇二六'],
    ['2026/3/1', 'date', '2026-03-01'], ['2026-3-1', 'date', '2026-03-01'], ['2026.12.31', 'date', '2026-12-31'], ['3/1/2026', 'date', '3/1/2026'],
    ['largeModels；intelligentRobots; ', 'list', ['largeModels', 'intelligentRobots']], ['all', 'allOrList', 'all'],
    ['art02_1;art02_2', 'allOrList', ['art02_1', 'art02_2']], ['1,500,000', 'string', '1,500,000'],
  ] as const)('%s as %s → %j', (text, kind, expected) => {
    expect(convertCell(text, kind)).toEqual(expected);
  });

  it('parses column paths with fields, year keys and indexes, and rejects what is not a path', () => {
    expect(parseColumnPath('disbursements[1].amount')).toEqual(['disbursements', 1, 'amount']);
    expect(parseColumnPath('districtContribution.2025')).toEqual(['districtContribution', '2025']);
    expect(parseColumnPath('a..b')).toBeNull();
    expect(parseColumnPath('a[x]')).toBeNull();
    expect(parseColumnPath('')).toBeNull();
  });

  it('a cell that does not convert reaches the engine, which names the field, the row and the column', () => {
    const claims = 'beneficiaryId,claimId,clause,subjectId,intelligentRobot\nB1,c1,art06_3,S,yes\n';
    const t = toCsvTables([{ beneficiary: beneficiary(), awardYear: 2026, approvalDate: '2026-12-01', claims: [] }]);
    const [rec] = readCsvPair(pair(csvText(t.beneficiaries), claims), 'auto').map(createEvaluator());
    expect(rec!.ok).toBe(false);
    expect(!rec!.ok && rec!.errors).toEqual([
      {
        path: 'claims[0].intelligentRobot',
        code: 'invalid',
        params: { rule: 'expected', expected: { kind: 'format', format: 'boolean' }, received: { type: 'string', text: '"yes"' } },
        message: { zh: '应为布尔值 true 或 false，而不是 "yes"', en: 'expected a boolean, true or false, not "yes"' },
        at: { file: 'claims.csv', line: 2, column: 'intelligentRobot' },
      },
    ]);
  });
});

describe('CSV join by beneficiaryId (and awardYear)', () => {
  const benHead = 'beneficiaryId,awardYear,approvalDate,legalForm,rndInstitution,registeredInDistrict,taxAdministeredInDistrict,statsRegisteredInDistrict,independentLegalPerson,soundFinancialSystem,operatingNormally,goodCredit,mainBusinessFields,districtContribution.2025\n';
  const ben = (id: string, year: number) => `${id},${year},${year}-12-01,enterprise,false,true,true,true,true,true,true,true,largeModels,100.00\n`;

  it('without an awardYear column, a claim joins the only row of its beneficiary; with two rows it is an error on both', () => {
    const claims = 'beneficiaryId,claimId,clause,subjectId,intelligentRobot\nB1,c1,art06_3,S,true\nB2,c2,art06_3,S,true\n';
    const items = readCsvPair(pair(benHead + ben('B1', 2026) + ben('B2', 2026) + ben('B2', 2027), claims), 'auto');
    const recs = items.map(createEvaluator());
    expect(recs.map((r) => r.ok)).toEqual([true, false, false]);
    expect(recs[0]!.ok && recs[0]!.result.lines.map((l) => l.claimId)).toEqual(['c1']);
    for (const r of recs.slice(1)) expect(!r.ok && r.errors.map((e) => [e.code, e.at?.line])).toEqual([['ambiguousClaim', 3]]);
  });

  it('with an awardYear column, claims join the row of their year', () => {
    const claims = 'beneficiaryId,awardYear,claimId,clause,subjectId,intelligentRobot\nB2,2027,c27,art06_3,S,true\nB2,2026,c26,art06_3,S,true\n';
    const recs = readCsvPair(pair(benHead + ben('B2', 2026) + ben('B2', 2027), claims), 'auto').map(createEvaluator());
    expect(recs.map((r) => r.ok && [r.result.awardYear, r.result.lines.map((l) => l.claimId)])).toEqual([[2026, ['c26']], [2027, ['c27']]]);
  });

  it('two rows with the same beneficiaryId and awardYear are both errors naming the lines', () => {
    const recs = readCsvPair(pair(benHead + ben('B1', 2026) + ben('B1', 2026), 'beneficiaryId,claimId,clause\n'), 'auto').map(createEvaluator());
    expect(recs.map((r) => !r.ok && r.errors.map((e) => e.code))).toEqual([['duplicate'], ['duplicate']]);
    expect(!recs[0]!.ok && recs[0]!.errors[0]!.message.en).toContain('lines 2, 3');
  });

  it('claims without a beneficiaries row become one error record per beneficiary, after the others, none lost', () => {
    const claims = 'beneficiaryId,awardYear,claimId,clause\nX,2026,c1,art06_3\nB1,2026,c2,art06_3\nX,2026,c3,art06_3\n,,c4,art06_3\n';
    const items = readCsvPair(pair(benHead + ben('B1', 2026), claims), 'auto');
    const recs = items.map(createEvaluator());
    expect(recs.map((r) => [r.record, r.beneficiaryId, r.ok])).toEqual([[1, 'B1', false], [2, 'X', false], [3, null, false]]);
    expect(!recs[1]!.ok && recs[1]!.errors.map((e) => e.at?.line)).toEqual([2, 4]);
    expect(!recs[2]!.ok && recs[2]!.errors[0]!.message.zh).toBe('claims.csv 第 5 行缺少受益主体编号（beneficiaryId）');
  });

  it('a row with more cells than the header makes its application an error (never a partial result), with the line', () => {
    const claims = 'beneficiaryId,claimId,clause,subjectId,intelligentRobot\nB1,c1,art06_3,S,true,surplus\n';
    const [rec] = readCsvPair(pair(benHead + ben('B1', 2026), claims), 'auto').map(createEvaluator());
    expect(!rec!.ok && rec!.errors.map((e) => [e.code, e.at?.file, e.at?.line])).toEqual([['csvRow', 'claims.csv', 2]]);
  });

  it('skips empty rows (as Excel leaves them) and gives the line where a multi-line row starts', () => {
    const b = `${benHead.replace('\n', ',name\n')}\n,,,,,,,,,,,,,,\n${ben('B1', 2026).replace('\n', ',"two\nlines"\n')}`;
    const [item] = readCsvPair(pair(b, 'beneficiaryId,claimId,clause\n'), 'auto');
    expect(item!.line).toBe(4);
    expect(item!.kind === 'value' && (item!.value as { beneficiary: { name: string } }).beneficiary.name).toBe('two\nlines');
  });
});

describe('CSV files that cannot be read as a whole stop before any record, with a bilingual message', () => {
  const ok = 'beneficiaryId,claimId,clause\n';
  const cases: [string, ReturnType<typeof pair>, RegExp][] = [
    ['an unknown column', pair('beneficiaryId,legalFrom\nB1,enterprise\n', ok), /unknown column "legalFrom"/],
    ['a claim column no clause has', pair('beneficiaryId\nB1\n', 'beneficiaryId,claimId,clause,approvedAmont\n'), /unknown column "approvedAmont"/],
    ['a claims file without claimId', pair('beneficiaryId\nB1\n', 'beneficiaryId,clause\n'), /missing "claimId"/],
    ['a beneficiaries file without beneficiaryId', pair('id\nB1\n', ok), /missing "beneficiaryId"/],
    ['a column twice', pair('beneficiaryId,name,name\nB1,a,b\n', ok), /"name" ×2/],
    ['a quote never closed', pair('beneficiaryId,name\nB1,"open\n', ok), /malformed CSV \(near line \d+\)/],
    ['an empty file', pair('', ok), /the file is empty/],
  ];
  it.each(cases)('%s', (_name, p, en) => {
    let error: unknown;
    try {
      readCsvPair(p, 'auto');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BatchInputError);
    expect((error as BatchInputError).text.en).toMatch(en);
    expect((error as BatchInputError).text.zh).toMatch(/[\u4e00-\u9fff]/);
    expect((error as BatchInputError).exitStatus).toBe(3);
  });

  it('UTF-16 (Excel "Unicode text") is refused with what to do instead', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('beneficiaryId\n', 'utf16le')]);
    expect(() => readCsvPair({ beneficiaries: { name: 'b.csv', bytes: utf16 }, claims: { name: 'c.csv', bytes: enc(ok) } }, 'auto')).toThrow(/CSV UTF-8/);
  });

  it('--encoding utf8 refuses a GBK file instead of guessing', () => {
    const gbk = readFileSync(join(ROOT, 'fixtures', 'batch', 'gbk', 'beneficiaries.csv'));
    expect(() => readCsvPair({ beneficiaries: { name: 'b.csv', bytes: gbk }, claims: { name: 'c.csv', bytes: enc(ok) } }, 'utf8')).toThrow(/not valid UTF-8/);
  });
});
