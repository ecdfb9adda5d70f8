/**
 * Driving the workbench page in headless Chromium (test/support/browser.ts), for the browser test and the bench:
 * writing a page for a portfolio, opening it, editing a number in place and waiting for the recomputed figures,
 * and the timings the page records for each edit.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { VERSION } from '../../src/core/version.js';
import { bundleWorkbench } from '../../src/tools/workbench/build.js';
import { workbenchHtml } from '../../src/tools/workbench/page.js';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('../../', import.meta.url));

let code: Promise<string> | undefined;

/** Writes the workbench page for a portfolio to `file`; returns its size in bytes. */
export async function writeWorkbench(file: string, portfolioJson: string, portfolioName: string): Promise<number> {
  code ??= bundleWorkbench(root);
  const html = workbenchHtml({ code: await code, policyText: readFileSync(`${root}policy/policy.zh.md`, 'utf8'), portfolioJson, portfolioName, version: VERSION });
  writeFileSync(file, html);
  return Buffer.byteLength(html);
}

/** An open page with what it requested and every console problem. */
export interface OpenPage {
  readonly page: Page;
  readonly requests: string[];
  readonly problems: string[];
}

/** Opens a page and waits until the portfolio is loaded and the first figures are shown. */
export async function openWorkbench(browser: Browser, url: string, viewport = { width: 1280, height: 900 }, timeout = 60_000): Promise<OpenPage> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await poll(page, 'document.body.dataset.state === "ready" && Number(document.body.dataset.computed) > 0', timeout);
  return { page, requests, problems };
}

/**
 * Waits until an expression is true in the page. Polled from here with `page.evaluate`: playwright's own
 * `waitForFunction` compiles its predicate inside the page, which the page's Content-Security-Policy forbids.
 */
export async function poll(page: Page, expression: string, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) {
      const state = await page.evaluate('JSON.stringify({ state: document.body.dataset.state, computed: document.body.dataset.computed, status: document.getElementById("wb-status")?.textContent, errors: document.getElementById("wb-errors")?.textContent })');
      throw new Error(`the workbench page did not reach ${expression} within ${timeout} ms: ${state}`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The id of the last comparison shown. */
export async function computedId(page: Page): Promise<number> {
  return Number(await page.evaluate('document.body.dataset.computed || 0'));
}

/** Waits until a comparison newer than `after` is shown and nothing is pending. */
export async function waitComputed(page: Page, after: number, timeout = 60_000): Promise<void> {
  await poll(page, `Number(document.body.dataset.computed) > ${after} && document.body.dataset.state === "ready"`, timeout);
}

/** Types `text` in place of a number of the text (Enter to confirm) and waits for the new figures. */
export async function editNumber(page: Page, param: string, text: string): Promise<void> {
  const before = await computedId(page);
  await page.click(`button.num[data-param="${param}"]`);
  await page.fill(`input.edit[data-param="${param}"]`, text);
  await waitComputed(page, before);
  await page.press(`input.edit[data-param="${param}"]`, 'Enter');
}

/** Runs an action that changes the reform and waits for the new figures. */
export async function andWait(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await computedId(page);
  await action();
  await waitComputed(page, before);
}

/** The timings the page recorded, one per comparison shown. */
export async function timings(page: Page): Promise<{ ms: number; workerMs: number; evaluated: number }[]> {
  return page.evaluate('window.__workbench.timings.slice()') as Promise<{ ms: number; workerMs: number; evaluated: number }[]>;
}

/** Median of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/**
 * The edits timed by the test and the bench, each a kind of edit drafters make: amounts typed in place, a
 * boundary word switched, a reading switched, a line switched off and on, and last a reading that every
 * beneficiary's evaluation reads (the worst case: the whole portfolio is evaluated again).
 */
export async function timedEdits(page: Page): Promise<{ label: string; ms: number; workerMs: number; evaluated: number }[]> {
  const out: { label: string; ms: number; workerMs: number; evaluated: number }[] = [];
  const record = async (label: string, action: () => Promise<unknown>): Promise<void> => {
    await andWait(page, action);
    const t = (await timings(page)).at(-1)!;
    out.push({ label, ...t });
  };
  const type = (param: string, text: string) => async () => {
    await page.click(`button.num[data-param="${param}"]`);
    await page.fill(`input.edit[data-param="${param}"]`, text);
  };
  const enter = (param: string) => page.press(`input.edit[data-param="${param}"]`, 'Enter');
  await record('二(二) 上限 100万元 → 150万元', type('art02_2.cap', '150万元'));
  await enter('art02_2.cap');
  await record('二(二) 上限 150万元 → 1.5亿元', type('art02_2.cap', '1.5亿元'));
  await enter('art02_2.cap');
  await record('八(三) 比例 50% → 40%', type('art08_3.rate', '40%'));
  await enter('art08_3.rate');
  await record('四(一) 上限 1000万元 → 800万元', type('art04_1.cap', '800万元'));
  await enter('art04_1.cap');
  await record('二(二) 门槛 （含）以上 → 超过', () => page.click('button.words[data-param="art02_2.thresholdComparison"]'));
  await record('解读 A9.3.1 a → b', () => page.check('input[name="reading-A9.3.1"][value="b"]'));
  await record('四(三) 关闭 / off', () => page.click('button.line-switch[data-line="art04_3"]'));
  await record('四(三) 恢复 / on', () => page.click('button.line-switch[data-line="art04_3"]'));
  // A reading every beneficiary's evaluation reads (the validity window): the whole portfolio is evaluated again.
  await record('解读 A9.7.3 a → b（全部对象重算 / every beneficiary）', () => page.check('input[name="reading-A9.7.3"][value="b"]'));
  return out;
}
