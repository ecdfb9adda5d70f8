/**
 * An edited text read as a reform (src/tools/drafting/fromText.ts) and typed numbers read the way the document
 * writes them (readWords.ts): every bound number and boundary word, changed alone or together, comes back as
 * its parameter value; every other edit is listed as not modelled with where it is; the reform's YAML reads back.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/policy/catalogue.js';
import { DEFAULT_PARAMETER_VALUES } from '../../src/policy/parameters.js';
import { reformFromText, reformToYaml } from '../../src/tools/drafting/fromText.js';
import { chineseNumeral, readBinding, readComparisonPhrase, readComparisonWords, readNumber, readParameterNumber, readQuantity } from '../../src/tools/drafting/readWords.js';
import { parseReform, validateReform } from '../../src/tools/drafting/reform.js';
import { bindText, renderText, type Binding } from '../../src/tools/drafting/text.js';

const canonical = readFileSync(new URL('../../policy/policy.zh.md', import.meta.url), 'utf8');
const bound = bindText(canonical);

/** A valid value different from the default, for each parameter the text writes. */
function otherValue(id: string): string {
  const def = PARAMETERS.find((d) => d.id === id)!;
  const v = def.value;
  switch (def.unit) {
    case 'comparison':
      return v === 'atLeast' ? 'moreThan' : 'atLeast';
    case 'yuan':
      return (BigInt(v!) + 250_000n).toString();
    case 'rate':
      return v === null ? '0.8' : def.of === 'share' ? (v === '0.15' ? '0.2' : '0.15') : v === '1' ? '0.8' : '1.5';
    case 'modelParams':
      return (BigInt(v!) * 2n).toString();
    default:
      return (BigInt(v!) + 1n).toString();
  }
}

const boundParams = bound.bindings.flatMap((b: Binding) => (b.kind === 'comparison' ? [b.param, b.comparison] : [b.param]));

