/**
 * The less travelled paths of the drafting tools: reports whose baseline itself switches lines off and sets the
 * open ratio, titles written once for both languages, values the text does not write, every way a parameter value
 * is written back into words, the parameter-table defects bindText reports on a damaged text, suggestions for
 * values written with a unit, and portfolios that are not valid under a scenario.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { PolicyInputError, type InputIssue } from '../../src/edges/input/errors.js';
import { ITEM_LABEL } from '../../src/policy/ids.js';
import { parameterDef, type ParameterDef } from '../../src/policy/catalogue.js';
import { compare, compareRuns } from '../../src/tools/drafting/compare.js';
import { amountWords, groupedYuan, signedYuan, wanYuan } from '../../src/tools/drafting/format.js';
import { reportHtml } from '../../src/tools/drafting/html.js';
import { reportMarkdown } from '../../src/tools/drafting/markdown.js';
import { evaluatePortfolio } from '../../src/tools/drafting/portfolio.js';
import { BASELINE_REFORM, parseReform, validateReform } from '../../src/tools/drafting/reform.js';
import { suggestValue } from '../../src/edges/input/parameterValues.js';
import { buildReport, type DraftingReport } from '../../src/tools/drafting/report.js';
import { bindText, renderText, writeParameter } from '../../src/tools/drafting/text.js';
import { beneficiary, claim, type Json } from '../helpers.js';

// The parameter table is the engine's own, as a mutable copy: a test may add parameters to it for a moment (see
// `withParameters`) to show how the text binding treats a table with defects, or parameters the engine lacks.
const table = vi.hoisted(() => ({ defs: [] as ParameterDef[], size: 0 }));
vi.mock('../../src/policy/catalogue.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/policy/catalogue.js')>();
  table.defs.push(...real.PARAMETERS);
  table.size = real.PARAMETERS.length;
  return { ...real, PARAMETERS: table.defs, parameterDef: (id: string) => real.parameterDef(id) ?? table.defs.find((d) => d.id === id) };
});
// The engine's own check of a value (compile.ts) reads the facts: the added parameters are facts too.
vi.mock('../../src/policy/parameters.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/policy/parameters.js')>();
  return { ...real, parameterFact: (id: string) => real.parameterFact(id) ?? table.defs.find((d) => d.id === id) };
});

/** Runs `f` with `defs` added to the parameter table. */
function withParameters<T>(defs: readonly Omit<ParameterDef, 'rule' | 'title'>[], f: () => T): T {
  table.defs.push(...defs.map((d) => ({ rule: 'general' as const, title: { zh: d.id, en: d.id }, ...d })));
  try {
    return f();
  } finally {
    table.defs.length = table.size;
  }
}

const policyText = readFileSync(new URL('../../policy/policy.zh.md', import.meta.url), 'utf8');
const bound = bindText(policyText);

/** The issues a failing call throws. */
function issuesOf(f: () => unknown): readonly InputIssue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyInputError);
    return (e as PolicyInputError).issues;
  }
  return expect.unreachable('expected a PolicyInputError') as never;
}

function single(id: string, claims: Json[], years: Json[] = [{ awardYear: 2026, approvalDate: '2026-12-01', claims }], over: Json = {}): Json {
  return { beneficiary: beneficiary({ id, name: `名称${id}` }), years, ...over };
}

const revenue = (amount: string, id = 'c'): Json => claim('art02_2', { id, dataServiceRevenue: { '2025': amount } });

// The baseline sets the open ratio and switches 四(三) off; the reform raises 二(二)'s cap but switches 二(二) off,
// turns 四(三) back on, and moves the effective date (a value the text does not write).
const baseline = validateReform({ id: 'base-x', title: '基线方案', parameters: { 'art02_1.ratio': '0.5' }, disabledLines: ['art04_3'] });
const reform = validateReform({
  id: 'r-x',
  title: '改革方案甲',
  description: '同一句说明',
  parameters: { 'art02_2.cap': '2000000.00', 'art09_7.effectiveDate': '2025-01-01' },
  disabledLines: ['art02_2'],
});
const portfolio = [single('B1', [revenue('15000000.00', 'c1'), claim('art04_3', { id: 'd1' })]), single('B2', [revenue('5000000.00', 'c2')])];
const report = buildReport({ policyText, reform, baseline, portfolio, sensitivity: false, incremental: false });

