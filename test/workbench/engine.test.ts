/**
 * The workbench's parts that run outside the page: the worker's engine (its answers equal `compare` for every
 * kind of edit, one after the other, each starting from the last run), the portfolio readers (JSON, the CSV pair)
 * and the page generator (one file, the script carried once, nothing that could close a script element early).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/tools/drafting/compare.js';
import { BASELINE_REFORM, validateReform, type Reform } from '../../src/tools/drafting/reform.js';
import { workbenchHtml } from '../../src/tools/workbench/page.js';
import { portfolioFromCsv, portfolioFromJson } from '../../src/tools/workbench/portfolioInput.js';
import { issuesOf, startWorker, WorkbenchEngine } from '../../src/tools/workbench/worker.js';
import type { WorkerAnswer } from '../../src/tools/workbench/protocol.js';
import { READINGS } from '../../src/policy/catalogue.js';
import { printable } from '../../src/tools/workbench/printable.js';
import { CSV_PAIR, csvPairBytes } from './csvPair.js';

const root = new URL('../../', import.meta.url);
const policyText = readFileSync(new URL('policy/policy.zh.md', root), 'utf8');
const portfolioText = readFileSync(new URL('fixtures/portfolio/portfolio.json', root), 'utf8');
const portfolio = JSON.parse(portfolioText) as unknown[];

function answer<T extends WorkerAnswer['type']>(a: WorkerAnswer, type: T): Extract<WorkerAnswer, { type: T }> {
  if (a.type !== type) throw new Error(`expected ${type}, got ${JSON.stringify(a).slice(0, 500)}`);
  return a as Extract<WorkerAnswer, { type: T }>;
}

/** The page's view of a comparison: everything but the per-beneficiary list and the per-line binding changes. */
function pageView(reform: Reform): unknown {
  const { perBeneficiary: _p, bindingChanges: _b, ...rest } = compare(BASELINE_REFORM, reform, portfolio, { top: 8, split: false });
  return rest;
}