describe('reformFromText: the text as drafted', () => {
  it('reads the canonical text as no change at all', () => {
    const r = reformFromText(canonical, canonical);
    expect(r.recognised).toEqual([]);
    expect(r.notModelled).toEqual([]);
    expect(r.reform.parameters).toEqual({});
  });

  it('ignores what a word processor changes: no heading marks, CRLF, blank lines gone, spaces, emphasis', () => {
    const plain = canonical.replace(/^#+ /gm, '').replace(/\n\n+/g, '\n').replace(/\n/g, '\r\n').replace(/^（/gm, '　　（');
    const emphasised = canonical.replace('每个企业每年最高100万元', '每个企业每年最高**100万元**');
    expect(reformFromText(canonical, plain).notModelled).toEqual([]);
    expect(reformFromText(canonical, emphasised).notModelled).toEqual([]);
    expect(reformFromText(canonical, `\uFEFF${plain}\n\n`).recognised).toEqual([]);
  });
});

describe('reformFromText: every bound number and boundary word is recognised', () => {
  it.each(boundParams)('%s, changed alone, comes back as its value', (id) => {
    const value = otherValue(id);
    const edited = renderText(bound, { [id]: value }).text;
    expect(edited).not.toBe(canonical);
    const r = reformFromText(canonical, edited);
    expect(r.notModelled).toEqual([]);
    expect(r.reform.parameters).toEqual({ [id]: value });
    expect(r.recognised.map((x) => [x.param, x.from, x.to])).toEqual([[id, DEFAULT_PARAMETER_VALUES[id] ?? null, value]]);
  });

  it('reads every bound parameter changed at once (round trip through the rendered text)', () => {
    const values = Object.fromEntries(boundParams.map((id) => [id, otherValue(id)]));
    const r = reformFromText(canonical, renderText(bound, values).text);
    expect(r.notModelled).toEqual([]);
    expect(r.reform.parameters).toEqual(validateReform({ parameters: values }).parameters);
  });

  it('reads random sets of changes back exactly (yuan to the fen, rates, ratios, counts, model sizes)', () => {
    const yuanIds = boundParams.filter((id) => PARAMETERS.find((d) => d.id === id)!.unit === 'yuan');
    const shareIds = boundParams.filter((id) => PARAMETERS.find((d) => d.id === id)!.of === 'share');
    const change = fc.oneof(
      fc.tuple(fc.constantFrom(...yuanIds), fc.bigInt({ min: 0n, max: 100_000_000_000n }).map((f) => `${f / 100n}${f % 100n === 0n ? '' : `.${(f % 100n).toString().padStart(2, '0').replace(/0$/, '')}`}`)),
      fc.tuple(fc.constantFrom(...shareIds), fc.integer({ min: 0, max: 1000 }).map((n) => (n / 1000).toString())),
      fc.tuple(fc.constantFrom('art03_3.ratioProvincial', 'art05_3.ratio', 'art02_1.ratio'), fc.constantFrom('0.5', '1', '2', '0.25', '10')),
      fc.tuple(fc.constantFrom('art04_1.paramsThreshold', 'art04_2.paramsThreshold'), fc.constantFrom('100000000000', '50000000000', '200000000000', '12345', '300000000')),
      fc.tuple(fc.constantFrom('art08_2.servedThreshold'), fc.integer({ min: 0, max: 5000 }).map(String)),
      fc.tuple(fc.constantFrom('art02_2.thresholdComparison', 'art04_1.paramsComparison', 'art04_2.paramsComparison', 'art08_2.revenueComparison', 'art08_2.servedComparison'), fc.constantFrom('atLeast', 'moreThan')),
    );
    fc.assert(fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), (changes) => {
      const values = Object.fromEntries(changes);
      const expected = validateReform({ parameters: Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== (DEFAULT_PARAMETER_VALUES[k] ?? null))) }).parameters;
      const r = reformFromText(canonical, renderText(bound, values).text);
      expect(r.notModelled).toEqual([]);
      expect(r.reform.parameters).toEqual(expected);
    }), { numRuns: 150, seed: 14 });
  });

  it('reads the document\'s other ways of writing a number', () => {
    const r = reformFromText(canonical, canonical
      .replace('每个企业每年最高100万元', '每个企业每年最高1.5亿元')
      .replace('总额最高100万元', '总额最高一百五十万元')
      .replace('实际收入的10%', '实际收入的百分之十二')
      .replace('落地参数量超过千亿', '落地参数量2000亿（含）以上')
      .replace('数据服务收入达到300万元（含）以上', '数据服务收入超过500万元')
      .replace('按比例给予一定比例配套支持', '按1:0.5给予配套支持')
      .replace('服务企业数50家（含）以上', '服务企业数６０家（含）以上'));
    expect(r.notModelled).toEqual([]);
    expect(r.reform.parameters).toEqual({
      'art02_1.cap': '1500000', 'art02_1.ratio': '0.5', 'art02_2.cap': '150000000', 'art02_2.rate': '0.12', 'art02_2.threshold': '5000000',
      'art02_2.thresholdComparison': 'moreThan', 'art04_1.paramsComparison': 'atLeast', 'art04_1.paramsThreshold': '200000000000', 'art08_2.servedThreshold': '60',
    });
    expect(r.recognised.find((x) => x.param === 'art02_2.cap')).toMatchObject({ item: '二(二)', old: '100万元', from: '1000000', to: '150000000' });
  });

  it('does not turn the same value written another way into a change', () => {
    const r = reformFromText(canonical, canonical.replace('每个企业每年最高100万元', '每个企业每年最高1000000元'));
    expect(r.reform.parameters).toEqual({});
    expect(r.notModelled).toEqual([]);
  });
});

