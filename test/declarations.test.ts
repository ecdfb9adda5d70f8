/**
 * A clause owns its facts: each clause file declares its claim's inputs, its parameters, its readings, its
 * conditions with the words of the text that state them, its overlap group and whether it is annual, project-bound,
 * paid as a difference or an R&D project line; the registries and constraint sets are assembled from those
 * declarations. These tests hold the declarations to the text and to the register, and the assembled registries to
 * the declarations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AWARD_LINES, CLAUSES, type ClauseId } from '../src/index.js';
import { CLAUSE_INPUTS, CLAUSE_WORDS } from '../src/clauses/index.js';
import { Claim } from '../src/policy/input.js';
import { OVERLAP_GROUPS } from '../src/constraints/overlap.js';
import { PARAMETER_FACTS } from '../src/policy/parameters.js';
import { READING_FACTS, byRegisterOrder } from '../src/policy/readings.js';
import { ITEM_LABEL } from '../src/policy/ids.js';
import { CONDITION_WORDS, DECLARED_WORDS, PARAMETER_WORDS, READING_ITEMS, READING_QUESTIONS, READING_WORDS } from '../src/policy/words.js';
import { application, bigProject, claim, evaluate } from './helpers.js';

const canonical = readFileSync(new URL('../policy/policy.zh.md', import.meta.url), 'utf8');
const sourceOf = (id: ClauseId) => readFileSync(new URL(`../src/clauses/${id}.ts`, import.meta.url), 'utf8');
/** The clause file's rule code: the file without its words block (which names conditions and readings too). */
/** The clause a claim schema is for: its `clause` literal. */
const tagOf = (s: (typeof CLAUSE_INPUTS)[number]): unknown => s.shape.clause.def.values[0];
const ruleCodeOf = (id: ClauseId) => sourceOf(id).split(`export const ${id}Words`)[0]!;

describe.each(AWARD_LINES)('%s declares its own facts', (id) => {
  const def = CLAUSES[id];
  const words = CLAUSE_WORDS[id];

  it('its parameters are its own (id prefix and rule), and every one of its parameter ids the code names is declared', () => {
    for (const p of def.parameters) {
      expect(p.id.startsWith(`${id}.`)).toBe(true);
      expect(p.rule).toBe(id);
    }
    const named = new Set(ruleCodeOf(id).match(new RegExp(`'${id}\\.[A-Za-z0-9_.]+'`, 'g'))?.map((s) => s.slice(1, -1)) ?? []);
    const declared = new Set(def.parameters.map((p) => p.id));
    for (const n of named) expect(declared, `${n} is named in ${id}.ts but not declared there`).toContain(n);
  });

  it('it declares its claim\'s inputs, and the claim union takes that very schema', async () => {
    const own = ((await import(`../src/clauses/${id}.ts`)) as Record<string, unknown>)[`${id}Input`] as (typeof CLAUSE_INPUTS)[number];
    expect(own).toBeDefined();
    expect(tagOf(own)).toBe(id);
    expect(CLAUSE_INPUTS.filter((s) => tagOf(s) === id)).toEqual([own]);
    expect(Claim.def.options).toContain(own);
    // Every input the rule code reads from its claim is a field its schema declares.
    const read = new Set(ruleCodeOf(id).match(/\bclaim\.([A-Za-z]+)/g)?.map((s) => s.slice(6)) ?? []);
    for (const field of read) expect(Object.keys(own.shape), `${id}.ts reads claim.${field}`).toContain(field);
  });

  it('the readings its branches switch on are exactly the ones it declares', () => {
    const named = new Set(ruleCodeOf(id).match(/ctx\.readings\['(A[0-9.]+)'\]/g)?.map((s) => s.slice(14, -2)) ?? []);
    expect([...named].sort(byRegisterOrder)).toEqual(def.readings.map((r) => r.id).sort(byRegisterOrder));
  });

  it('every parameter and every option of every reading it declares has its words', () => {
    expect(Object.keys(words.parameters).sort()).toEqual(def.parameters.map((p) => p.id).sort());
    for (const r of def.readings) {
      expect(Object.keys((words.readings as Record<string, object>)[r.id]!).sort()).toEqual([...r.options].sort());
    }
  });

  it('every condition it states is declared with its label and the verbatim words of the text', () => {
    const app = application([claim(id)], { projects: [bigProject(String(claim(id).subjectId))] });
    const line = evaluate(app).lines.find((l) => l.clause === id)!;
    const stated = new Set(line.conditions.map((c) => c.id));
    const declared = words.conditions as Record<string, { zh: string; en: string; quote?: string }>;
    expect([...stated].sort()).toEqual(Object.keys(declared).sort());
    for (const [cid, w] of Object.entries(declared)) {
      expect(w.quote, `${id}.${cid} has no quote`).toBeDefined();
      expect(canonical.includes(w.quote!), `${id}.${cid}: 「${w.quote}」 is not in the text`).toBe(true);
    }
  });
});

