/**
 * The policy's versions by date (九(六), register A9.6.1), with a made-up "issued" version that changes three
 * numbers from 2027-01-01 (fixtures/versions/issued-2027.json): 二(二)'s yearly cap 100万 → 150万, 四(三)'s cap
 * 100万 → 80万, 七(一)'s national award 500万 → 600万. Lines before and after the date, one batch that straddles it,
 * the approval-date reading, a multi-year run that crosses it, results that name the version, bad version files,
 * and the drafting tools comparing and rendering versions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, PolicyInputError } from '../src/index.js';
import { BASELINE_REFORM, bindText, compare, parseVersion, renderText, versionAsReform } from '../src/tools/drafting/index.js';
import type { PolicyVersion } from '../src/policy/versions.js';
import { application, beneficiary, claim, evaluate, evaluateYears, type Json } from './helpers.js';

const ISSUED_TEXT = readFileSync(new URL('../fixtures/versions/issued-2027.json', import.meta.url), 'utf8');
const ISSUED = JSON.parse(ISSUED_TEXT) as PolicyVersion;
const policyText = readFileSync(new URL('../policy/policy.zh.md', import.meta.url), 'utf8');

const rich = beneficiary({ districtContribution: { '2025': '90000000.00', '2026': '90000000.00', '2027': '90000000.00' } });
const appIn = (awardYear: number, claims: Json[], approvalDate = `${awardYear}-12-01`) =>
  application(claims, { beneficiary: rich, awardYear, approvalDate });
/** 二(二) with revenue far above the cap: 10 % of 3000万 = 300万, capped. */
const dataService = (year: number) => claim('art02_2', { dataServiceRevenue: { [String(year - 1)]: '30000000.00' } });
const lineAmount = (r: ReturnType<typeof evaluate>, id = 'c') => r.lines.find((l) => l.claimId === id)!.net;

describe('a line takes the values in force on its qualifying-fact date (A9.6.1 default)', () => {
  it('二(二): the 2026 round (base year 2025, before the date) keeps 100万; the 2028 round (base year 2027) has 150万', () => {
    expect(lineAmount(evaluate(appIn(2026, [dataService(2026)]), { version: ISSUED }))).toBe('1000000.00');
    expect(lineAmount(evaluate(appIn(2028, [dataService(2028)]), { version: ISSUED }))).toBe('1500000.00');
    // Without the version, the draft's 100万 in both.
    expect(lineAmount(evaluate(appIn(2028, [dataService(2028)])))).toBe('1000000.00');
  });

  it('四(三): one batch with a filing the day before and one on the date: 100万 and 80万 caps', () => {
    const before = claim('art04_3', { id: 'a', subjectId: 'M1', filedOn: '2026-12-31', evaluationRelatedFees: '3000000.00' });
    const after = claim('art04_3', { id: 'b', subjectId: 'M2', filedOn: '2027-01-01', evaluationRelatedFees: '3000000.00' });
    const r = evaluate(appIn(2027, [before, after]), { version: ISSUED });
    const capOf = (id: string) => r.lines.find((l) => l.claimId === id)!.adjustments.find((a) => a.code === 'itemCap');
    expect(capOf('a')).toMatchObject({ cap: '1000000.00', after: '1000000.00' });
    expect(capOf('b')).toMatchObject({ cap: '800000.00', after: '800000.00' });
    // 一次性 per enterprise (A4.3.1 a): the larger one is paid.
    expect(lineAmount(r, 'a')).toBe('1000000.00');
    expect(r.policyVersion).toEqual({ id: 'issued-2027', applied: ['art02_2.cap@2027-01-01', 'art04_3.cap@2027-01-01', 'art07_1.national@2027-01-01'] });
  });

  it('七(一): a national designation on 2027-01-01 is 600万, on 2026-12-31 500万', () => {
    const park = (on: string) => claim('art07_1', { level: 'national', designatedOn: on });
    expect(lineAmount(evaluate(appIn(2027, [park('2026-12-31')]), { version: ISSUED }))).toBe('5000000.00');
    expect(lineAmount(evaluate(appIn(2027, [park('2027-01-01')]), { version: ISSUED }))).toBe('6000000.00');
  });

  it('under A9.6.1 approvalDate every line takes the values in force on the approval date', () => {
    const park = claim('art07_1', { level: 'national', designatedOn: '2026-06-01' });
    expect(lineAmount(evaluate(appIn(2027, [park], '2027-03-01'), { version: ISSUED }))).toBe('5000000.00');
    expect(lineAmount(evaluate(appIn(2027, [park], '2027-03-01'), { version: ISSUED, readings: { 'A9.6.1': 'approvalDate' } }))).toBe('6000000.00');
    expect(lineAmount(evaluate(appIn(2026, [park], '2026-12-01'), { version: ISSUED, readings: { 'A9.6.1': 'approvalDate' } }))).toBe('5000000.00');
  });

  it('reform values given on top apply on every date', () => {
    const r = evaluate(appIn(2028, [dataService(2028)]), { version: ISSUED, parameters: { 'art02_2.cap': '1200000' } });
    expect(lineAmount(r)).toBe('1200000.00');
  });
});

