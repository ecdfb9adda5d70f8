/**
 * The drafters' catalogue (docs/parameters.md, docs/readings.md) is generated from the parameters and readings by
 * scripts/build-catalogue.ts: the committed files must be what the generator writes, so they never drift, and
 * every example they give must be a reform the engine accepts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCatalogue, exampleValue, registerSection, ROOT } from '../../scripts/build-catalogue.js';
import { PARAMETERS, READINGS } from '../../src/policy/catalogue.js';
import { parseReform } from '../../src/tools/drafting/reform.js';
import { writeParameter } from '../../src/tools/drafting/text.js';

const files = buildCatalogue();
const parameters = files.get('docs/parameters.md')!;
const readings = files.get('docs/readings.md')!;
const POLICY = readFileSync(join(ROOT, 'policy', 'policy.zh.md'), 'utf8');

describe('the catalogue in docs/', () => {
  it.each([...files.keys()])('%s is what `npm run docs:catalogue` writes (run it after changing a parameter or a reading)', (file) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).toBe(files.get(file));
  });

  it('has one row per parameter and per reading, in catalogue order', () => {
    const rowIds = (md: string): string[] => [...md.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!);
    expect(rowIds(parameters)).toEqual(PARAMETERS.map((d) => d.id));
    expect(rowIds(readings)).toEqual(READINGS.map((d) => d.id));
  });

  it('each parameter row quotes the text verbatim, with the number that states the value in bold', () => {
    for (const def of PARAMETERS) {
      const row = parameters.split('\n').find((l) => l.startsWith(`| \`${def.id}\` |`))!;
      if (def.quote === undefined) {
        expect(row).toContain('not in the text');
        continue;
      }
      const quoted = /「([^」]*)」/.exec(row)![1]!;
      expect(POLICY).toContain(quoted.replace(/\*\*/g, ''));
      if (def.token !== undefined) expect(quoted).toContain(`**${def.token}**`);
    }
    expect(parameters).toContain('「每个企业每年最高**100万元**」');
    expect(parameters).toContain('0 – 1000000000（0元 – 10亿元）');
  });

  it('every parameter example, copied into one reform, is accepted and changes the value; its comment is how the text would read', () => {
    const lines = [...parameters.matchAll(/\| `([a-z0-9_.A-Z]+: "[^"]*")(?: {3}# ([^`]+))?` \|$/gm)];
    expect(lines).toHaveLength(PARAMETERS.length);
    const reform = parseReform(`parameters:\n${lines.map((m) => `  ${m[1]}`).join('\n')}\n`, 'yaml');
    expect(Object.keys(reform.parameters)).toHaveLength(PARAMETERS.length);
    for (const def of PARAMETERS) {
      expect(reform.parameters[def.id]).toBe(exampleValue(def));
      expect(reform.parameters[def.id]).not.toBe(def.value);
    }
    for (const m of lines) {
      const [id, value] = Object.entries(parse(m[1]!) as Record<string, string>)[0]!;
      if (m[2] !== undefined) expect(m[2]).toBe(writeParameter(id, value));
    }
    expect(parameters).toContain('`art02_2.cap: "2000000"   # 200万元`');
  });

  it('each reading row asks its question, says every option in zh and en, marks the default, and its example switches it', () => {
    for (const def of READINGS) {
      const row = readings.split('\n').find((l) => l.startsWith(`| \`${def.id}\``))!;
      expect(row).toContain(def.question.zh);
      expect(row).toContain(def.question.en);
      for (const [o, w] of Object.entries(def.options)) expect(row).toContain(`\`${o}\`${o === def.default ? '（默认 / default）' : ''}：${w.zh} / ${w.en}`);
      expect(row.includes('**§11**')).toBe(def.consequential);
    }
    const examples = [...readings.matchAll(/\| `([A-Z][0-9A-Z.]*: [A-Za-z]+)` \|$/gm)].map((m) => m[1]!);
    expect(examples).toHaveLength(READINGS.length);
    const reform = parseReform(`readings:\n${examples.map((e) => `  ${e}`).join('\n')}\n`, 'yaml');
    for (const def of READINGS) expect(reform.readings[def.id]).not.toBe(def.default);
  });

  it('names the register section of each reading, and refuses a reading the register does not discuss', () => {
    const register = readFileSync(join(ROOT, 'docs', 'clause-register.md'), 'utf8');
    expect(registerSection(register, 'A9.3.2')).toMatch(/^九\(三\)/);
    expect(registerSection(register, 'R7')).toMatch(/^0\.2 General reading rules/);
    expect(() => registerSection(register, 'A99.9')).toThrow(/A99\.9 has no entry/);
  });
});
