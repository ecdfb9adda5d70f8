/**
 * The HTML report opened in a real headless Chromium (from npm, test/support/browser.ts): it renders without any
 * network request or console error, draws its Chinese text with real glyphs, shows the right figures, draws its
 * charts, highlights the old and new wording, and a screenshot is saved to reports/drafting/ (gitignored).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupedYuan, signedYuan } from '../../src/tools/drafting/format.js';
import { reportHtml } from '../../src/tools/drafting/html.js';
import { parseReform } from '../../src/tools/drafting/reform.js';
import { buildReport, type DraftingReport } from '../../src/tools/drafting/report.js';
import { launchBrowser, rendersChinese, type TestBrowser } from '../support/browser.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${root}reports/drafting`;
const htmlFile = `${outDir}/compare-report.html`;
const screenshot = `${outDir}/compare-report.png`;

let browser: TestBrowser | undefined;
let page: Page;
let report: DraftingReport;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  report = buildReport({
    policyText: readFileSync(`${root}policy/policy.zh.md`, 'utf8'),
    reform: parseReform(readFileSync(`${root}fixtures/reforms/raise-02-2-cap-soft-09-3.yaml`, 'utf8'), 'yaml'),
    portfolio: JSON.parse(readFileSync(`${root}fixtures/portfolio/portfolio.json`, 'utf8')),
    top: 8,
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(htmlFile, reportHtml(report));
  browser = await launchBrowser();
  page = await browser.browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the HTML report in headless Chromium', () => {
  it('loads with no request but the file itself and no console error', () => {
    expect(requests).toEqual([pathToFileURL(htmlFile).href]);
    expect(problems).toEqual([]);
  });

  it('draws Chinese with real glyphs (a Chinese font is installed from npm)', async () => {
    expect(await rendersChinese(page)).toBe(true);
  });

  it('shows the totals and the counts of the comparison', async () => {
    const c = report.comparison;
    expect(await page.title()).toContain('改革方案影响报告');
    expect(await page.textContent('[data-testid=total-baseline]')).toBe(groupedYuan(c.total.baseline));
    expect(await page.textContent('[data-testid=total-reform]')).toBe(groupedYuan(c.total.reform));
    expect(await page.textContent('[data-testid=total-delta]')).toBe(signedYuan(c.total.delta));
    expect(await page.textContent('[data-testid=counts]')).toBe(`${c.counts.betterOff} / ${c.counts.worseOff} / ${c.counts.unchanged}`);
    expect(c.total.delta.startsWith('-')).toBe(false);
    expect(c.total.delta).not.toBe('0.00');
  });

  it('shows money by clause before and after, as in the comparison', async () => {
    const rows = await page.$$eval('[data-testid=by-clause] tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-clause'), ...[...tr.querySelectorAll('td')].slice(2).map((td) => td.textContent)]));
    expect(rows).toEqual(report.comparison.byClause.map((x) => [x.clause, groupedYuan(x.baseline), groupedYuan(x.reform), signedYuan(x.delta)]));
    const byYear = await page.$$eval('[data-testid=by-year] tbody tr[data-year]', (trs) => trs.map((tr) => [tr.getAttribute('data-year'), tr.querySelectorAll('td')[2]!.textContent]));
    expect(byYear).toEqual(report.comparison.byYear.map((y) => [String(y.awardYear), groupedYuan(y.reform)]));
  });

  it('draws the clause chart: 二(二)\'s reform bar is longer than its baseline bar', async () => {
    const bars = await page.$$eval('svg[data-chart] g[data-key=art02_2] rect.bar-base, svg[data-chart] g[data-key=art02_2] rect.bar-reform', (rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(bars).toHaveLength(2);
    expect(bars[0]!).toBeGreaterThan(10);
    expect(bars[1]!).toBeGreaterThan(bars[0]!);
    const unchanged = await page.$$eval('svg[data-chart] g[data-key=art03_1] rect', (rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(unchanged).toHaveLength(2); // no change bar where nothing changed
    expect(unchanged[0]).toBeCloseTo(unchanged[1]!, 5);
    const visible = await page.$$eval('svg', (svgs) => svgs.map((s) => s.getBoundingClientRect().height));
    expect(visible.length).toBeGreaterThanOrEqual(3);
    for (const h of visible) expect(h).toBeGreaterThan(20);
  });

  it('shows every change by clause as a visible bar of its own scale, even a small change beside a large amount', async () => {
    const changed = report.comparison.byClause.filter((x) => x.delta !== '0.00');
    expect(changed.length).toBeGreaterThanOrEqual(3);
    const widths = await page.$$eval('svg[data-chart] g[data-key] rect[data-delta]', (rects) =>
      rects.map((r) => [r.closest('g')!.getAttribute('data-key'), r.getAttribute('data-delta'), r.getBoundingClientRect().width] as const));
    expect(widths.map(([k, d]) => [k, d])).toEqual(changed.map((x) => [x.clause, x.delta]));
    // 八(二) loses 1 M beside tens of millions in the clause: on the amount scale a sliver, on the change scale a bar.
    for (const [, , w] of widths) expect(w).toBeGreaterThan(8);
    const small = changed.reduce((a, b) => (Math.abs(Number(a.delta)) < Math.abs(Number(b.delta)) ? a : b));
    const amounts = await page.$$eval(`svg[data-chart] g[data-key=${small.clause}] rect.bar-base, svg[data-chart] g[data-key=${small.clause}] rect.bar-reform`, (rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(Math.abs(amounts[1]! - amounts[0]!)).toBeLessThan(8);
  });

  it('shows the impact split by change, its rows adding up to the total with the interaction', async () => {
    const rows = await page.$$eval('[data-testid=split] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-change'), tr.querySelectorAll('td')[tr.querySelectorAll('td').length - 2]!.textContent]));
    const split = report.comparison.split!;
    expect(rows).toEqual([
      ...split.changes.map((x) => [`${x.kind}:${x.id}`, signedYuan(x.delta)]),
      ['sum', signedYuan(split.sumOfSingles)], ['interaction', signedYuan(split.interaction)], ['total', signedYuan(report.comparison.total.delta)],
    ]);
  });

  it('clips long labels of the charts inside the chart, keeping the whole label as tooltip', async () => {
    const labels = await page.$$eval('svg[data-chart] text[data-label]', (ts) => ts.map((t) => {
      const svg = t.closest('svg')!.getBoundingClientRect();
      const r = t.getBoundingClientRect();
      return { chart: t.closest('svg')!.getAttribute('data-chart'), full: t.getAttribute('data-label')!, title: t.querySelector('title')!.textContent, left: r.left - svg.left };
    }));
    expect(labels.length).toBeGreaterThan(20);
    for (const l of labels) {
      expect(l.title).toBe(l.full);
      expect(l.left).toBeGreaterThanOrEqual(-0.5);
    }
    const sensitivity = labels.filter((l) => l.chart === '敏感性 / sensitivity');
    expect(sensitivity.length).toBe(report.sensitivity!.rows.length);
    for (const l of sensitivity) expect(l.full).toMatch(/^(A|R)[\d.]+ .+：.+ → .+$/);
  });

  it('reads at 390 px wide: nothing wider than the screen, the summary cards inside it', async () => {
    const narrow = await browser!.browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await narrow.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
      expect(await narrow.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      const cards = await narrow.$$eval('.card', (cs) => cs.map((c) => ({ right: c.getBoundingClientRect().right, over: c.scrollWidth - c.clientWidth, value: c.querySelector('.v')!.scrollWidth - c.querySelector('.v')!.clientWidth })));
      expect(cards).toHaveLength(4);
      for (const c of cards) expect(c).toEqual({ right: expect.any(Number), over: 0, value: 0 });
      for (const c of cards) expect(c.right).toBeLessThanOrEqual(390);
      await narrow.screenshot({ path: `${outDir}/compare-report-390.png`, fullPage: false });
    } finally {
      await narrow.close();
    }
  });

  it('prints on A4 in a few pages, not one per table', async () => {
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(`${outDir}/compare-report.pdf`, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(6);
    // Page size A4: 595 × 842 points.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes).toEqual(Array.from({ length: pages }, () => [595, 842]));
    await page.emulateMedia({ media: 'print' });
    try {
      const hidden = await page.$$eval('[data-testid=sensitivity] tbody tr', (trs) => trs.filter((tr) => getComputedStyle(tr).display === 'none').length);
      expect(hidden).toBe(report.sensitivity!.rows.filter((r) => r.delta === '0.00').length);
      const nil = report.sensitivity!.rows.filter((r) => r.delta === '0.00').length;
      expect(nil).toBeGreaterThan(0);
      expect(await page.isVisible('p.print')).toBe(true);
      expect(await page.textContent('p.print')).toContain(`略去不改变合计的 ${nil} 行`);
      expect(await page.isVisible('div.screen svg')).toBe(false);
      const avoid = await page.$eval('[data-testid=by-clause] tbody tr', (tr) => getComputedStyle(tr).breakInside);
      expect(avoid).toBe('avoid');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.isVisible('p.print')).toBe(false);
    expect(await page.isVisible('div.screen svg')).toBe(true);
  });

  it('highlights the old and the new wording of the changed sentence', async () => {
    const sentence = page.locator('.sentence[data-item="二(二)"]');
    expect(await sentence.locator('del').textContent()).toBe('100万元');
    expect(await sentence.locator('ins').textContent()).toBe('200万元');
    const colours = await sentence.evaluate((el) => [getComputedStyle(el.querySelector('del')!).backgroundColor, getComputedStyle(el.querySelector('ins')!).backgroundColor]);
    expect(colours[0]).not.toBe(colours[1]);
    expect(colours.every((c) => c !== 'rgba(0, 0, 0, 0)')).toBe(true);
  });

  it('lists the beneficiaries most affected, largest first', async () => {
    const ids = await page.$$eval('[data-testid=most-affected] tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-beneficiary'), tr.querySelectorAll('td')[4]!.textContent]));
    expect(ids).toEqual(report.comparison.mostAffected.map((b) => [b.beneficiaryId, signedYuan(b.delta)]));
    expect(ids.length).toBe(8);
  });

  it('shows the sensitivity view', async () => {
    const rows = await page.$$eval('[data-testid=sensitivity] tbody tr', (trs) => trs.map((tr) => `${tr.getAttribute('data-reading')}=${tr.getAttribute('data-option')}`));
    expect(rows).toEqual(report.sensitivity!.rows.map((r) => `${r.reading}=${r.option}`));
  });

  it('saves a screenshot of the whole report', async () => {
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(50_000);
  });
});