describe('a report whose baseline switches a line off and sets a value the reform leaves unset', () => {
  it('lists both switches, in both directions, and the value that goes back to unset', () => {
    const d = report.comparison.diff;
    expect(d.lines.map((l) => [l.clause, l.off])).toEqual([['art02_2', 'reform'], ['art04_3', 'baseline']]);
    expect(d.parameters.map((p) => [p.id, p.from, p.to, p.fromText, p.toText])).toEqual([
      ['art02_1.ratio', '0.5', null, '1:0.5', null],
      ['art02_2.cap', '1000000', '2000000.00', '100万元', '200万元'],
      ['art09_7.effectiveDate', '2025-07-01', '2025-01-01', '2025-07-01', '2025-01-01'],
    ]);
    // 二(二) pays nothing under the reform; 四(三) pays only under it.
    const byClause = Object.fromEntries(report.comparison.byClause.map((x) => [x.clause, [x.baseline, x.reform]]));
    expect(byClause.art02_2![1]).toBe('0.00');
    expect(byClause.art04_3![0]).toBe('0.00');
    expect(Number(byClause.art04_3![1])).toBeGreaterThan(0);
    // B1's 二(二) was cut to the cap (reduced), B2's paid in full; ties are in the order of the statuses' names.
    expect(report.comparison.statusChanges).toEqual([
      { from: 'paid', to: 'switchedOff', lines: 1 },
      { from: 'reduced', to: 'switchedOff', lines: 1 },
      { from: 'switchedOff', to: 'paid', lines: 1 },
    ]);
  });

  it('the same report from runs (compareRuns) as from compare, with the default and a smaller top', () => {
    const base = evaluatePortfolio(portfolio, baseline);
    const next = evaluatePortfolio(portfolio, reform);
    const full = compare(baseline, reform, portfolio);
    expect(compareRuns(base, next)).toEqual(full);
    const top1 = compareRuns(base, next, { top: 1 });
    expect(top1.largestChanges).toEqual(full.largestChanges.slice(0, 1));
    expect(top1.mostAffected).toEqual(full.mostAffected.slice(0, 1));
    expect(top1.total).toEqual(full.total);
  });

  describe('in Markdown', () => {
    const md = reportMarkdown(report);
    const item02 = ITEM_LABEL.art02_2;
    const item43 = ITEM_LABEL.art04_3;

    it('writes a title and a note given once for both languages once, without a " — " translation', () => {
      expect(md).toContain('- 改革方案 / Reform: 改革方案甲 (`r-x`)\n');
      expect(md).toContain('- 对照 / Baseline: 基线方案 (`base-x`)\n');
      expect(md).toContain('- 说明 / Note: 同一句说明\n');
    });

    it('writes unset values, and each switched line with the right before and after', () => {
      expect(md).toMatch(/\| 参数 art02_1\.ratio \| [^\n]* \| 1:0\.5 \| （未设定 \/ unset） \|/);
      expect(md).toContain(`| 条款 ${item02} |`);
      expect(md).toMatch(new RegExp(`\\| 条款 ${item02.replace(/[()]/g, '\\$&')} \\| [^\\n]* \\| 支付 / pays \\| 已取消 / off \\|`));
      expect(md).toMatch(new RegExp(`\\| 条款 ${item43.replace(/[()]/g, '\\$&')} \\| [^\\n]* \\| 已取消 / off \\| 支付 / pays \\|`));
    });

    it('strikes the switched-off line through, lists the value the text does not write, and marks the clause off', () => {
      expect(md).toContain(`- ${item02} 取消 / switched off: ~~`);
      expect(md).not.toContain(`- ${item43} 取消 / switched off`);
      expect(md).toMatch(/- 文本未写出 \/ not written in the text: art09_7\.effectiveDate = 2025-01-01（文本未写明该值，默认值为假设（见登记册 A9\.7\.1））/);
      expect(md).toMatch(new RegExp(`\\| ${item02.replace(/[()]/g, '\\$&')} \\| [^|]*（已取消 / off） \\|`));
    });

    it('signs the change: the total falls, so its delta starts with "-"', () => {
      const delta = report.comparison.total.delta;
      expect(delta.startsWith('-')).toBe(true);
      expect(md).toContain(`| 合计 / Total | ${groupedYuan(report.comparison.total.baseline)} | ${groupedYuan(report.comparison.total.reform)} | ${groupedYuan(delta)} |`);
    });

    it('writes a null value the text does not write as "null"', () => {
      const withNull: DraftingReport = { ...report, text: { ...report.text, notInText: [{ param: 'x.y', value: null, why: { zh: '原因', en: 'why' } }] } };
      expect(reportMarkdown(withNull)).toContain('- 文本未写出 / not written in the text: x.y = null（原因）');
      expect(reportHtml(withNull)).toContain('<code>x.y</code> = null（原因）');
    });
  });

  describe('in HTML', () => {
    const html = reportHtml(report);

    it('writes the title once when zh and en are the same, and the note', () => {
      expect(html).toContain('<h1>改革方案甲</h1>');
      expect(html).toContain('<p>同一句说明</p>');
    });

    it('writes both switches, the struck-out sentence of the line switched off, and the clause marked off', () => {
      expect(html).toContain(`<tr><td>条款 ${ITEM_LABEL.art02_2}</td>`);
      expect(html).toMatch(new RegExp(`条款 ${ITEM_LABEL.art02_2.replace(/[()]/g, '\\$&')}</td><td>[^<]*</td><td>支付 / pays</td><td><strong>已取消 / off</strong>`));
      expect(html).toMatch(new RegExp(`条款 ${ITEM_LABEL.art04_3.replace(/[()]/g, '\\$&')}</td><td>[^<]*</td><td>已取消 / off</td><td><strong>支付 / pays</strong>`));
      expect(html).toContain(`<div class="sentence" data-item="${ITEM_LABEL.art02_2}"><div><span class="item">${ITEM_LABEL.art02_2}</span> <span class="params">取消 / switched off</span>`);
      expect(html).not.toContain(`data-item="${ITEM_LABEL.art04_3}"><div><span class="item">${ITEM_LABEL.art04_3}</span> <span class="params">取消`);
      expect(html).toMatch(/<tr data-clause="art02_2"><td>[^<]*<\/td><td class="off">/);
      expect(html).toMatch(/<tr data-clause="art04_3"><td>[^<]*<\/td><td>/);
      expect(html).toContain('<td>（未设定 / unset）</td>'.replace('<td>', '<td><strong>').replace('</td>', '</strong></td>'));
      expect(html).toContain('<code>art09_7.effectiveDate</code> = 2025-01-01');
      expect(html).toContain(`<div class="v down" data-testid="total-delta">${signedYuan(report.comparison.total.delta)}</div>`);
    });
  });
});

