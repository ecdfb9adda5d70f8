/**
 * Reading numbers and boundary words the way the document writes them, the inverse of text.ts's writing: what a
 * drafter types in place of 「100万元」 (「150万元」, 「1.5亿元」, 「一百五十万元」), of 「10%」, of 「1:0.5」, of 「千亿」,
 * of 「50家」, and of a threshold's words (「超过300万元」 ⇄ 「达到300万元（含）以上」). Each reading returns the
 * parameter values it sets, or why it cannot be read, in Chinese and English; a value outside its parameter's
 * range is refused with the engine's own message (edges/input/parameterValues.ts). Every conversion is exact
 * (decimal strings shifted by powers of ten, whole numbers as bigints).
 */
import { checkParameterValue } from '../../edges/input/parameterValues.js';
import { shiftDecimal } from '../../core/money.js';
import { parameterDef } from '../../policy/catalogue.js';
import type { Binding, Bilingual, NumberStyle } from './text.js';

/** What typed words set: parameter values by id, or why the words cannot be read. */
export type WordsReading =
  | { readonly ok: true; readonly values: Readonly<Record<string, string | null>> }
  | { readonly ok: false; readonly why: Bilingual };

const FULL_WIDTH: Readonly<Record<string, string>> = { '．': '.', '：': ':', '％': '%', '，': ',' };

/** Full-width digits and signs to ASCII, spaces removed (「１５０万元」 → 「150万元」). */
export function normalizeTyped(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．：％，]/g, (c) => FULL_WIDTH[c]!)
    .replace(/[\s\u3000]+/g, '');
}

const DIGIT_VALUE: Readonly<Record<string, bigint>> = { 零: 0n, 〇: 0n, 一: 1n, 二: 2n, 两: 2n, 三: 3n, 四: 4n, 五: 5n, 六: 6n, 七: 7n, 八: 8n, 九: 9n };
const SMALL_UNIT: Readonly<Record<string, bigint>> = { 十: 10n, 百: 100n, 千: 1000n };
const UNIT_PLACES: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/** A Chinese numeral as a whole number (「一百五十万」 → 1500000n, 「千亿」 → 100000000000n), or null. */
export function chineseNumeral(text: string): bigint | null {
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return null;
  let total = 0n;
  let section = 0n;
  let digit: bigint | null = null;
  for (const ch of text) {
    const d = DIGIT_VALUE[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0n && d !== 0n) return null; // two digits in a row: 「一二」
      digit = d;
    } else if (SMALL_UNIT[ch] !== undefined) {
      section += (digit ?? 1n) * SMALL_UNIT[ch]!;
      digit = null;
    } else if (ch === '万') {
      section = (section + (digit ?? (section === 0n ? 1n : 0n))) * 10_000n;
      digit = null;
    } else {
      total = (total + section + (digit ?? (section === 0n && total === 0n ? 1n : 0n))) * 100_000_000n;
      section = 0n;
      digit = null;
    }
  }
  return total + section + (digit ?? 0n);
}

/**
 * A quantity as an exact decimal string: Arabic digits (with a decimal point, or grouped by commas) followed by
 * any of 十百千万亿 as multipliers (「1.5亿」, 「150万」, 「2000亿」), or a Chinese numeral (「一百五十万」, 「千亿」).
 */
export function readQuantity(text: string): string | null {
  const m = /^([0-9]+(?:\.[0-9]+)?|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?)([十百千万亿]*)$/.exec(text);
  if (m) {
    let places = 0;
    for (const u of m[2]!) places += UNIT_PLACES[u]!;
    return shiftDecimal(m[1]!.replace(/,/g, ''), places);
  }
  const n = chineseNumeral(text);
  return n === null ? null : n.toString();
}

const why = (zh: string, en: string): { ok: false; why: Bilingual } => ({ ok: false, why: { zh, en } });

