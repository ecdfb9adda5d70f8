/**
 * Reforms as data: parsed from YAML (failsafe: money keeps its digits) or JSON (numbers refused where exactness
 * matters), validated against the schema and the parameters' units, with errors that name the field and the
 * closest valid names, in zh and en. Nothing in a reform is evaluated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyInputError, type InputIssue } from '../../src/edges/input/errors.js';
import { closestNames, editDistance, parseReform, reformFormatOf, reformOptions, validateReform } from '../../src/tools/drafting/reform.js';
import { suggestValue } from '../../src/edges/input/parameterValues.js';
import { parameterDef } from '../../src/policy/catalogue.js';

/** The issues a failing call throws (fails the test when it does not throw). */
function issuesOf(f: () => unknown): readonly InputIssue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    const issues = (e as PolicyInputError).issues;
    for (const i of issues) {
      expect(i.message.zh.length).toBeGreaterThan(2);
      expect(i.message.en.length).toBeGreaterThan(2);
    }
    return issues;
  }
  return expect.unreachable('expected a PolicyInputError') as never;
}

describe('a reform in YAML', () => {
  it('keeps money exact: 200000.00 stays "200000.00", an amount with every digit allowed keeps every digit', () => {
    const r = parseReform('parameters:\n  art02_2.cap: 200000.00\n  art08_3.cap: 987654321.45\n  art02_2.rate: 0.10\n', 'yaml');
    expect(r.parameters).toEqual({ 'art02_2.cap': '200000.00', 'art02_2.rate': '0.10', 'art08_3.cap': '987654321.45' });
  });

  it('reads readings, switched-off lines, titles and nested parameter paths', () => {
    const r = parseReform([
      'id: my-reform',
      'title: { zh: 标题, en: Title }',
      'parameters:',
      '  art03_1:',
      '    cap:',
      '      keyRd: "3000000"',
      'readings:',
      '  A9.3.1: b',
      'disabledLines: [art04_3, art02_1]',
    ].join('\n'), 'yaml');
    expect(r).toEqual({
      id: 'my-reform', title: { zh: '标题', en: 'Title' }, description: null,
      parameters: { 'art03_1.cap.keyRd': '3000000' }, readings: { 'A9.3.1': 'b' }, disabledLines: ['art02_1', 'art04_3'],
    });
    expect(reformOptions(r)).toEqual({ parameters: { 'art03_1.cap.keyRd': '3000000' }, readings: { 'A9.3.1': 'b' } });
  });

  it('refuses tags and aliases: nothing in a reform is evaluated or expanded', () => {
    const tagged = issuesOf(() => parseReform('parameters:\n  art02_2.cap: !!js/function "function(){ return 1 }"\n', 'yaml'));
    expect(tagged[0]!.message.en).toMatch(/YAML error: Unresolved tag/);
    const aliased = issuesOf(() => parseReform('a: &x "2000000"\nparameters:\n  art02_2.cap: *x\n', 'yaml'));
    expect(aliased[0]!.message.en).toMatch(/aliases/);
  });

  it('says where a YAML syntax error is, and refuses duplicate keys', () => {
    const [syntax] = issuesOf(() => parseReform('parameters:\n  art02_2.cap: [1\n', 'yaml'));
    expect(syntax!.path).toMatch(/^line \d+, column \d+$/);
    const [dup] = issuesOf(() => parseReform('readings:\n  A9.3.1: b\n  A9.3.1: a\n', 'yaml'));
    expect(dup!.message.en).toMatch(/unique/);
  });

  it('an empty file is the empty reform', () => {
    expect(parseReform('', 'yaml')).toMatchObject({ parameters: {}, readings: {}, disabledLines: [] });
  });
});