describe('the worker\'s engine', () => {
  it('answers a sequence of edits with the comparison compare() computes for each reform', () => {
    const engine = new WorkbenchEngine();
    answer(engine.handle({ type: 'init', id: 1, policyText }), 'ready');
    const loaded = answer(engine.handle({ type: 'load', id: 2, source: { kind: 'json', name: 'portfolio.json', text: portfolioText } }), 'loaded');
    expect(loaded).toMatchObject({ beneficiaries: 200, name: 'portfolio.json', total: compare(BASELINE_REFORM, BASELINE_REFORM, portfolio).total.baseline });
    const steps: Reform[] = [
      validateReform({ id: 'workbench', parameters: { 'art02_2.cap': '1500000' } }),
      validateReform({ id: 'workbench', parameters: { 'art02_2.cap': '1600000' } }),
      validateReform({ id: 'workbench', parameters: { 'art02_2.cap': '1600000', 'art02_2.thresholdComparison': 'moreThan' } }),
      validateReform({ id: 'workbench', parameters: { 'art02_2.cap': '1600000' }, readings: { 'A9.3.1': 'b' } }),
      validateReform({ id: 'workbench', parameters: { 'art02_2.cap': '1600000' }, readings: { 'A9.3.1': 'b' }, disabledLines: ['art04_3'] }),
      validateReform({ id: 'workbench', disabledLines: ['art04_3'] }),
      BASELINE_REFORM,
    ];
    let id = 3;
    const totals = new Set<string>();
    for (const reform of steps) {
      const a = answer(engine.handle({ type: 'compute', id: id++, reform }), 'computed');
      expect(a.comparison).toEqual(pageView(reform));
      expect(a.evaluated).toBeLessThanOrEqual(200);
      totals.add(a.comparison.total.reform);
    }
    expect(totals.size).toBe(steps.length);
  });

  it('loads the CSV pair and writes the impact report of a reform', () => {
    const engine = new WorkbenchEngine();
    engine.handle({ type: 'init', id: 1, policyText });
    const loaded = answer(engine.handle({ type: 'load', id: 2, source: { kind: 'csv', ...csvPairBytes() } }), 'loaded');
    expect(loaded.beneficiaries).toBe(5);
    expect(loaded.name).toBe('beneficiaries.csv + claims.csv');
    const reform = validateReform({ id: 'r', disabledLines: ['art02_2'] });
    const report = answer(engine.handle({ type: 'report', id: 3, reform }), 'report');
    expect(report.html).toContain('改革方案影响报告');
    expect(report.html).toContain('data-testid="total-reform"');
  });

  it('refuses a compute before any portfolio, and a bad portfolio, naming the problem in zh and en', () => {
    const engine = new WorkbenchEngine();
    const early = answer(engine.handle({ type: 'compute', id: 1, reform: BASELINE_REFORM }), 'error');
    expect(early.issues[0]!.message).toEqual({ zh: '缺少必填字段（应为多年度输入的数组（[{ beneficiary, history?, years }]））', en: 'required field is missing (expected a list of multi-year inputs ([{ beneficiary, history?, years }]))' });
    const notJson = answer(engine.handle({ type: 'load', id: 2, source: { kind: 'json', name: 'p.json', text: '{' } }), 'error');
    expect(notJson.request).toBe('load');
    expect(notJson.issues[0]!.message.en).toContain('not valid JSON');
    const bad = answer(engine.handle({ type: 'load', id: 3, source: { kind: 'json', name: 'p.json', text: '[{"beneficiary":{}}]' } }), 'error');
    expect(bad.issues.length).toBeGreaterThan(0);
    expect(bad.issues[0]!.path).toMatch(/^portfolio\[0\]/);
    expect(issuesOf(new Error('boom'))).toEqual([{ path: '(workbench)', message: { zh: '内部错误：boom', en: 'internal error: boom' } }]);
  });

  it('startWorker answers the messages posted to it', () => {
    const posted: WorkerAnswer[] = [];
    const scope = { onmessage: null as ((ev: MessageEvent) => void) | null, postMessage: (m: WorkerAnswer) => posted.push(m) };
    startWorker(scope);
    scope.onmessage!({ data: { type: 'init', id: 7, policyText } } as MessageEvent);
    expect(posted).toEqual([{ type: 'ready', id: 7 }]);
  });
});

