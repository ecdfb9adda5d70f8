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
    const bars = await page.$$eval('svg[data-chart] g[data-key=art02_2] rect', (rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(bars).toHaveLength(2);
    expect(bars[0]!).toBeGreaterThan(10);
    expect(bars[1]!).toBeGreaterThan(bars[0]!);
    const unchanged = await page.$$eval('svg[data-chart] g[data-key=art03_1] rect', (rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(unchanged[0]).toBeCloseTo(unchanged[1]!, 5);
    const visible = await page.$$eval('svg', (svgs) => svgs.map((s) => s.getBoundingClientRect().height));
    expect(visible.length).toBeGreaterThanOrEqual(3);
    for (const h of visible) expect(h).toBeGreaterThan(20);
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