describe('a reform in JSON', () => {
  it('refuses a number for money, asking for a string, in zh and en', () => {
    const [issue] = issuesOf(() => parseReform('{"parameters": {"art02_2.cap": 2000000}}', 'json'));
    expect(issue!.path).toBe('parameters.art02_2.cap');
    expect(issue!.message.zh).toMatch(/金额须写成带引号的字符串/);
    expect(issue!.message.en).toMatch(/amounts must be quoted strings to stay exact \(JSON numbers can lose digits\)/);
  });

  it('refuses numbers for other parameters too, and non-strings for readings', () => {
    const issues = issuesOf(() => parseReform('{"parameters": {"art02_2.rate": 0.15}, "readings": {"A9.3.1": true}}', 'json'));
    expect(issues.map((i) => i.path)).toEqual(['parameters.art02_2.rate', 'readings.A9.3.1']);
  });

  it('accepts strings and null where the text leaves a value open', () => {
    expect(parseReform('{"parameters": {"art02_2.cap": "2000000.00", "art02_1.ratio": null}}', 'json').parameters)
      .toEqual({ 'art02_1.ratio': null, 'art02_2.cap': '2000000.00' });
    expect(issuesOf(() => parseReform('{"parameters": {"art02_2.cap": null}}', 'json'))[0]!.path).toBe('parameters.art02_2.cap');
  });

  it('refuses prototype-poisoning keys and broken JSON', () => {
    expect(issuesOf(() => parseReform('{"parameters": {"__proto__": {"x": "1"}}}', 'json'))[0]!.code).toBe('forbiddenKey');
    expect(issuesOf(() => parseReform('{"parameters": ', 'json'))[0]!.message.en).toMatch(/not valid JSON/);
  });
});

describe('validation names the field and the closest valid names', () => {
  it('an unknown parameter path names the closest ids by edit distance', () => {
    const [issue] = issuesOf(() => validateReform({ parameters: { 'art02_2.capp': '1' } }));
    expect(issue!.path).toBe('parameters.art02_2.capp');
    expect(issue!.code).toBe('unknownKey');
    expect(issue!.message.en).toMatch(/the closest valid ones: "art02_2\.cap"/);
    expect(issue!.message.zh).toContain('"art02_2.cap"');
  });

  it('a nested unknown path, an unknown reading id, an unknown clause and an unknown field', () => {
    const issues = issuesOf(() => validateReform({
      parameters: { art08_2: { revenueTreshold: '1' } }, readings: { 'A9.3.l': 'b' }, disabledLines: ['art04_33', '四(三)'],
    }));
    expect(issues.map((i) => [i.path, i.message.en.match(/"([^"]+)"(?=[^"]*$)|closest valid ones: "([^"]+)"/)?.[2] ?? i.message.en])).toEqual([
      ['parameters.art08_2.revenueTreshold', 'art08_2.revenueThreshold'],
      ['readings.A9.3.l', 'A9.3.1'],
      ['disabledLines[0]', 'art04_3'],
      ['disabledLines[1]', 'use the clause id: write "四(三)" as "art04_3"'],
    ]);
    const [field] = issuesOf(() => validateReform({ paramters: {} }));
    expect(field!.path).toBe('paramters');
    expect(field!.message.en).toMatch(/closest valid ones: "parameters"/);
  });

  it('a wrong unit is refused with the form the parameter expects', () => {
    const issues = issuesOf(() => validateReform({ parameters: {
      'art02_2.cap': '200万元', 'art02_2.rate': '15%', 'art03_3.ratioProvincial': '1:0.8', 'art08_2.revenueComparison': '超过',
      'art04_1.paramsThreshold': '千亿', 'art08_2.servedThreshold': '50家', 'art09_7.effectiveDate': '2025年7月1日',
    } }));
    const hint = (path: string): string => issues.find((i) => i.path === `parameters.${path}`)!.message.en;
    expect(hint('art02_2.cap')).toMatch(/write "200万元" as "2000000"/);
    expect(hint('art02_2.rate')).toMatch(/write "15%" as "0.15"/);
    expect(hint('art03_3.ratioProvincial')).toMatch(/write "1:0.8" as "0.8"/);
    expect(hint('art08_2.revenueComparison')).toMatch(/write "超过" as "moreThan"/);
    expect(hint('art04_1.paramsThreshold')).toMatch(/write "千亿" as "100000000000"/);
    expect(hint('art08_2.servedThreshold')).toMatch(/write "50家" as "50"/);
    expect(hint('art09_7.effectiveDate')).toMatch(/write "2025年7月1日" as "2025-07-01"/);
    expect(issues).toHaveLength(7);
  });

  it('a wrong type is refused', () => {
    const [issue] = issuesOf(() => validateReform({ parameters: { 'art02_2.cap': true } }));
    expect(issue!.message.en).toMatch(/wrong type: expected an amount in yuan/);
  });

  it('a percentage above 100 % is refused with what was probably meant', () => {
    const [issue] = issuesOf(() => validateReform({ parameters: { 'art04_1.rate': '30' } }));
    expect(issue!.code).toBe('outOfRange');
    expect(issue!.message.en).toMatch(/"30" means 3000 %, for 30 % write "0.3"/);
    expect(validateReform({ parameters: { 'art04_1.rate': '1' } }).parameters).toEqual({ 'art04_1.rate': '1' });
    // A matching ratio above 1 (1:2) is a legitimate value.
    expect(validateReform({ parameters: { 'art05_3.ratio': '2' } }).parameters).toEqual({ 'art05_3.ratio': '2' });
  });

  it('a reading option that does not exist lists the options', () => {
    const [issue] = issuesOf(() => validateReform({ readings: { 'A9.3.1': 'c' } }));
    expect(issue!.message.en).toBe('expected one of: "a", "b", not "c"');
  });

  it('every problem is reported at once; duplicates are refused', () => {
    const issues = issuesOf(() => validateReform({
      parameters: { 'art02_2.cap': 'x', art02_2: { cap: '1' } }, readings: { R9: 'x' }, disabledLines: ['art04_3', 'art04_3', 7],
    }));
    expect(issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'parameters.art02_2.cap:invalid', 'parameters.art02_2.cap:duplicate', 'readings.R9:invalid', 'disabledLines[1]:duplicate', 'disabledLines[2]:invalid',
    ]);
  });

  it('the shape is checked: title, id, lists', () => {
    const issues = issuesOf(() => validateReform({ id: 'has space', title: 3, disabledLines: 'art04_3' }));
    expect(issues.map((i) => i.path).sort()).toEqual(['disabledLines', 'id', 'title']);
    expect(issuesOf(() => validateReform([]))[0]!.message.en).toMatch(/expected a reform: a map \(object\) with the fields id, title, description, parameters, readings, disabledLines, not an array \[\]/);
  });
});