describe('portfolio readers', () => {
  it('reads the CSV pair: one beneficiary per id, its rows as years', () => {
    const p = portfolioFromCsv(csvPairBytes().beneficiaries, csvPairBytes().claims) as { beneficiary: { id: string }; years: { awardYear: number; claims: unknown[] }[] }[];
    expect(p.map((b) => b.beneficiary.id)).toEqual(['91410100-DATA01', '91410100-MODEL02', '91410100-ROBOT03', '12410100-INST04', '51410100-ASSOC05']);
    expect(p[0]!.years.map((y) => [y.awardYear, y.claims.length])).toEqual([[2026, 3]]);
  });

  it('joins two years of one beneficiary, oldest first, and refuses rows that disagree', () => {
    const lines = CSV_PAIR.beneficiaries.split('\n');
    const data01 = lines.find((l) => l.startsWith('91410100-DATA01'))!;
    const later = data01.replace(',2026,2026-06-15,', ',2027,2027-06-15,');
    const enc = new TextEncoder();
    const two = portfolioFromCsv({ name: 'b.csv', bytes: enc.encode([lines[0], later, ...lines.slice(1)].join('\n')) }, csvPairBytes().claims) as { years: { awardYear: number }[] }[];
    expect(two[0]!.years.map((y) => y.awardYear)).toEqual([2026, 2027]);
    const renamed = later.replace('示例数据服务企业', '另一个名称');
    expect(() => portfolioFromCsv({ name: 'b.csv', bytes: enc.encode([lines[0], renamed, ...lines.slice(1)].join('\n')) }, csvPairBytes().claims))
      .toThrow(/disagree/);
  });

  it('refuses a CSV pair that cannot be read or joined, naming the file and line', () => {
    const enc = new TextEncoder();
    const orphan = `${CSV_PAIR.claims.trimEnd()}\n91410100-NOSUCH09,2026,X1,art06_3${','.repeat(CSV_PAIR.claims.split('\n')[0]!.split(',').length - 4)}\n`;
    expect(() => portfolioFromCsv(csvPairBytes().beneficiaries, { name: 'claims.csv', bytes: enc.encode(orphan) })).toThrow(/NOSUCH09/);
    expect(() => portfolioFromCsv({ name: 'b.csv', bytes: enc.encode('nosuchcolumn,x\n1,2\n') }, csvPairBytes().claims)).toThrow(/b\.csv/);
    expect(() => portfolioFromCsv({ name: 'b.csv', bytes: enc.encode(CSV_PAIR.beneficiaries.split('\n')[0]!) }, csvPairBytes().claims)).toThrow(/no row|没有/);
  });

  it('reads a JSON portfolio and refuses what is not a list', () => {
    expect(portfolioFromJson('\uFEFF[]', 'p.json')).toEqual([]);
    expect(() => portfolioFromJson('{}', 'p.json')).toThrow(/list of multi-year inputs/);
    expect(() => portfolioFromJson('[', 'p.json')).toThrow(/not valid JSON/);
  });
});

describe('the page', () => {
  const html = workbenchHtml({ code: 'var s = "</script><!--";', policyText, portfolioJson: '[{"x":"</script>"}]', portfolioName: 'p<1>.json', version: '9.9.9' });

  it('is one document: the script and the data cannot end their elements early', () => {
    // Booleans, not the page itself, in the assertions: a failure should not print the whole text.
    expect(html.match(/<\/script>/g)).toHaveLength(4);
    expect(html.includes('var s = "<\\/script><\\!--";')).toBe(true);
    expect(html.includes('[{"x":"\\u003c/script>"}]')).toBe(true);
    expect(html.includes('p&lt;1&gt;.json')).toBe(true);
    expect(html.includes('connect-src &#39;none&#39;')).toBe(true);
    expect(/https?:\/\//.test(html)).toBe(false);
  });

  it('asks every consequential reading of register §11 as a plain question, under the item it concerns', () => {
    const asked = READINGS.filter((d) => d.consequential);
    expect(asked.map((d) => d.id)).toEqual([
      'R9', 'A1.1', 'A1.2', 'A2.1.1', 'A4.3.1', 'A4.3.2', 'A5.1.2', 'A5.2.5', 'A6.2.2', 'A6.3.1', 'A7.1.2', 'A8.1.1', 'A8.3.3',
      'A9.1.1', 'A9.3.1', 'A9.3.2', 'A9.3.4', 'A9.4.1', 'A9.4.3', 'A9.4.4', 'A9.5.1', 'A9.6.1', 'A9.7.3',
    ]);
    for (const def of asked) {
      expect(def.question.zh, def.id).toContain('？');
      expect(def.question.en, def.id).toContain('?');
      expect(def.item, def.id).toMatch(/^[一二三四五六七八九](\([一二三四五六七]\))?$/);
    }
    expect(READINGS.find((d) => d.id === 'A9.3.2')).toMatchObject({ item: '九(三)', question: { zh: '年度上限按哪一年的区级综合贡献额？' } });
  });

  it('adds A4 print rules to the exported report', () => {
    expect(printable('<p>report</p>')).toMatch(/^<style media="print">@page\{size:A4.*<p>report<\/p>$/);
    expect(printable('<html><head></head><body></body></html>')).toMatch(/<style media="print">@page\{size:A4[^<]*<\/style><\/head>/);
  });
});