const STYLE_EXAMPLE: Readonly<Record<NumberStyle['kind'], Bilingual>> = {
  wanYuan: { zh: '金额连同单位，如「150万元」「1.5亿元」「一百五十万元」', en: 'an amount with its unit, e.g. 「150万元」, 「1.5亿元」 or 「一百五十万元」' },
  percent: { zh: '百分比，如「15%」「12.5%」', en: 'a percentage, e.g. 「15%」 or 「12.5%」' },
  ratio: { zh: '配套比例「1:x」（上级:区级），如「1:0.8」', en: 'a matching ratio 「1:x」 (higher level : district), e.g. 「1:0.8」' },
  modelParams: { zh: '参数量，如「千亿」「500亿」「百亿」', en: 'a number of parameters, e.g. 「千亿」, 「500亿」 or 「百亿」' },
  count: { zh: '整数连同量词，如「60家」', en: 'a whole number with its measure word, e.g. 「60家」' },
};

/** The example of how to write a value of a style (the count's own measure word). */
function example(style: NumberStyle): Bilingual {
  if (style.kind !== 'count') return STYLE_EXAMPLE[style.kind];
  return { zh: `整数连同量词，如「5${style.suffix}」`, en: `a whole number with its measure word, e.g. 「5${style.suffix}」` };
}

/** Reads a number written in a style; the value in the parameter's unit (yuan, a rate, a whole number). */
export function readNumber(style: NumberStyle, typed: string): { ok: true; value: string } | { ok: false; why: Bilingual } {
  const text = normalizeTyped(typed);
  const ex = example(style);
  const cannot = (): { ok: false; why: Bilingual } =>
    why(`无法读出「${typed}」：应为${ex.zh}`, `cannot read 「${typed}」: expected ${ex.en}`);
  if (text === '') return why(`未填写：应为${ex.zh}`, `empty: expected ${ex.en}`);
  let m: RegExpExecArray | null;
  switch (style.kind) {
    case 'wanYuan': {
      if ((m = /^(.+?)(万元|亿元|元)$/.exec(text))) {
        const q = readQuantity(m[1]!);
        if (q === null) return cannot();
        return { ok: true, value: shiftDecimal(q, m[2] === '万元' ? 4 : m[2] === '亿元' ? 8 : 0) };
      }
      if (/[万亿]$/.test(text) && readQuantity(text) !== null) {
        return why(`「${typed}」缺少单位“元”：应写作「${typed}元」`, `「${typed}」 lacks the unit 元: write 「${typed}元」`);
      }
      if (readQuantity(text) !== null) {
        return why(`「${typed}」缺少单位：应为${ex.zh}`, `「${typed}」 has no unit: expected ${ex.en}`);
      }
      return cannot();
    }
    case 'percent': {
      m = /^(.+)%$/.exec(text) ?? /^百分之(.+)$/.exec(text);
      const q = m ? readQuantity(m[1]!) : null;
      if (q === null) return cannot();
      return { ok: true, value: shiftDecimal(q, -2) };
    }
    case 'ratio': {
      if ((m = /^([0-9.]+):(.+)$/.exec(text))) {
        if (readQuantity(m[1]!) !== '1') {
          return why(`「${typed}」：配套比例须写成「1:x」（上级:区级），如「1:0.8」`, `「${typed}」: a matching ratio is written 「1:x」 (higher level : district), e.g. 「1:0.8」`);
        }
        const q = readQuantity(m[2]!);
        if (q === null) return cannot();
        return { ok: true, value: q };
      }
      return cannot();
    }
    case 'modelParams': {
      const q = readQuantity(text.replace(/参数$/, ''));
      if (q === null) return cannot();
      if (q.includes('.')) return why(`「${typed}」不是整数个参数`, `「${typed}」 is not a whole number of parameters`);
      return { ok: true, value: q };
    }
    case 'count': {
      if (!text.endsWith(style.suffix)) {
        return readQuantity(text) === null ? cannot()
          : why(`「${typed}」缺少量词“${style.suffix}”：应写作「${typed}${style.suffix}」`, `「${typed}」 lacks the measure word ${style.suffix}: write 「${typed}${style.suffix}」`);
      }
      const q = readQuantity(text.slice(0, -style.suffix.length));
      if (q === null) return cannot();
      if (q.includes('.')) return why(`「${typed}」须为整数`, `「${typed}」 must be a whole number`);
      return { ok: true, value: q };
    }
  }
}

