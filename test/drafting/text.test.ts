/**
 * The text bound to the parameters: the defaults give the canonical text back byte for byte; every number of the
 * text is written by exactly one parameter or listed as deliberately unbound; changed values are written the way
 * the document writes numbers, and the changed sentences are listed.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/edges/input/errors.js';
import { PARAMETERS } from '../../src/policy/catalogue.js';
import { amountWords, comparisonPhrase, groupedYuan, matchingRatio, modelParams, percent, shiftDecimal, signedYuan, wanYuan } from '../../src/tools/drafting/format.js';
import { bindText, bindingParams, findNumbers, renderText, writeText, UNBOUND_NUMBERS, writeParameter, type BoundText } from '../../src/tools/drafting/text.js';

const canonical = readFileSync(new URL('../../policy/policy.zh.md', import.meta.url), 'utf8');
const bound = bindText(canonical);

/** Occurrences of `needle` in `hay`. */
function indicesOf(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * The numbers of a text that are neither inside a parameter's token nor inside an occurrence of an unbound entry,
 * and the numbers covered by more than one parameter.
 */
function coverage(text: string, b: BoundText): { unbound: string[]; shared: string[] } {
  const unbound: string[] = [];
  const shared: string[] = [];
  const listed = UNBOUND_NUMBERS.flatMap((u) => indicesOf(text, u.text).map((at) => [at, at + u.text.length] as const));
  for (const n of findNumbers(text)) {
    const owners = b.tokens.filter((t) => t.start <= n.start && n.end <= t.end).map((t) => t.param);
    const excused = listed.some(([s, e]) => s <= n.start && n.end <= e);
    const where = `「${n.text}」 at ${n.start}: …${text.slice(Math.max(0, n.start - 8), n.end + 8)}…`;
    if (owners.length > 1) shared.push(`${where} (${owners.join(', ')})`);
    if (owners.length === 0 && !excused) unbound.push(where);
  }
  return { unbound, shared };
}

describe('the text rendered with the default parameters', () => {
  it('is the canonical text, byte for byte', () => {
    const rendered = renderText(bound);
    expect(Buffer.from(rendered.text, 'utf8').equals(Buffer.from(canonical, 'utf8'))).toBe(true);
    expect(rendered.changes).toEqual([]);
    expect(rendered.notInText).toEqual([]);
  });

  it('is the shared canonical text too, where the shared copy is present', () => {
    let shared: string | null = null;
    try {
      shared = readFileSync(new URL('../../../shared/policy/policy.zh.md', import.meta.url), 'utf8');
    } catch {
      shared = null;
    }
    if (shared !== null) expect(renderText(bindText(shared)).text).toBe(shared);
    expect(renderText(bound).text.length).toBe(canonical.length);
  });

  it('writes each bound number from the parameter value, not by copying the text', () => {
    // Rendering every binding with the defaults yields the same words as the text at that place.
    for (const b of bound.bindings) {
      const text = canonical.slice(b.start, b.end);
      const [param] = bindingParams(b);
      const value = PARAMETERS.find((d) => d.id === param)!.value;
      if (b.kind === 'number') expect(writeParameter(param!, value)).toBe(text);
    }
  });
});

describe('every number of the text', () => {
  it('is written by exactly one parameter, or listed as deliberately unbound with the reason', () => {
    const { unbound, shared } = coverage(canonical, bound);
    expect(unbound, `numbers neither bound nor listed:\n${unbound.join('\n')}`).toEqual([]);
    expect(shared, `numbers bound to more than one parameter:\n${shared.join('\n')}`).toEqual([]);
  });

  it('the check fails for a number added to the text without a parameter', () => {
    const amended = canonical.replace('每家企业每年不超过100万元。', '每家企业每年不超过100万元，其中软件类不超过20万元。');
    expect(amended).not.toBe(canonical);
    const { unbound } = coverage(amended, bindText(amended));
    expect(unbound).toHaveLength(1);
    expect(unbound[0]).toContain('20万元');
  });

  it('the check fails for a Chinese-numeral quantity added to the text', () => {
    const amended = canonical.replace('有效期3年，', '有效期3年，可延长两年，');
    expect(coverage(amended, bindText(amended)).unbound.join()).toContain('两');
  });

  it.each(UNBOUND_NUMBERS.map((u) => [u.text, u] as const))('unbound 「%s」 occurs as often as listed, holds a number and says why', (_t, u) => {
    expect(indicesOf(canonical, u.text)).toHaveLength(u.count);
    const inside = findNumbers(u.text);
    expect(inside.length).toBeGreaterThan(0);
    expect(u.why.zh.length).toBeGreaterThan(4);
    expect(u.why.en.length).toBeGreaterThan(10);
  });

  it('every parameter with a token is bound, and every bound token except inclusion words holds a number', () => {
    const bound2 = new Set(bound.bindings.flatMap(bindingParams));
    for (const d of PARAMETERS) if (d.token !== undefined) expect(bound2.has(d.id), d.id).toBe(true);
    const numbers = findNumbers(canonical);
    for (const t of bound.tokens) {
      const def = PARAMETERS.find((d) => d.id === t.param)!;
      const holds = numbers.some((n) => t.start <= n.start && n.end <= t.end);
      expect(holds, t.param).toBe(def.unit !== 'comparison');
    }
  });

  it('bindings never overlap and each sits inside its parameter\'s quote', () => {
    for (let i = 1; i < bound.bindings.length; i++) expect(bound.bindings[i]!.start).toBeGreaterThanOrEqual(bound.bindings[i - 1]!.end);
    for (const t of bound.tokens) {
      const def = PARAMETERS.find((d) => d.id === t.param)!;
      const q = canonical.indexOf(def.quote!);
      expect(t.start).toBeGreaterThanOrEqual(q);
      expect(t.end).toBeLessThanOrEqual(q + def.quote!.length);
      expect(canonical.slice(t.start, t.end)).toBe(def.token);
    }
  });

  it('finds numbers as the document writes them and skips item numbering', () => {
    const found = findNumbers('## 二、标题\n\n（三）给予最高100万元、1:0.5、30%，超过千亿，分三类，一次性，同一单位。').map((n) => n.text);
    expect(found).toEqual(['100万元', '1:0.5', '30%', '千亿', '三', '一']);
  });

  it('a parameter table whose quote is not in the text is refused', () => {
    expect(() => bindText(canonical.replace('每个企业每年最高100万元', '每个企业每年最多100万元'))).toThrow(/art02_2\.cap/);
  });
});

describe('the text rendered with changed parameters', () => {
  const sentenceOf = (overrides: Record<string, string | null>) => renderText(bound, overrides);

  it('「超过300万元」 becomes 「300万元（含）以上」 when 八(二) is made inclusive', () => {
    const r = sentenceOf({ 'art08_2.revenueComparison': 'atLeast' });
    expect(r.text).toContain('对年服务收入300万元（含）以上且服务企业数50家（含）以上的公共服务平台');
    expect(r.text).not.toContain('年服务收入超过300万元');
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]!.item).toBe('八(二)');
    expect(r.changes[0]!.params).toEqual(['art08_2.revenueComparison']);
    expect(r.changes[0]!.parts.filter((p) => p.kind === 'changed')).toEqual([
      { kind: 'changed', old: '超过300万元', new: '300万元（含）以上', params: ['art08_2.revenueComparison'] },
    ]);
  });

  it('「达到300万元（含）以上」 becomes 「超过300万元」 the other way round', () => {
    const r = sentenceOf({ 'art02_2.thresholdComparison': 'moreThan' });
    expect(r.changes[0]!.new).toContain('对上一年度数据服务收入超过300万元的企业');
    expect(r.changes[0]!.old).toContain('数据服务收入达到300万元（含）以上的企业');
  });

  it('writes amounts in 万元 (元 below 1万元), rates in %, ratios as 1:x, model sizes in 亿, counts with their measure word', () => {
    const r = sentenceOf({
      'art02_2.cap': '2000000.00', 'art02_2.rate': '0.125', 'art03_3.ratioProvincial': '0.8', 'art04_1.paramsThreshold': '200000000000',
      'art04_2.paramsThreshold': '5000000000', 'art08_2.servedThreshold': '30', 'art09_7.validityYears': '5', 'art08_3.cap': '1234.56',
      'art04_2.paramsComparison': 'atLeast', 'art08_2.servedComparison': 'moreThan',
    });
    expect(r.text).toContain('按照其数据服务实际收入的12.5%，给予每个企业每年最高200万元的奖励');
    expect(r.text).toContain('资金的1:1和1:0.8给予配套支持');
    expect(r.text).toContain('落地参数量超过2000亿且经');
    expect(r.text).toContain('落地参数量50亿（含）以上且经');
    expect(r.text).toContain('服务企业数超过30家的公共服务平台');
    expect(r.text).toContain('有效期5年，');
    expect(r.text).toContain('不超过1234.56元的补助');
    expect(r.changes.map((c) => c.item)).toEqual(['二(二)', '三(三)', '四(一)', '四(二)', '八(二)', '八(三)', '九(七)']);
    // Nothing else in the text moves.
    expect(r.text.length - canonical.length).toBe(r.changes.reduce((n, c) => n + c.new.length - c.old.length, 0));
  });

  it('a sentence change lists old and new wording and the pieces that changed', () => {
    const [c] = sentenceOf({ 'art06_3.uplift': '0.25' }).changes;
    expect(c).toEqual({
      item: '六(三)',
      params: ['art06_3.uplift'],
      old: '对我区经国家或省认定的人工智能首台（套）重大技术装备产品，且获得国家或省首台（套）重大技术装备奖励资金支持的，相关配套支持金额在本政策第五条第三款基础上上浮20%。',
      new: '对我区经国家或省认定的人工智能首台（套）重大技术装备产品，且获得国家或省首台（套）重大技术装备奖励资金支持的，相关配套支持金额在本政策第五条第三款基础上上浮25%。',
      parts: [
        { kind: 'same', text: '对我区经国家或省认定的人工智能首台（套）重大技术装备产品，且获得国家或省首台（套）重大技术装备奖励资金支持的，相关配套支持金额在本政策第五条第三款基础上上浮' },
        { kind: 'changed', old: '20%', new: '25%', params: ['art06_3.uplift'] },
        { kind: 'same', text: '。' },
      ],
    });
  });

  it('a ratio the text leaves open reads as set once a reform sets it', () => {
    const r = sentenceOf({ 'art02_1.ratio': '0.5' });
    expect(r.text).toContain('按照上级奖励标准按1:0.5给予配套支持，同一单位');
    expect(r.changes[0]!.item).toBe('二(一)');
  });

  it('a value the text does not write is listed as not in the text, with the reason', () => {
    const r = sentenceOf({ 'art09_7.effectiveDate': '2026-01-01', rounding: 'halfUp' });
    expect(r.text).toBe(canonical);
    expect(r.notInText.map((n) => n.param)).toEqual(['art09_7.effectiveDate', 'rounding']);
    expect(r.notInText[0]!.why.zh).toContain('A9.7.1');
  });

  it('same value written differently changes nothing', () => {
    expect(sentenceOf({ 'art02_2.rate': '0.1', 'art02_2.cap': '1000000.00' }).changes).toEqual([]);
  });

  it('against another baseline: the changes are those between the two texts', () => {
    const r = renderText(bound, { 'art02_2.cap': '2000000' }, { 'art02_2.cap': '1500000', 'art08_3.cap': '1000000' });
    expect(r.changes.map((c) => c.item)).toEqual(['二(二)', '八(三)']);
    expect(r.changes[0]!.parts.find((p) => p.kind === 'changed')).toMatchObject({ old: '150万元', new: '200万元' });
    expect(r.changes[1]!.parts.find((p) => p.kind === 'changed')).toMatchObject({ old: '100万元', new: '150万元' });
    expect(r.changes[1]!.old).toContain('给予承办单位不超过100万元的补助');
  });

  it('refuses a value of the wrong kind, naming the parameter, in zh and en', () => {
    try {
      renderText(bound, { 'art02_2.cap': '200万元' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      const issue = (e as PolicyInputError).issues[0]!;
      expect(issue.path).toBe('parameters.art02_2.cap');
      expect(issue.message.zh).toMatch(/元/);
      expect(issue.message.en).toMatch(/yuan/);
    }
  });
});

describe('numbers written the way the document writes them', () => {
  it.each([
    ['1000000', '100万元'], ['10000000', '1000万元'], ['3000000.00', '300万元'], ['1500', '0.15万元'], ['123456.78', '12.345678万元'],
  ])('%s yuan → %s', (v, w) => expect(wanYuan(v)).toBe(w));

  it.each([
    ['0', '0元'], ['0.00', '0元'], ['0.01', '0.01元'], ['5000', '5000元'], ['9999.99', '9999.99元'], ['10000', '1万元'], ['3000000.00', '300万元'],
    ['99999999.99', '9999.999999万元'], ['100000000', '1亿元'], ['150000000.00', '1.5亿元'], ['1000000000', '10亿元'],
  ])('an amount as the document writes it: %s yuan → %s', (v, w) => expect(amountWords(v)).toBe(w));

  it('amounts in the document\'s style are exact for any amount (reading the words back gives the amount)', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (fen) => {
      const yuan = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
      const m = /^([0-9.]+)(亿元|万元|元)$/.exec(amountWords(yuan))!;
      expect(m).not.toBeNull();
      expect(shiftDecimal(m[1]!, { 亿元: 8, 万元: 4, 元: 0 }[m[2]!]! + 2)).toBe(fen.toString());
      expect(m[2] === '亿元').toBe(fen >= 10_000_000_000n);
      expect(m[2] === '元').toBe(fen < 1_000_000n);
    }));
  });

  it.each([['0.10', '10%'], ['0.3', '30%'], ['0.125', '12.5%'], ['1', '100%']])('rate %s → %s', (v, w) => expect(percent(v)).toBe(w));
  it.each([['1', '1:1'], ['0.5', '1:0.5'], ['2', '1:2'], ['0.75', '1:0.75']])('ratio %s → %s', (v, w) => expect(matchingRatio(v)).toBe(w));
  it.each([
    ['100000000000', '千亿'], ['10000000000', '百亿'], ['1000000000000', '万亿'], ['200000000000', '2000亿'], ['50000000', '5000万'], ['123', '123'],
  ])('model size %s → %s', (v, w) => expect(modelParams(v)).toBe(w));

  it('inclusion words', () => {
    expect(comparisonPhrase('atLeast', '300万元', true)).toBe('达到300万元（含）以上');
    expect(comparisonPhrase('atLeast', '300万元', false)).toBe('300万元（含）以上');
    expect(comparisonPhrase('moreThan', '千亿', false)).toBe('超过千亿');
  });

  it('grouped and signed yuan', () => {
    expect(groupedYuan('1234567.50')).toBe('1,234,567.50');
    expect(groupedYuan('-1000.00')).toBe('-1,000.00');
    expect(signedYuan('1500.00')).toBe('+1,500.00');
    expect(signedYuan('-1500.00')).toBe('-1,500.00');
    expect(signedYuan('0.00')).toBe('0.00');
  });

  it('万元 is exact for any amount (shifting back gives the amount)', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (fen) => {
      const yuan = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
      const written = wanYuan(yuan);
      expect(written.endsWith('万元')).toBe(true);
      const back = shiftDecimal(written.slice(0, -2), 4);
      expect(shiftDecimal(back, 2)).toBe((fen).toString());
    }));
  });
});

