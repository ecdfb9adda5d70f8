/**
 * The text is the spine: every quoted 原文 is a verbatim substring of the canonical text, every numbered item is
 * encoded or listed as not encoded with a reason, and every parameter cites words of the text that state it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AWARD_LINES, CLAUSES, NOT_ENCODED, PARAMETERS } from '../src/index.js';
import { ART01_TEXT } from '../src/constraints/scope.js';
import { CLAUSE_WORDS } from '../src/clauses/index.js';

const canonical = readFileSync(new URL('../policy/policy.zh.md', import.meta.url), 'utf8');
const shared = new URL('../../shared/policy/policy.zh.md', import.meta.url);

describe('canonical text', () => {
  it('the project copy equals the shared canonical text where that is present', () => {
    let upstream: string | null = null;
    try {
      upstream = readFileSync(shared, 'utf8');
    } catch {
      upstream = null;
    }
    if (upstream !== null) expect(canonical).toBe(upstream);
    expect(canonical).toContain('郑州航空港区支持人工智能产业发展的若干政策措施');
  });

  it.each(AWARD_LINES)('%s quotes its 原文 verbatim', (id) => {
    expect(CLAUSES[id].id).toBe(id);
    const { text } = CLAUSE_WORDS[id];
    expect(text.length).toBeGreaterThan(10);
    expect(canonical.includes(text)).toBe(true);
  });

  it('一 (scope) is quoted verbatim', () => {
    expect(canonical.includes(ART01_TEXT)).toBe(true);
  });

  it('every numbered item of the text is encoded or listed as not encoded with its reason', () => {
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    const items: string[] = [];
    let section = 0;
    for (const line of canonical.split('\n')) {
      const h = /^## ([一二三四五六七八九十])、/.exec(line);
      if (h) section = numerals.indexOf(h[1]!) + 1;
      const m = /^（([一二三四五六七八九十])）/.exec(line);
      if (m && section > 0) items.push(`art${String(section).padStart(2, '0')}_${numerals.indexOf(m[1]!) + 1}`);
    }
    expect(items).toHaveLength(28);
    const encoded = new Set<string>([...AWARD_LINES.map((id) => id.replace(/[ab]$/, '')), ...NOT_ENCODED.map((n) => n.id)]);
    for (const item of items) expect(encoded.has(item), item).toBe(true);
    for (const n of NOT_ENCODED) {
      expect(items).toContain(n.id);
      expect(n.why.zh.length).toBeGreaterThan(4);
      expect(n.why.en.length).toBeGreaterThan(4);
    }
  });

  it.each(PARAMETERS.map((p) => [p.id, p] as const))('parameter %s cites the text that states it', (_id, p) => {
    if (p.quote === undefined) {
      expect(p.assumption).toBeTruthy();
      return;
    }
    expect(canonical.includes(p.quote)).toBe(true);
    if (p.token !== undefined) expect(p.quote.includes(p.token)).toBe(true);
    if (p.value === null || p.assumption) expect(p.assumption).toBeTruthy();
  });
});

describe('NOT_ENCODED: the items that are not award lines', () => {
  it('says, in Chinese, why each item is not an award line', () => {
    expect(NOT_ENCODED.map((n) => [n.id, n.why.zh])).toStrictEqual([
      ['art06_1', '转介航空港区片区开发政策，本政策不计算金额（转介行）'],
      ['art09_1', '就高不重复与一企一策排除为约束（constraints/overlap、constraints/oneEnterprise）；一事一议转人工'],
      ['art09_2', '未列明领域转介其他政策（转介行）'],
      ['art09_3', '年度总额上限为约束（constraints/annualCap）'],
      ['art09_4', '审计投资额上限为约束（constraints/auditedInvestment）'],
      ['art09_5', '追回为拨付后的退款计算（clawback）'],
      ['art09_6', '程序性条款：绩效监控、监督检查与档案保存，不涉及计算'],
      ['art09_7', '有效期为约束（constraints/validity）'],
    ]);
  });
});