/** The boundary words of a threshold: 「（含）以上」 / 「以上」 / 「不低于」 include the number; 「超过」 / 「高于」 exclude it. */
export function readComparisonWords(typed: string): 'atLeast' | 'moreThan' | null {
  const t = normalizeTyped(typed).replace(/\(含\)/g, '（含）');
  if (/^(（含）以上|以上|（含）|含|不低于|不少于|达到)$/.test(t)) return 'atLeast';
  if (/^(超过|高于|大于|多于)$/.test(t)) return 'moreThan';
  return null;
}

/**
 * Reads a threshold with its words: 「超过300万元」 (moreThan), 「达到300万元（含）以上」, 「300万元以上」,
 * 「不低于300万元」 (atLeast). 「以上」 includes the number (民法典 第1259条), as the text's own 「（含）」 says.
 */
export function readComparisonPhrase(typed: string): { comparison: 'atLeast' | 'moreThan'; number: string } | null {
  const t = normalizeTyped(typed).replace(/\(含\)/g, '（含）');
  let m: RegExpExecArray | null;
  if ((m = /^(?:超过|高于|大于|多于)(.+)$/.exec(t))) return { comparison: 'moreThan', number: m[1]! };
  if ((m = /^(?:不低于|不少于)(.+)$/.exec(t))) return { comparison: 'atLeast', number: m[1]! };
  if ((m = /^(?:达到)?(.+?)(?:（含）)?以上$/.exec(t))) return { comparison: 'atLeast', number: m[1]! };
  return null;
}

/** The issue of a value against its parameter's range, as words; null when the value is accepted. */
function rangeProblem(param: string, value: string | null): Bilingual | null {
  const problem = checkParameterValue(param, value);
  return problem ? problem.message : null;
}

/** Reads a value for one number-written parameter (the style the text writes it in), checked against its range. */
export function readParameterNumber(param: string, style: NumberStyle, typed: string): WordsReading {
  const read = readNumber(style, typed);
  if (!read.ok) return read;
  const problem = rangeProblem(param, read.value);
  const title = parameterDef(param)?.title;
  if (problem) return why(`${title ? `${title.zh}：` : ''}${problem.zh}`, `${title ? `${title.en}: ` : ''}${problem.en}`);
  return { ok: true, values: { [param]: read.value } };
}

/**
 * Reads the words written in place of a binding of the text (the whole span the binding covers: the number, or a
 * threshold with its words, or 二(一)'s open ratio) and returns the parameter values they set.
 * @param original the canonical words of the span (an open ratio's original words leave it unset)
 */
export function readBinding(binding: Binding, typed: string, original: string): WordsReading {
  switch (binding.kind) {
    case 'number':
      return readParameterNumber(binding.param, binding.style, typed);
    case 'comparison': {
      const phrase = readComparisonPhrase(typed);
      if (!phrase) {
        return why(`无法读出门槛「${typed}」：应写作「超过300万元」（不含本数）或「达到300万元（含）以上」（含本数）`,
          `cannot read the threshold 「${typed}」: write 「超过300万元」 (exclusive) or 「达到300万元（含）以上」 (inclusive)`);
      }
      const number = readParameterNumber(binding.param, binding.style, phrase.number);
      if (!number.ok) return number;
      return { ok: true, values: { ...number.values, [binding.comparison]: phrase.comparison } };
    }
    case 'openRatio': {
      if (normalizeTyped(typed) === normalizeTyped(original)) return { ok: true, values: { [binding.param]: null } };
      const ratios = [...normalizeTyped(typed).matchAll(/1:([0-9]+(?:\.[0-9]+)?)/g)];
      if (ratios.length !== 1) {
        return why(`无法读出配套比例「${typed}」：应写作「按1:x给予配套支持」，如「按1:0.5给予配套支持」`,
          `cannot read the matching ratio in 「${typed}」: write 「按1:x给予配套支持」, e.g. 「按1:0.5给予配套支持」`);
      }
      const value = ratios[0]![1]!;
      const problem = rangeProblem(binding.param, value);
      if (problem) return why(problem.zh, problem.en);
      return { ok: true, values: { [binding.param]: value } };
    }
  }
}