describe('a report with a bilingual title and no note', () => {
  // It also sets the open ratio of 二(一), unset in the draft (no claim of the portfolio reads it).
  const r = validateReform({ id: 'cap', title: { zh: '提高上限', en: 'Raise the cap' }, parameters: { 'art02_2.cap': '2000000.00', 'art02_1.ratio': '0.5' } });
  const rep = buildReport({ policyText, reform: r, portfolio: [single('B1', [revenue('15000000.00')])], sensitivity: false });

  it('Markdown: writes both titles, and no note line', () => {
    const md = reportMarkdown(rep);
    expect(md).toContain('- 改革方案 / Reform: 提高上限 — Raise the cap (`cap`)');
    expect(md).toContain(`- 对照 / Baseline: ${BASELINE_REFORM.title.zh} — ${BASELINE_REFORM.title.en} (\`baseline\`)`);
    expect(md).not.toContain('说明 / Note');
    expect(md).toMatch(/\| 参数 art02_1\.ratio \| [^\n]* \| （未设定 \/ unset） \| 1:0\.5 \|/);
    expect(md).toContain('| 合计 / Total | 1,000,000.00 | 1,500,000.00 | +500,000.00 |');
  });

  it('HTML: writes the English title small, no note paragraph, and an "up" change', () => {
    const html = reportHtml(rep);
    expect(html).toContain('<h1>提高上限 <small>Raise the cap</small></h1>');
    expect(html).toMatch(/<code>art02_1\.ratio<\/code><\/td><td>[^<]*<\/td><td>（未设定 \/ unset）<\/td><td><strong>1:0\.5<\/strong>/);
    expect(html).toMatch(/<\/p>\n<\/header>/);
    expect(html).toContain('<div class="v up" data-testid="total-delta">+500,000.00</div>');
  });
});

