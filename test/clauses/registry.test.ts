/**
 * The registry of award lines as the clause register states it (docs/clause-register.md §1, R6, A1.2): each
 * line's label, kind of amount, beneficiary noun and main-business test, and titles that quote the text. These
 * are data the explanations and the scope gate rely on; a change to any of them must be deliberate. It guards the
 * registry of src/clauses/index.ts, which the clause tests beside it reach only one clause at a time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAUSES, ITEM_LABEL } from '../../src/index.js';
import { CLAUSE_WORDS } from '../../src/clauses/index.js';

const canonical = readFileSync(new URL('../../policy/policy.zh.md', import.meta.url), 'utf8');

/** id → [kind (§1), beneficiary (R6: 「企业」 lines pay enterprises only), A1.2 subject test]. */
const REGISTER: Record<string, [string, 'enterprise' | 'anyUnit', boolean]> = {
  art02_1: ['MATCH', 'anyUnit', false], art02_2: ['PCT', 'enterprise', false],
  art03_1: ['REVIEW', 'anyUnit', false], art03_2: ['MATCH', 'enterprise', false], art03_3: ['MATCH', 'anyUnit', false],
  art04_1: ['PCT', 'anyUnit', false], art04_2: ['PCT', 'anyUnit', false], art04_3: ['REVIEW', 'enterprise', false],
  art05_1: ['TIER', 'anyUnit', true], art05_2: ['TIER', 'enterprise', true], art05_3: ['MATCH', 'anyUnit', false],
  art06_2: ['REVIEW', 'anyUnit', false], art06_3: ['UPLIFT', 'anyUnit', false], art06_4a: ['REVIEW', 'enterprise', false],
  art06_4b: ['MATCH', 'anyUnit', true], art06_5a: ['REVIEW', 'enterprise', false], art06_5b: ['FIXED', 'enterprise', false],
  art07_1: ['TIER', 'anyUnit', true], art07_2a: ['FIXED', 'anyUnit', true], art07_2b: ['PCT', 'anyUnit', true],
  art08_1: ['PCT', 'anyUnit', false], art08_2: ['PCT', 'anyUnit', false], art08_3: ['PCT', 'anyUnit', true],
};

describe('the registry of award lines', () => {
  it('holds exactly the 23 lines of the register, in document order', () => {
    expect(Object.keys(CLAUSES)).toStrictEqual(Object.keys(REGISTER));
  });

  it.each(Object.entries(REGISTER))('%s: label, kind, beneficiary and main-business test as registered', (id, [kind, beneficiary, subjectTest]) => {
    const def = CLAUSES[id as keyof typeof CLAUSES];
    expect(def.id).toBe(id);
    expect(def.item).toBe(ITEM_LABEL[id as keyof typeof ITEM_LABEL]);
    expect(def.kind).toBe(kind);
    expect(def.beneficiary).toBe(beneficiary);
    expect(def.subjectTest).toBe(subjectTest);
  });

  it.each(Object.keys(REGISTER))('%s: the Chinese title quotes the text, the English one is its gloss', (id) => {
    const { zh, en } = CLAUSE_WORDS[id as keyof typeof CLAUSES].title;
    const heading = zh.split('（')[0]!;
    expect(heading.length).toBeGreaterThan(3);
    expect(canonical.includes(heading), heading).toBe(true);
    expect(en.length).toBeGreaterThan(8);
  });

  it('titles are distinct', () => {
    const titles = Object.values(CLAUSE_WORDS).map((d) => d.title);
    expect(new Set(titles.map((t) => t.zh)).size).toBe(titles.length);
    expect(new Set(titles.map((t) => t.en)).size).toBe(titles.length);
  });
});