describe('reformFromText: every other edit is listed as not modelled', () => {
  it('a new condition (inserted words) in 五(二)', () => {
    const r = reformFromText(canonical, canonical.replace('对获评国家级智能制造示范工厂', '对依法纳税且获评国家级智能制造示范工厂'));
    expect(r.reform.parameters).toEqual({});
    expect(r.notModelled).toHaveLength(1);
    expect(r.notModelled[0]).toMatchObject({ kind: 'inserted', item: '五(二)', old: '', new: '依法纳税且' });
    expect(r.notModelled[0]!.sentence.new).toContain('依法纳税且获评国家级智能制造示范工厂');
    expect(r.notModelled[0]!.why.en).toContain('not modelled');
  });

  it('a new clause at the end', () => {
    const r = reformFromText(canonical, `${canonical}\n## 十、附则\n\n本政策由区科技局负责解释。\n`);
    expect(r.notModelled).toHaveLength(1);
    expect(r.notModelled[0]).toMatchObject({ kind: 'inserted' });
    expect(r.notModelled[0]!.new).toContain('本政策由区科技局负责解释。');
  });

  it('a deleted sentence, and a deleted grant sentence with the hint to switch the line off', () => {
    const r = reformFromText(canonical, canonical.replace('同一企业获得不同等级称号的按照晋级补差原则给予奖励。', ''));
    expect(r.notModelled).toEqual([expect.objectContaining({ kind: 'deleted', item: '五(二)', old: '同一企业获得不同等级称号的按照晋级补差原则给予奖励。', new: '', hint: null })]);
    const grant = '对获得国家网信办生成式人工智能模型备案的企业，依据其模型评测等相关费用，给予不超过100万元的一次性奖励。';
    expect(canonical).toContain(grant);
    const g = reformFromText(canonical, canonical.replace(grant, ''));
    expect(g.notModelled).toHaveLength(1);
    expect(g.notModelled[0]!.kind).toBe('deleted');
    expect(g.notModelled[0]!.hint?.en).toContain('disabledLines: [art04_3]');
    expect(g.notModelled[0]!.why.zh).toContain('art04_3.cap');
    expect(g.reform.parameters).toEqual({});
  });

  it('reworded words next to a number, kept apart from the number\'s own change', () => {
    const r = reformFromText(canonical, canonical.replace('给予每个企业每年最高100万元的奖励', '给予每个企业每年最高200万元奖金'));
    expect(r.reform.parameters).toEqual({ 'art02_2.cap': '2000000' });
    expect(r.notModelled).toHaveLength(1);
    expect(r.notModelled[0]).toMatchObject({ kind: 'changed', item: '二(二)' });
  });

  it('a number that cannot be read, with the reason in Chinese and English', () => {
    const r = reformFromText(canonical, canonical.replace('上浮20%', '上浮二十个百分点').replace('每个企业每年最高100万元', '每个企业每年最高100美元'));
    expect(r.reform.parameters).toEqual({});
    expect(r.notModelled.map((n) => [n.kind, n.item])).toEqual([['unreadable', '二(二)'], ['unreadable', '六(三)']]);
    expect(r.notModelled[1]!.why.zh).toContain('二十个百分点');
    expect(r.notModelled[1]!.why.en).toContain('expected a percentage');
  });

  it('a value outside its range, refused with the engine\'s own message', () => {
    const r = reformFromText(canonical, canonical.replace('实际收入的10%', '实际收入的150%'));
    expect(r.reform.parameters).toEqual({});
    expect(r.notModelled[0]).toMatchObject({ kind: 'unreadable', item: '二(二)' });
    expect(r.notModelled[0]!.why.en).toMatch(/Award rate/);
  });

  it('reads another document as nothing but edits not modelled, and changes no parameter', () => {
    const other = reformFromText(canonical, '# 另一份文件\n\n本办法自发布之日起施行，奖励最高500万元。\n');
    expect(other.reform.parameters).toEqual({});
    expect(other.notModelled.length).toBeGreaterThan(0);
    expect(other.notModelled.some((n) => n.kind === 'deleted' || n.kind === 'changed')).toBe(true);
    const reversed = reformFromText(canonical, [...canonical].reverse().join(''));
    expect(reversed.reform.parameters).toEqual({});
    expect(reversed.notModelled.length).toBeGreaterThan(0);
    expect(reformFromText(canonical, '').notModelled.every((n) => n.kind === 'deleted')).toBe(true);
  });

  it('lists both the recognised changes and the other edits of one text', () => {
    const r = reformFromText(canonical, canonical
      .replace('分别给予最高100万元、200万元、1000万元', '分别给予最高100万元、250万元、1000万元')
      .replace('所有项目需经申报、评审、审批程序予以立项。', '所有项目需经申报、评审、公示、审批程序予以立项。'));
    expect(r.reform.parameters).toEqual({ 'art03_1.cap.keyRd': '2500000' });
    expect(r.notModelled.map((n) => [n.kind, n.item, n.new])).toEqual([['inserted', '三(一)', '公示、']]);
  });
});