describe('the registries are assembled from the declarations', () => {
  it('the parameters: every clause\'s in document order, then the rules\' (the order the fingerprint hashes)', () => {
    const ids = PARAMETER_FACTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const clauseIds = AWARD_LINES.flatMap((id) => CLAUSES[id].parameters.map((p) => p.id));
    expect(ids.slice(0, clauseIds.length)).toEqual(clauseIds);
    expect(ids.slice(clauseIds.length)).toEqual(['art09_3.budgetScale', 'art09_7.effectiveDate', 'art09_7.validityYears', 'rounding']);
  });

  it('the readings: each declared once, in the register\'s order', () => {
    const ids = READING_FACTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 5)).toEqual(['R7', 'R9', 'A1.1', 'A1.2', 'A2.1.1']);
    expect([...ids].sort(byRegisterOrder)).toEqual(ids);
    expect(byRegisterOrder('A2.1.6', 'A2.2.1')).toBeLessThan(0);
    expect(byRegisterOrder('A9.3.4', 'A9.4.1')).toBeLessThan(0);
    expect(byRegisterOrder('A9.4.1', 'A9.3.4')).toBeGreaterThan(0);
    expect(byRegisterOrder('A9.7.3', 'A9.7.3')).toBe(0);
    expect(byRegisterOrder('A10.1', 'A9.1')).toBeGreaterThan(0);
    expect(byRegisterOrder('A1', 'A1.1')).toBeLessThan(0);
    for (const r of READING_FACTS) expect(r.options).toContain(r.default);
  });

  it('every parameter and every reading has its words, and nothing else does', () => {
    expect(Object.keys(PARAMETER_WORDS).sort()).toEqual(PARAMETER_FACTS.map((p) => p.id).sort());
    expect(Object.keys(READING_WORDS).sort()).toEqual(READING_FACTS.map((r) => r.id).sort());
  });

  it('every reading names the item of the text it concerns: a clause\'s readings its item, a rule\'s the one it declares', () => {
    expect(Object.keys(READING_ITEMS).sort()).toEqual(READING_FACTS.map((r) => r.id).sort());
    expect(Object.keys(READING_QUESTIONS).sort()).toEqual(READING_FACTS.map((r) => r.id).sort());
    for (const [clause, w] of Object.entries(CLAUSE_WORDS)) {
      for (const id of Object.keys(w.questions)) expect(READING_ITEMS[id as keyof typeof READING_ITEMS], id).toBe(ITEM_LABEL[clause as ClauseId]);
    }
    expect(READING_ITEMS).toMatchObject({
      'A1.1': '一', 'A9.1.1': '九(一)', 'A9.3.2': '九(三)', 'A9.4.4': '九(四)', 'A9.7.3': '九(七)',
      'R9': '九', 'A9.5.1': '九(五)', 'A9.6.1': '九(六)', 'R7': '通则',
    });
    const labels = new Set<string>([...Object.values(ITEM_LABEL), '九', '通则']);
    for (const [id, item] of Object.entries(READING_ITEMS)) expect(labels.has(item), `${id}: ${item}`).toBe(true);
  });

  it('one name per official term: a condition stated by several clauses has the same label in each', () => {
    const seen = new Map<string, string>();
    for (const w of DECLARED_WORDS) {
      for (const [cid, c] of Object.entries(w.conditions as Record<string, { zh: string; en: string }>)) {
        const label = `${c.zh} / ${c.en}`;
        expect(seen.get(cid) ?? label, cid).toBe(label);
        seen.set(cid, label);
        expect(CONDITION_WORDS[cid]).toMatchObject({ zh: c.zh, en: c.en });
      }
    }
    expect(seen.size).toBe(Object.keys(CONDITION_WORDS).length);
  });

  it('the overlap groups of register §9.3, from the clauses\' declarations', () => {
    expect(OVERLAP_GROUPS).toEqual({
      OG1: ['art04_1', 'art04_2'],
      OG2: ['art03_1', 'art03_3'],
      OG3: ['art05_1', 'art06_4b'],
      OG4: ['art02_2', 'art08_2'],
    });
  });

  it('the annual lines, the lines paid as a difference and the R&D project lines, as the register lists them', () => {
    const where = (f: (d: (typeof CLAUSES)[ClauseId]) => boolean) => AWARD_LINES.filter((id) => f(CLAUSES[id]));
    expect(where((d) => d.annual)).toEqual(['art02_2', 'art03_3', 'art07_2b', 'art08_2']);
    expect(where((d) => d.paidAsDifference)).toEqual(['art03_1', 'art05_1', 'art05_2', 'art06_2', 'art07_1']);
    expect(where((d) => d.rdProject)).toEqual(['art03_1', 'art03_3']);
  });
});