describe('helpers', () => {
  it('edit distance and closest names', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closestNames('art02_2.capp', ['art02_1.cap', 'art02_2.cap', 'art08_2.cap'])).toEqual(['art02_2.cap', 'art02_1.cap', 'art08_2.cap']);
  });

  it('suggestions only where the meaning is clear', () => {
    expect(suggestValue(parameterDef('art02_2.cap')!, '2,000,000')).toBe('2000000');
    expect(suggestValue(parameterDef('art02_2.cap')!, '2000000元')).toBe('2000000');
    expect(suggestValue(parameterDef('art02_2.cap')!, 'a lot')).toBeNull();
    expect(suggestValue(parameterDef('art02_2.thresholdComparison')!, '（含）以上')).toBe('atLeast');
  });

  it('the format of a reform file by its name', () => {
    expect(reformFormatOf('a.yaml')).toBe('yaml');
    expect(reformFormatOf('a.YML')).toBe('yaml');
    expect(reformFormatOf('a.json')).toBe('json');
    expect(issuesOf(() => reformFormatOf('a.txt'))[0]!.message.en).toMatch(/expected \.yaml, \.yml or \.json/);
  });

  it('every reform file in fixtures/reforms is valid', () => {
    const dir = new URL('../../fixtures/reforms/', import.meta.url);
    const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const r = parseReform(readFileSync(new URL(f, dir), 'utf8'), reformFormatOf(f));
      expect(`${r.id}.${f.split('.').pop()}`).toBe(f);
    }
  });
});