describe('numbers written the way the document writes them', () => {
  it.each([
    ['art04_1.paramsComparison', 'atLeast', '（含）以上'],
    ['art04_1.paramsComparison', 'moreThan', '超过'],
    ['art04_1.paramsComparison', 'sometimes', 'sometimes'],
    ['art04_1.paramsThreshold', '200000000000', '2000亿'],
    ['art04_1.paramsThreshold', '1000000000000', '万亿'],
    ['art04_1.paramsThreshold', '50000', '5万'],
    ['art04_1.paramsThreshold', '123', '123'],
    ['art02_2.cap', '1500', '1500元'], ['art02_2.cap', '0', '0元'], ['art02_2.cap', '100000000', '1亿元'],
    ['art02_2.cap', '1234567.89', '123.456789万元'],
    ['art02_2.rate', '0.125', '12.5%'],
    ['art03_2.ratio', '0.80', '1:0.8'],
    ['art08_2.servedThreshold', '40', '40家'],
    ['art02_1.ratio', '0.5', '1:0.5'],
    ['art09_7.effectiveDate', '2026-01-01', '2026-01-01'],
    ['rounding', 'halfUp', 'halfUp'],
    ['no.such.parameter', '12', '12'],
  ])('%s = %s → %s', (id, value, words) => {
    expect(writeParameter(id, value)).toBe(words);
  });

  it('null stays null', () => {
    expect(writeParameter('art02_2.cap', null)).toBeNull();
  });

  it('groups whole yuan without a fraction, and signs zero, gains and losses', () => {
    expect(groupedYuan('1234567')).toBe('1,234,567');
    expect(groupedYuan('-1234567.5')).toBe('-1,234,567.5');
    expect(signedYuan('0.00')).toBe('0.00');
    expect(signedYuan('1500.00')).toBe('+1,500.00');
    expect(signedYuan('-1500.00')).toBe('-1,500.00');
    expect(wanYuan('0')).toBe('0万元');
    expect(amountWords('0')).toBe('0元');
  });

  it('renders the comparison words: 达到…（含）以上 becomes 超过…, 超过千亿 becomes 千亿（含）以上', () => {
    const r = renderText(bound, { 'art02_2.thresholdComparison': 'moreThan', 'art04_1.paramsComparison': 'atLeast', 'art04_1.paramsThreshold': '200000000000' });
    expect(r.text).toContain('数据服务收入超过300万元');
    expect(r.text).not.toContain('数据服务收入达到300万元（含）以上');
    expect(r.text).toContain('落地参数量2000亿（含）以上');
    const change = r.changes.find((c) => c.params.includes('art04_1.paramsThreshold'))!;
    expect(change.params).toEqual(['art04_1.paramsThreshold', 'art04_1.paramsComparison']);
    expect(change.parts.find((p) => p.kind === 'changed')).toEqual({ kind: 'changed', old: '超过千亿', new: '2000亿（含）以上', params: ['art04_1.paramsThreshold', 'art04_1.paramsComparison'] });
  });

  it('a bad baseline value is reported under "baseline."', () => {
    const issues = issuesOf(() => renderText(bound, {}, { 'art02_2.cap': '100万' }));
    expect(issues.map((i) => i.path)).toEqual(['baseline.parameters.art02_2.cap']);
  });
});