describe('writeText: the whole text under a reform', () => {
  it('with no values and nothing struck is the canonical text; with marks and nothing changed, too', () => {
    expect(writeText(bound)).toBe(canonical);
    expect(writeText(bound, { 'art02_2.cap': '1000000' }, { mark: true })).toBe(canonical);
  });

  it('marks only what differs from `against`', () => {
    const t = writeText(bound, { 'art02_2.cap': '2000000', 'art02_2.rate': '0.2' }, { mark: true, against: { 'art02_2.rate': '0.2' } });
    expect(t).toContain('每个企业每年最高~~100万元~~**200万元**');
    expect(t).toContain('实际收入的20%，');
  });

  it('a struck passage that cuts through a number is widened to the whole number', () => {
    const cut = '给予每个企业每年最高100'; // ends inside 「100万元」
    const t = writeText(bound, { 'art02_2.cap': '2000000' }, { mark: true, struck: [cut] });
    expect(t).toContain('~~给予每个企业每年最高200万元~~的奖励');
    const starts = '万元的奖励。\n\n## 三、'; // starts inside 「100万元」
    expect(writeText(bound, {}, { mark: true, struck: [starts] })).toContain('每年最高~~100万元的奖励。\n\n## 三、~~');
  });

  it('two passages that touch are struck as one', () => {
    const t = writeText(bound, {}, { mark: true, struck: ['给予每个企业每年最高', '每年最高100万元的奖励。'] });
    expect(t).toContain('~~给予每个企业每年最高100万元的奖励。~~');
  });

  it('refuses a passage not found exactly once, and bad values with their path in zh and en', () => {
    expect(() => writeText(bound, {}, { struck: ['不在文本中的句子'] })).toThrow(/occurs 0 times/);
    expect(() => writeText(bound, {}, { struck: ['100万元'] })).toThrow(/occurs \d+ times/);
    try {
      writeText(bound, { 'art02_2.cap': '150万' }, { against: { 'art02_2.rat': '0.1' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      const issues = (e as PolicyInputError).issues;
      expect(issues.map((i) => i.path)).toEqual(['parameters.art02_2.cap', 'baseline.parameters.art02_2.rat']);
      expect(issues[0]!.message.zh).toMatch(/"1500000"/);
      expect(issues[0]!.message.en).toMatch(/write "150万" as "1500000"/);
    }
  });
});