describe('a multi-year run that crosses the date', () => {
  it('pays each year under the values in force on its lines\' dates, and names the changes it used', () => {
    const years = evaluateYears({
      beneficiary: rich,
      years: [2026, 2027, 2028].map((y) => ({ awardYear: y, approvalDate: `${y}-12-01`, claims: [{ ...dataService(y), id: `c${y}` }] })),
    }, { version: ISSUED });
    expect(years.years.map((y) => y.total)).toEqual(['1000000.00', '1000000.00', '1500000.00']);
    // The changes in force for the year's lines: none while their dates are before 2027-01-01.
    const all = ['art02_2.cap@2027-01-01', 'art04_3.cap@2027-01-01', 'art07_1.national@2027-01-01'];
    expect(years.years.map((y) => y.policyVersion?.applied)).toEqual([[], [], all]);
    expect(years.total).toBe('3500000.00');
  });
});

describe('results name the version in their explanation and fingerprint', () => {
  it('a result under a version says so, in Chinese and English, and its fingerprint hashes the version', () => {
    const r = evaluate(appIn(2028, [dataService(2028)]), { version: ISSUED });
    expect(explain(r, 'zh').join('\n')).toContain('政策版本 issued-2027');
    expect(explain(r, 'zh').join('\n')).toContain('art02_2.cap@2027-01-01');
    expect(explain(r, 'en').join('\n')).toContain('Policy version issued-2027');
    expect(r.fingerprint.policyVersion?.id).toBe('issued-2027');
    expect(r.fingerprint.policyVersion?.changes).toMatch(/^[0-9a-f]{64}$/);
    const other = evaluate(appIn(2028, [dataService(2028)]), { version: { ...ISSUED, changes: ISSUED.changes.slice(1) } });
    expect(other.fingerprint.policyVersion?.changes).not.toBe(r.fingerprint.policyVersion?.changes);
  });

  it('a result without a version has neither field (the draft, as before)', () => {
    const r = evaluate(appIn(2028, [dataService(2028)]));
    expect('policyVersion' in r).toBe(false);
    expect('policyVersion' in r.fingerprint).toBe(false);
    expect(explain(r, 'zh').join('\n')).not.toContain('政策版本');
  });
});

describe('a version is checked like a reform file', () => {
  const bad = (version: unknown) => {
    try {
      evaluate(appIn(2026, [dataService(2026)]), { version });
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      return (e as PolicyInputError).issues.map((i) => `${i.path} ${i.code} ${i.message.en}`);
    }
    throw new Error('accepted');
  };
  const change = ISSUED.changes[0]!;

  it('names each bad field with what was expected', () => {
    expect(bad({ ...ISSUED, id: '' }).join('\n')).toMatch(/^version\.id invalid expected a version name/);
    expect(bad({ ...ISSUED, title: undefined }).join('\n')).toMatch(/version\.title required/);
    expect(bad({ ...ISSUED, changes: [{ ...change, parameter: 'art02_2.capp' }] }).join('\n')).toMatch(/version\.changes\[0\]\.parameter unknownKey .*art02_2\.cap/);
    expect(bad({ ...ISSUED, changes: [{ ...change, value: '150万' }] }).join('\n')).toMatch(/version\.changes\[0\]\.value invalid/);
    expect(bad({ ...ISSUED, changes: [{ ...change, from: '2027-02-30' }] }).join('\n')).toMatch(/version\.changes\[0\]\.from invalid/);
    expect(bad({ ...ISSUED, changes: [{ ...change, source: { document: '', article: '二(二)' } }] }).join('\n')).toMatch(/source\.document invalid/);
    expect(bad({ ...ISSUED, changes: [change, change] }).join('\n')).toMatch(/version\.changes\[1\] duplicate/);
    expect(bad({ ...ISSUED, extra: 1 }).join('\n')).toMatch(/version\.extra unknownKey/);
    expect(bad('issued-2027').join('\n')).toMatch(/^version invalid/);
  });

  it('reads a version file in JSON and YAML', () => {
    expect(parseVersion(ISSUED_TEXT, 'json')).toEqual(ISSUED);
    const yaml = [
      'id: issued-2027', 'title: { zh: 示例, en: Example }', 'changes:',
      '  - { parameter: art02_2.cap, from: "2027-01-01", value: "1500000", source: { document: 示例印发稿, article: 二(二) } }',
    ].join('\n');
    expect(parseVersion(yaml, 'yaml').changes[0]).toMatchObject({ parameter: 'art02_2.cap', from: '2027-01-01', value: '1500000' });
    expect(() => parseVersion('{', 'json')).toThrow(PolicyInputError);
  });
});

describe('the drafting tools over versions', () => {
  it('render each version\'s text on a date: the draft\'s words before, the changed numbers after', () => {
    const bound = bindText(policyText);
    const before = renderText(bound, versionAsReform(ISSUED, '2026-12-31').parameters);
    const after = renderText(bound, versionAsReform(ISSUED, '2027-01-01').parameters);
    expect(before.text).toBe(policyText);
    expect(after.text).toContain('每个企业每年最高150万元');
    expect(after.text).toContain('给予不超过80万元的一次性奖励');
    expect(after.text).toContain('分别给予600万元、300万元的一次性奖励');
    expect(after.changes).toHaveLength(3);
  });

  it('compare two versions like a baseline and a reform', () => {
    const portfolio = [{ beneficiary: rich, years: [{ awardYear: 2028, approvalDate: '2028-12-01', claims: [dataService(2028)] }] }];
    const c = compare(BASELINE_REFORM, versionAsReform(ISSUED, '2028-12-01'), portfolio);
    expect(c.total.baseline).toBe('1000000.00');
    expect(c.total.reform).toBe('1500000.00');
  });
});
