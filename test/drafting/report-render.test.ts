/**
 * The report's renderings for drafters without the workbench: labels clipped on the left with the whole label kept,
 * the change by clause drawn to its own scale, the impact split as a table (HTML and Markdown), the sensitivity
 * rows in words, and the CSS for narrow screens and for print.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../src/tools/drafting/html.js';
import { clipLabel, sensitivityWords } from '../../src/tools/drafting/labels.js';
import { reportMarkdown } from '../../src/tools/drafting/markdown.js';
import { buildReport } from '../../src/tools/drafting/report.js';
import { validateReform } from '../../src/tools/drafting/reform.js';
import { beneficiary, claim } from '../helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const policyText = readFileSync(`${root}policy/policy.zh.md`, 'utf8');

describe('clipLabel', () => {
  it('leaves a label that fits as it is', () => {
    expect(clipLabel('SYN-0001 初创企业', 20)).toBe('SYN-0001 初创企业');
    expect(clipLabel('abcdefghij', 10)).toBe('abcdefghij');
  });

  it('cuts on the left, keeping the distinguishing end; a CJK character counts two', () => {
    expect(clipLabel('abcdefghijk', 10)).toBe('…cdefghijk');
    expect(clipLabel('郑州航空港区人工智能科技有限公司第二分公司', 13)).toBe('…司第二分公司');
    expect(clipLabel('郑州航空港区人工智能科技有限公司第一分公司', 13)).not.toBe(clipLabel('郑州航空港区人工智能科技有限公司第二分公司', 13));
  });

  it('cuts on the right when asked to keep the start', () => {
    expect(clipLabel('A9.3.1 → 仅为指导，超出时提示', 14, 'start')).toBe('A9.3.1 → 仅为…');
  });
});

describe('the report, rendered', () => {
  const longName = '郑州航空港经济综合实验区某某人工智能数据科技有限责任公司第二分公司（合成数据）';
  const portfolio = [
    { beneficiary: beneficiary({ id: 'B1', name: longName }), years: [{ awardYear: 2026, approvalDate: '2026-12-01', claims: [claim('art02_2', { dataServiceRevenue: { '2025': '15000000.00' } })] }] },
    { beneficiary: beneficiary({ id: 'B2' }), years: [{ awardYear: 2026, approvalDate: '2026-12-01', claims: [claim('art04_3', { evaluationRelatedFees: '800000.00' })] }] },
  ];
  const reform = validateReform({ id: 'two', parameters: { 'art02_2.cap': '100000000' }, disabledLines: ['art04_3'] });
  const report = buildReport({ policyText, reform, portfolio });
  const html = reportHtml(report);
  const md = reportMarkdown(report);

  it('writes 1亿元, not 10000万元, in the changed sentence', () => {
    expect(html).toContain('<ins>1亿元</ins>');
    expect(md).toContain('最高**1亿元**的奖励');
    expect(html + md).not.toContain('10000万元');
  });

  it('clips the long beneficiary label in the chart, keeping its end; the whole label is the tooltip', () => {
    const full = `B1 ${longName}`;
    const text = new RegExp(`<text [^>]*data-label="${full.replace(/[()]/g, '\\$&')}"><title>${full.replace(/[()]/g, '\\$&')}</title>(…[^<]+)</text>`).exec(html);
    expect(text).not.toBeNull();
    expect(full.endsWith(text![1]!.slice(1))).toBe(true);
    expect(text![1]!.length).toBeLessThan(full.length);
    expect(html).toContain(`<td title="${longName.replace(/（/g, '（')}">`);
  });

  it('draws the change by clause to its own scale: a bar even where the change is small beside the amounts', () => {
    const row = (clause: string): string => /<g data-key="([^"]+)">.*?<\/g>/gs.exec(html.slice(html.indexOf(`<g data-key="${clause}">`)))![0];
    const capRow = row('art02_2');
    const delta = /<rect [^>]*class="bar-up" data-delta="([^"]+)"/.exec(capRow);
    expect(delta![1]).toBe(report.comparison.byClause.find((x) => x.clause === 'art02_2')!.delta);
    const down = /<rect x="[^"]+" y="[^"]+" width="([0-9.]+)" height="13" class="bar-down" data-delta="-800000.00"/.exec(row('art04_3'));
    expect(Number(down![1])).toBeGreaterThan(50);
    expect(html).toContain('变化（单独比例尺）/ change (own scale)');
  });

  it('splits the impact by change, in HTML and Markdown', () => {
    const split = report.comparison.split!;
    expect(split.changes.map((x) => x.id)).toEqual(['art02_2.cap', 'art04_3']);
    expect(html).toContain('data-testid="split"');
    expect(html).toContain('<tr data-change="parameter:art02_2.cap">');
    expect(html).toContain('<tr data-change="line:art04_3">');
    expect(html).toMatch(/<tr data-change="interaction"><td colspan="3">交互作用 \/ Interaction \(together − sum\)<\/td><td class="n[^"]*">0.00<\/td>/);
    expect(md).toContain('| 参数 / parameter art02_2.cap | 二(二) 每个企业每年上限 / Cap per enterprise per year | 100万元 → 1亿元 | +500,000.00 | 1 / 0 |');
    expect(md).toContain('| 条款 / line art04_3 | 四(三) 支持人工智能大模型研发训练（模型备案奖励） / ');
    expect(md).toContain('| 支付 → 已取消 / pays → switched off | -800,000.00 | 0 / 1 |');
  });

  it('says the sensitivity rows in words, zh and en', () => {
    const row = report.sensitivity!.rows.find((r) => r.reading === 'A9.3.1')!;
    expect(sensitivityWords(row)).toEqual({
      zh: 'A9.3.1 九(三) “原则上不超过”年度区级综合贡献额，是硬性上限吗？：硬性上限，例外须记录批准 → 仅为指导，超出时提示',
      en: 'A9.3.1 Is "in principle not above" the annual district contribution a hard cap?: a hard cap; an exception needs a recorded override → guidance only: a warning, no cut',
    });
    expect(html).toContain('<td><code>A9.3.1</code> 九(三) “原则上不超过”年度区级综合贡献额，是硬性上限吗？<span class="en">Is &quot;in principle not above&quot; the annual district contribution a hard cap?</span></td>');
    expect(md).toContain('| A9.3.1 九(三) “原则上不超过”年度区级综合贡献额，是硬性上限吗？ / Is "in principle not above" the annual district contribution a hard cap? | 硬性上限，例外须记录批准 / a hard cap; an exception needs a recorded override | 仅为指导，超出时提示 / guidance only: a warning, no cut |');
    expect(html).not.toMatch(/>A\d[\d.]* [a-z]→[a-z]</);
  });

  it('has CSS for narrow screens and for A4 print; every table scrolls inside its box', () => {
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('@media print{');
    expect(html).toMatch(/\.cards\{display:grid;grid-template-columns:repeat\(auto-fit,minmax\(min\(100%,210px\),1fr\)\)/);
    expect((html.match(/<table/g) ?? []).length).toBe((html.match(/<div class="scroll"><table/g) ?? []).length);
  });

  it('a report without a split (split: false in the data) shows no split table', () => {
    const none = reportHtml({ ...report, comparison: { ...report.comparison, split: null } });
    expect(none).not.toContain('data-testid="split"');
    expect(reportMarkdown({ ...report, comparison: { ...report.comparison, split: null } })).not.toContain('各项改动的单独影响');
  });
});