describe('bindText reports every defect of the parameter table against a damaged text', () => {
  it('a number run on by a digit after its quote is not the token', () => {
    const damaged = policyText.replace('的1:1和1:0.5', '的1:1和1:0.55');
    expect(() => bindText(damaged)).toThrow('art03_3.ratioProvincial: token 「1:0.5」 occurrence 0 not found in 「的1:1和1:0.5」');
  });

  it('a comparison whose words are gone cannot be bound, and says so', () => {
    const damaged = policyText.replace('落地参数量超过千亿', '落地参数量很多');
    const message = (() => {
      try {
        bindText(damaged);
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(message).toContain('art04_1.paramsThreshold: quote 「落地参数量超过千亿」 occurs 0 times in the text (expected once)');
    expect(message).toContain('art04_1.paramsComparison: a comparison needs a quote and a token');
  });

  it('the open ratio\'s words written twice cannot be bound', () => {
    const damaged = `${policyText}\n按比例给予一定比例配套支持。\n`;
    expect(() => bindText(damaged)).toThrow('art02_1.ratio: quote 「按比例给予一定比例配套支持」 occurs 2 times in the text (expected once)');
  });
});

describe('reform values written with a unit or in words get a suggestion, or none', () => {
  const def = (id: string) => parameterDef(id)!;
  it.each([
    ['art02_2.rate', '12.5%', '0.125'],
    ['art02_2.rate', '1：0.8', '0.8'],
    ['art02_2.rate', 'ten', null],
    ['art04_1.paramsThreshold', '千亿', '100000000000'],
    ['art04_1.paramsThreshold', '2000亿', '200000000000'],
    ['art04_1.paramsThreshold', 'many', null],
    ['art08_2.servedThreshold', '40家', '40'],
    ['art08_2.servedThreshold', 'forty', null],
    ['art08_2.servedComparison', '超过', 'moreThan'],
    ['art08_2.servedComparison', '≥', 'atLeast'],
    ['art08_2.servedComparison', 'about', null],
    ['art09_7.effectiveDate', '2026年3月1日', '2026-03-01'],
    ['art09_7.effectiveDate', 'March 1', null],
    ['rounding', '四舍五入', null],
    ['art02_2.cap', '1，500，000', '1500000'],
  ])('%s: %s → %s', (id, raw, expected) => {
    expect(suggestValue(def(id), raw)).toBe(expected);
  });

  it('a bare number as data is refused without blaming JSON', () => {
    const [i] = issuesOf(() => validateReform({ parameters: { 'art08_2.servedThreshold': 40 } }));
    expect(i!.message.en).toBe('parameter values must be quoted strings to stay exact (numbers can lose digits): expected a whole number as a string, e.g. "50", not 40');
  });

  it('an unknown field inside a bilingual title is named, with the fields expected', () => {
    const issues = issuesOf(() => validateReform({ title: { zh: '甲', en: 'A', fr: 'Un' } }));
    expect(issues).toEqual([{
      path: 'title.fr', code: 'unknownKey', params: { key: 'fr', what: 'field', allowed: ['zh', 'en'] },
      message: { zh: '未知字段“fr”：此处只接受 "zh", "en"', en: 'unknown field "fr": only "zh", "en" are accepted here' },
    }]);
  });

  it('a file over a million characters is refused before it is parsed', () => {
    const issues = issuesOf(() => parseReform(`# ${'x'.repeat(1_000_001)}\n`, 'yaml'));
    expect(issues.map((i) => [i.path, i.code])).toEqual([['(file)', 'outOfRange']]);
  });
});

describe('a portfolio that is not valid under the scenarios', () => {
  it('award years out of order are a contradiction at the later year', () => {
    const p = [single('B1', [], [
      { awardYear: 2027, approvalDate: '2027-12-01', claims: [] },
      { awardYear: 2026, approvalDate: '2026-12-01', claims: [] },
    ])];
    const issues = issuesOf(() => compare(BASELINE_REFORM, BASELINE_REFORM, p));
    expect(issues.map((i) => [i.path, i.code])).toContainEqual(['portfolio[0].years[1].awardYear', 'contradiction']);
  });

  it('a problem of the history keeps its history path (not under the year)', () => {
    const history = [{ clause: 'art05_2', subjectId: 'plant', awardYear: 2025, entitlement: '100.00', paid: '200.00', paidOn: '2025-12-10', tier: 'provincialSmartWorkshop' }];
    const p = [single('B1', [], undefined, { history })];
    const issues = issuesOf(() => compare(BASELINE_REFORM, BASELINE_REFORM, p));
    expect(issues.map((i) => [i.path, i.code])).toEqual([['portfolio[0].history[0].paid', 'contradiction']]);
  });
});

describe('comparisons where only the binding constraint changes, and status ties', () => {
  it('二(二)\'s yearly cap raised into the annual contribution cap: another constraint binds, the money is the same', () => {
    const p = [single('B1', [revenue('15000000.00')], undefined)];
    (p[0]!.beneficiary as Json).districtContribution = { '2025': '1000000.00' };
    const c = compare(BASELINE_REFORM, validateReform({ parameters: { 'art02_2.cap': '2000000.00' } }), p);
    expect(c.total).toEqual({ baseline: '1000000.00', reform: '1000000.00', delta: '0.00' });
    expect(c.largestChanges).toEqual([]);
    expect(c.mostAffected).toEqual([]);
    expect(c.bindingChanges.map((b) => [b.claimId, b.baseline, b.reform, b.newlyBinding, b.noLongerBinding, b.net.delta])).toEqual([
      ['c', ['cumulativeCap'], ['annualCap'], ['annualCap'], ['cumulativeCap'], '0.00'],
    ]);
    expect(c.bindingSummary).toEqual([{ code: 'cumulativeCap', newlyBinding: 0, noLongerBinding: 1 }, { code: 'annualCap', newlyBinding: 1, noLongerBinding: 0 }]);
    expect(c.counts).toEqual({ betterOff: 0, worseOff: 0, unchanged: 1 });
    const md = reportMarkdown(buildReport({ policyText, reform: validateReform({ parameters: { 'art02_2.cap': '2000000.00' } }), portfolio: p, sensitivity: false }));
    expect(md).toContain('| 合计 / Total | 1,000,000.00 | 1,000,000.00 | 0.00 |');
    expect(md).toMatch(/## 受影响最大的对象 \/ Most affected beneficiaries\n\n（无 \/ none）/);
  });

  it('status changes from the same status with the same count are ordered by the new status', () => {
    const p = [single('B1', [revenue('5000000.00', 'c1'), claim('art04_3', { id: 'd1' })])];
    const r = validateReform({ parameters: { 'art02_2.threshold': '20000000.00' }, disabledLines: ['art04_3'] });
    const c = compare(BASELINE_REFORM, r, p);
    expect(c.statusChanges).toEqual([
      { from: 'paid', to: 'ineligible', lines: 1 },
      { from: 'paid', to: 'switchedOff', lines: 1 },
    ]);
    const reversed = compare(r, BASELINE_REFORM, p);
    expect(reversed.statusChanges).toEqual([
      { from: 'ineligible', to: 'paid', lines: 1 },
      { from: 'switchedOff', to: 'paid', lines: 1 },
    ]);
  });
});

describe('bindText on a parameter table with defects (parameters added for the test)', () => {
  const extraText = '\n甲项最高100元。乙项比例0.3。丙项数量50。丁项日期2025。戊项1100万元。己项超过标准。庚项超过200元。辛项300万元整。\n';
  const defects = [
    { id: 'x.yuan', unit: 'yuan', value: '1', quote: '甲项最高100元', token: '100元' },
    { id: 'x.rate', unit: 'rate', value: '1', quote: '乙项比例0.3', token: '0.3' },
    // Digits without a measure word: once read as 「5」 with the measure word 「0」 (so 40 was written 「400」).
    { id: 'x.count', unit: 'count', value: '1', quote: '丙项数量50', token: '50' },
    { id: 'x.date', unit: 'date', value: '2025-01-01', quote: '丁项日期2025', token: '2025' },
    { id: 'x.shadow', unit: 'yuan', value: '1', quote: '戊项1100万元', token: '100万元' },
    { id: 'x.cmp0', unit: 'comparison', value: 'moreThan', quote: '己项超过标准', token: '超过' },
    { id: 'x.th', unit: 'yuan', value: '1', quote: '庚项超过200元', token: '200元' },
    { id: 'x.cmp1', unit: 'comparison', value: 'moreThan', quote: '庚项超过200元', token: '超过' },
    { id: 'x.o1', unit: 'yuan', value: '1', quote: '辛项300万元整', token: '300万元' },
    { id: 'x.o2', unit: 'count', value: '1', quote: '辛项300万元整', token: '300万' },
  ] as const;

  it('lists every defect: numbers it cannot write, a token run on by a digit, comparisons without one threshold, overlaps', () => {
    const message = withParameters(defects, () => {
      try {
        bindText(policyText + extraText);
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    });
    expect(message.split('\n')).toEqual([
      'the parameter table does not bind the text:',
      '- x.shadow: token 「100万元」 occurrence 0 not found in 「戊项1100万元」',
      '- x.cmp0: expected exactly one threshold parameter quoting 「己项超过标准」, found 0',
      '- x.th: cannot tell how 「200元」 is written',
      '- x.yuan: cannot tell how 「100元」 is written',
      '- x.rate: cannot tell how 「0.3」 is written',
      '- x.count: cannot tell how 「50」 is written',
      '- x.date: cannot tell how 「2025」 is written',
      '- bindings of x.o1 and x.o2 overlap',
    ]);
  });

  it('a parameter whose token cannot be written reads back as the value itself', () => {
    expect(withParameters(defects, () => writeParameter('x.yuan', '5'))).toBe('5');
  });

  describe('parameters without a default value, a line ending in a number, a line starting with one', () => {
    const text = `${policyText}\n壬项最高500万元\n700万元封顶。癸项达到200万元（含）以上。\n`;
    const defs = [
      { id: 'x.free', unit: 'yuan', value: '1', quote: '壬项最高500万元', token: '500万元' },
      { id: 'x.lead', unit: 'yuan', value: '1', quote: '700万元封顶', token: '700万元' },
      { id: 'x.th2', unit: 'yuan', value: '1', quote: '癸项达到200万元（含）以上', token: '200万元' },
      { id: 'x.cmp2', unit: 'comparison', value: 'atLeast', quote: '癸项达到200万元（含）以上', token: '（含）以上' },
    ] as const;

    it('without a value, the words of the text stay as written (a comparison reads as inclusive)', () => {
      const r = withParameters(defs, () => renderText(bindText(text)));
      expect(r.text).toBe(text);
      expect(r.changes).toEqual([]);
    });

    it('a changed number at the end of a line or at the start of a sentence is the whole changed part', () => {
      const r = withParameters(defs, () => renderText(bindText(text), { 'x.free': '6000000', 'x.lead': '8000000', 'x.cmp2': 'moreThan' }));
      expect(r.text.endsWith('\n壬项最高600万元\n800万元封顶。癸项超过200万元。\n')).toBe(true);
      expect(r.changes.map((c) => [c.params, c.parts])).toEqual([
        [['x.free'], [{ kind: 'same', text: '壬项最高' }, { kind: 'changed', old: '500万元', new: '600万元', params: ['x.free'] }]],
        [['x.lead'], [{ kind: 'changed', old: '700万元', new: '800万元', params: ['x.lead'] }, { kind: 'same', text: '封顶。' }]],
        [['x.cmp2'], [{ kind: 'same', text: '癸项' }, { kind: 'changed', old: '达到200万元（含）以上', new: '超过200万元', params: ['x.cmp2'] }, { kind: 'same', text: '。' }]],
      ]);
    });
  });

  it('values the text does not write say why: no assumption, an assumption without a register reference, unset', () => {
    const defs = [
      { id: 'x.silent', unit: 'yuan', value: '1' },
      { id: 'x.assumed', unit: 'yuan', value: '1', assumption: 'chosen by the drafters' },
      { id: 'x.nullable', unit: 'yuan', value: null },
    ] as const;
    const r = withParameters(defs, () => renderText(bound, { 'x.silent': '5', 'x.assumed': '6', 'x.nullable': null }));
    expect(r.changes).toEqual([]);
    expect(r.notInText).toEqual([
      { param: 'x.assumed', value: '6', why: { zh: '文本未写明该值，默认值为假设', en: 'the text does not write this value; the default is an assumption (chosen by the drafters)' } },
      { param: 'x.nullable', value: null, why: { zh: '文本未写明该值', en: 'the text does not write this value' } },
      { param: 'x.silent', value: '5', why: { zh: '文本未写明该值', en: 'the text does not write this value' } },
    ]);
  });
});

describe('incremental comparison and a parameter the read tracking does not know', () => {
  it('refuses to compare rather than reuse results it cannot prove unaffected', () => {
    const p = [single('B1', [revenue('5000000.00')])];
    withParameters([{ id: 'x.untracked', unit: 'yuan', value: '1' }], () => {
      const r = validateReform({ parameters: { 'x.untracked': '2' } });
      expect(r.parameters).toEqual({ 'x.untracked': '2' });
      expect(() => compare(BASELINE_REFORM, r, p)).toThrow('a changed id has no read flag');
    });
  });
});

describe('a portfolio entry with a forbidden key', () => {
  it('is reported under its place in the portfolio, like every other problem of the entry', () => {
    const good = single('B1', [revenue('5000000.00')]);
    const poisoned = JSON.parse(`{"beneficiary": ${JSON.stringify(beneficiary({ id: 'B2' })).replace(/^\{/, '{"__proto__": {"polluted": true},')}, "years": []}`) as unknown;
    const issues = issuesOf(() => compare(BASELINE_REFORM, BASELINE_REFORM, [good, poisoned]));
    expect(issues.map((i) => [i.path, i.code])).toEqual([['portfolio[1].beneficiary.__proto__', 'forbiddenKey']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