describe('reformToYaml', () => {
  it('writes a reform file that parseReform reads back to the same reform', () => {
    const reform = validateReform({
      id: 'all-kinds', title: { zh: '各类改动', en: 'every kind of change' }, description: '说明',
      parameters: { 'art02_2.cap': '2000000.00', 'art02_2.thresholdComparison': 'moreThan', 'art02_1.ratio': '0.5', 'art04_1.paramsThreshold': '200000000000' },
      readings: { 'A9.3.1': 'b', 'A9.7.3': 'd' }, disabledLines: ['art04_3', 'art06_5b'],
    });
    const yaml = reformToYaml(reform);
    expect(parseReform(yaml, 'yaml')).toEqual(reform);
    expect(yaml).toContain('art02_2.cap: "2000000.00"');
    const empty = validateReform({});
    expect(parseReform(reformToYaml(empty), 'yaml')).toEqual(empty);
  });
});

describe('readWords: numbers as the document writes them', () => {
  it('reads Chinese numerals', () => {
    expect(chineseNumeral('一百五十万')).toBe(1_500_000n);
    expect(chineseNumeral('千亿')).toBe(100_000_000_000n);
    expect(chineseNumeral('一亿五千万')).toBe(150_000_000n);
    expect(chineseNumeral('三百零五')).toBe(305n);
    expect(chineseNumeral('十二')).toBe(12n);
    expect(chineseNumeral('两万')).toBe(20_000n);
    expect(chineseNumeral('一二')).toBeNull();
    expect(chineseNumeral('百分')).toBeNull();
  });

  it('reads quantities exactly', () => {
    expect(readQuantity('1.5亿')).toBe('150000000');
    expect(readQuantity('1,500,000')).toBe('1500000');
    expect(readQuantity('0.15万')).toBe('1500');
    expect(readQuantity('1.2.3')).toBeNull();
  });

  it('reads amounts in 万元, 亿元 and 元, and says what is missing', () => {
    expect(readNumber({ kind: 'wanYuan' }, '１５０万元')).toEqual({ ok: true, value: '1500000' });
    expect(readNumber({ kind: 'wanYuan' }, '1.5亿元')).toEqual({ ok: true, value: '150000000' });
    expect(readNumber({ kind: 'wanYuan' }, '1,500,000元')).toEqual({ ok: true, value: '1500000' });
    const noYuan = readNumber({ kind: 'wanYuan' }, '150万');
    expect(noYuan.ok).toBe(false);
    expect(!noYuan.ok && noYuan.why.en).toContain('lacks the unit 元');
    const noUnit = readNumber({ kind: 'wanYuan' }, '150');
    expect(!noUnit.ok && noUnit.why.zh).toContain('缺少单位');
    const empty = readNumber({ kind: 'wanYuan' }, ' ');
    expect(!empty.ok && empty.why.en).toContain('empty');
    const words = readNumber({ kind: 'wanYuan' }, '很多万元');
    expect(!words.ok && words.why.en).toContain('cannot read');
  });

  it('reads rates, ratios, model sizes and counts', () => {
    expect(readNumber({ kind: 'percent' }, '12.5%')).toEqual({ ok: true, value: '0.125' });
    expect(readNumber({ kind: 'percent' }, '百分之三十')).toEqual({ ok: true, value: '0.3' });
    expect(readNumber({ kind: 'ratio' }, '1：0.8')).toEqual({ ok: true, value: '0.8' });
    const ratio = readNumber({ kind: 'ratio' }, '2:1');
    expect(!ratio.ok && ratio.why.en).toContain('1:x');
    expect(readNumber({ kind: 'ratio' }, '1:x').ok).toBe(false);
    expect(readNumber({ kind: 'modelParams' }, '五百亿')).toEqual({ ok: true, value: '50000000000' });
    expect(readNumber({ kind: 'modelParams' }, '千亿参数')).toEqual({ ok: true, value: '100000000000' });
    expect(readNumber({ kind: 'modelParams' }, '1.5万').ok).toBe(true);
    expect(readNumber({ kind: 'modelParams' }, '0.5').ok).toBe(false);
    expect(readNumber({ kind: 'count', suffix: '家' }, '60家')).toEqual({ ok: true, value: '60' });
    const noWord = readNumber({ kind: 'count', suffix: '家' }, '60');
    expect(!noWord.ok && noWord.why.zh).toContain('量词');
    expect(readNumber({ kind: 'count', suffix: '家' }, '6.5家').ok).toBe(false);
    expect(readNumber({ kind: 'count', suffix: '家' }, '好多家').ok).toBe(false);
  });

  it('reads boundary words and thresholds', () => {
    expect(readComparisonWords('（含）以上')).toBe('atLeast');
    expect(readComparisonWords('(含)以上')).toBe('atLeast');
    expect(readComparisonWords('超过')).toBe('moreThan');
    expect(readComparisonWords('以下')).toBeNull();
    expect(readComparisonPhrase('达到300万元（含）以上')).toEqual({ comparison: 'atLeast', number: '300万元' });
    expect(readComparisonPhrase('300万元以上')).toEqual({ comparison: 'atLeast', number: '300万元' });
    expect(readComparisonPhrase('不低于300万元')).toEqual({ comparison: 'atLeast', number: '300万元' });
    expect(readComparisonPhrase('高于300万元')).toEqual({ comparison: 'moreThan', number: '300万元' });
    expect(readComparisonPhrase('300万元')).toBeNull();
  });

  it('checks a value against its parameter\'s range and names the parameter', () => {
    const over = readParameterNumber('art02_2.cap', { kind: 'wanYuan' }, '20亿元');
    expect(over.ok).toBe(false);
    expect(!over.ok && over.why.zh).toContain('每个企业每年上限');
    expect(!over.ok && over.why.en).toContain('Cap per enterprise per year');
    expect(readParameterNumber('art02_2.cap', { kind: 'wanYuan' }, '0.001元').ok).toBe(false);
    expect(readParameterNumber('art02_2.cap', { kind: 'wanYuan' }, '200万元')).toEqual({ ok: true, values: { 'art02_2.cap': '2000000' } });
  });

  it('reads the open ratio of 二(一): its original words leave it unset', () => {
    const b = bound.bindings.find((x) => x.kind === 'openRatio')!;
    const original = canonical.slice(b.start, b.end);
    expect(readBinding(b, original, original)).toEqual({ ok: true, values: { 'art02_1.ratio': null } });
    expect(readBinding(b, '按1:0.5给予配套支持', original)).toEqual({ ok: true, values: { 'art02_1.ratio': '0.5' } });
    expect(readBinding(b, '按1:20给予配套支持', original).ok).toBe(false);
    expect(readBinding(b, '酌情给予支持', original).ok).toBe(false);
    const cmp = bound.bindings.find((x) => x.kind === 'comparison')!;
    const bad = readBinding(cmp, '约300万元', canonical.slice(cmp.start, cmp.end));
    expect(!bad.ok && bad.why.en).toContain('cannot read the threshold');
    const badNumber = readBinding(cmp, '超过很多', canonical.slice(cmp.start, cmp.end));
    expect(badNumber.ok).toBe(false);
  });
});
