/**
 * The policy text bound to the parameters. Every number of `policy/policy.zh.md` that drives a calculation is
 * written by exactly one parameter (its `quote` locates the words, its `token` the number inside them); rendering
 * the text with the default values gives the canonical text back byte for byte, and rendering it with changed
 * values gives the reworded text, written the way the document writes numbers (万元, %, 1:x, 千亿, 含/超过), with
 * the list of sentences that changed.
 *
 * Numbers of the text that drive no calculation (document numbers, the years in another document's title, the
 * cross-reference 「第五条第三款」, counts of listed things) are listed in {@link UNBOUND_NUMBERS} with the reason.
 *
 * The functions take the text as an argument, so the library reads no file; the CLI passes the package's copy.
 */
import { checkParameterValue } from '../../edges/input/parameterValues.js';
import { PolicyInputError, type InputIssue } from '../../edges/input/errors.js';
import { PARAMETERS, parameterDef, type ParameterDef } from '../../policy/catalogue.js';
import { DEFAULT_PARAMETER_VALUES } from '../../policy/parameters.js';
import { amountWords, comparisonPhrase, matchingRatio, modelParams, percent, type ComparisonWord } from './format.js';

/** Zh and en words. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** How a bound number is written. */
export type NumberStyle =
  | { readonly kind: 'wanYuan' } // 300万元 (1亿元 from 1亿 up, 0元 and 5000元 below 1万: format.ts amountWords)
  | { readonly kind: 'percent' } // 30%
  | { readonly kind: 'ratio' } // 1:0.5
  | { readonly kind: 'modelParams' } // 千亿
  | { readonly kind: 'count'; readonly suffix: string }; // 50家, 3年

/** A span of the canonical text written by parameters. Offsets are UTF-16 indices into the text. */
export type Binding =
  | {
      readonly kind: 'number';
      readonly param: string;
      readonly style: NumberStyle;
      readonly start: number;
      readonly end: number;
    }
  | {
      /** A threshold and its inclusion words, written together: 「达到300万元（含）以上」, 「超过千亿」. */
      readonly kind: 'comparison';
      readonly param: string;
      readonly comparison: string;
      readonly style: NumberStyle;
      readonly reachWord: boolean;
      readonly start: number;
      readonly end: number;
      /** Where the threshold's own number and the comparison's own words sit. */
      readonly numberAt: readonly [number, number];
      readonly wordsAt: readonly [number, number];
    }
  | {
      /** A ratio the text leaves open (二(一) 「按比例给予一定比例配套支持」): the original words until it is set. */
      readonly kind: 'openRatio';
      readonly param: string;
      readonly start: number;
      readonly end: number;
    };

/** A parameter's token located in the text: the words that write its value. */
export interface TokenSpan {
  readonly param: string;
  readonly start: number;
  readonly end: number;
}

/** The canonical text with its bindings, its items and its sentences. */
export interface BoundText {
  readonly source: string;
  /** In text order, never overlapping. */
  readonly bindings: readonly Binding[];
  /** Every parameter token located in the text (one per parameter with a token). */
  readonly tokens: readonly TokenSpan[];
  /** Sentence ranges [start, end), each with the item it belongs to (「二(二)」, 「一」, 「序言」). */
  readonly sentences: readonly { readonly start: number; readonly end: number; readonly item: string }[];
}

/** One piece of a changed sentence: unchanged words, or words the reform rewrote. */
export type TextPart =
  | { readonly kind: 'same'; readonly text: string }
  | { readonly kind: 'changed'; readonly old: string; readonly new: string; readonly params: readonly string[] };

/** A sentence whose words changed. */
export interface SentenceChange {
  /** The document's label of the item holding the sentence, e.g. 「二(二)」. */
  readonly item: string;
  /** The parameters whose new values changed the words. */
  readonly params: readonly string[];
  readonly old: string;
  readonly new: string;
  readonly parts: readonly TextPart[];
}

/** A changed parameter whose value the text does not write (an assumption such as the effective date). */
export interface NotInText {
  readonly param: string;
  readonly value: string | null;
  readonly why: Bilingual;
}

/** The text rendered with a set of parameter values. */
export interface RenderedText {
  readonly text: string;
  readonly changes: readonly SentenceChange[];
  readonly notInText: readonly NotInText[];
}

/** A number of the text that drives no calculation, and why it is not bound to a parameter. */
export interface UnboundNumber {
  /** The words holding the number, as in the text. */
  readonly text: string;
  /** How many times these words occur in the text. */
  readonly count: number;
  readonly why: Bilingual;
}

/** The numbers of the text deliberately left unbound. */
export const UNBOUND_NUMBERS: readonly UnboundNumber[] = [
  { text: '郑港〔2024〕12号', count: 1, why: { zh: '九(二)所引文件的文号，不是本政策的参数', en: 'the number of a document 九(二) refers to, not a parameter of this policy' } },
  { text: '郑港办〔2024〕40号', count: 1, why: { zh: '九(二)所引文件的文号，不是本政策的参数', en: 'the number of a document 九(二) refers to, not a parameter of this policy' } },
  { text: '三年行动方案（2024-2026年）', count: 1, why: { zh: '所引文件标题中的年份', en: 'years in the title of a document referred to' } },
  { text: '等5个文件', count: 1, why: { zh: '所引通知包含的文件数，不涉及金额', en: 'the number of documents in the notice referred to; no money depends on it' } },
  { text: '第五条第三款', count: 1, why: { zh: '六(三)对五(三)的交叉引用', en: 'the cross-reference from 六(三) to 五(三)' } },
  { text: '三类', count: 1, why: { zh: '列举的计划类别数；每类的上限各自绑定参数', en: 'counts the plan categories listed; each category\'s cap is bound on its own' } },
  { text: '一批', count: 5, why: { zh: '“一批”意为若干，不是数量', en: '“一批” means “a number of”, not a quantity' } },
  { text: '一次性', count: 8, why: { zh: '一次性为规则R5（每个对象一次），不是可调的数字', en: 'one-time is rule R5 (once per subject), not an adjustable number' } },
  { text: '上一年度', count: 2, why: { zh: '基年规则R4（奖励年度的上一个公历年度），不是可调的数字', en: 'the base-year rule R4 (the calendar year before the award year), not an adjustable number' } },
  { text: '同一项目', count: 1, why: { zh: '“同一”意为相同，不是数量', en: '“同一” means “the same”, not a quantity' } },
];

const DIGIT = /[0-9]/;

function isNumberBoundary(text: string, start: number, end: number, token: string): boolean {
  const before = text[start - 1];
  const after = text[end];
  const touches = (c: string | undefined): boolean => c !== undefined && (DIGIT.test(c) || c === '.' || c === ':');
  if (DIGIT.test(token[0]!) && touches(before)) return false;
  if (DIGIT.test(token[token.length - 1]!) && (touches(after) || after === '%')) return false;
  return true;
}

/** Every index of `needle` in `hay`. */
function indicesOf(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Where a parameter's token sits in the text: its quote must occur exactly once, its token inside it. */
function locateToken(source: string, def: ParameterDef, problems: string[]): TokenSpan | null {
  if (def.quote === undefined || def.token === undefined) return null;
  const quoteAt = indicesOf(source, def.quote);
  if (quoteAt.length !== 1) {
    problems.push(`${def.id}: quote 「${def.quote}」 occurs ${quoteAt.length} times in the text (expected once)`);
    return null;
  }
  const q = quoteAt[0]!;
  const inQuote = indicesOf(def.quote, def.token).filter((i) => isNumberBoundary(source, q + i, q + i + def.token!.length, def.token!));
  const at = inQuote[def.occurrence ?? 0];
  if (at === undefined) {
    problems.push(`${def.id}: token 「${def.token}」 occurrence ${def.occurrence ?? 0} not found in 「${def.quote}」`);
    return null;
  }
  return { param: def.id, start: q + at, end: q + at + def.token.length };
}

function styleOf(def: ParameterDef, token: string): NumberStyle | null {
  switch (def.unit) {
    case 'yuan':
      return token.endsWith('万元') ? { kind: 'wanYuan' } : null;
    case 'rate':
      if (token.endsWith('%')) return { kind: 'percent' };
      return token.startsWith('1:') ? { kind: 'ratio' } : null;
    case 'modelParams':
      return { kind: 'modelParams' };
    case 'count':
    case 'years': {
      // The measure word after the digits (「50家」 → 家); a token of digits alone has none.
      const m = /^[0-9]+([^0-9].*)$/.exec(token);
      return m ? { kind: 'count', suffix: m[1]! } : null;
    }
    default:
      return null;
  }
}

/** Writes a value in a style. */
export function writeNumber(style: NumberStyle, value: string): string {
  switch (style.kind) {
    case 'wanYuan':
      return amountWords(value);
    case 'percent':
      return percent(value);
    case 'ratio':
      return matchingRatio(value);
    case 'modelParams':
      return modelParams(value);
    case 'count':
      return `${value}${style.suffix}`;
  }
}

/**
 * A parameter value written the way the document writes it (「200万元」, 「12.5%」, 「1:0.8」, 「千亿」, 「（含）以上」),
 * or the value itself where the text writes no number for it (a date, the rounding rule).
 */
export function writeParameter(id: string, value: string | null): string | null {
  const def = parameterDef(id);
  if (value === null || !def) return value;
  if (def.unit === 'comparison') return value === 'atLeast' ? '（含）以上' : value === 'moreThan' ? '超过' : value;
  if (def.token !== undefined) {
    const style = styleOf(def, def.token);
    if (style) return writeNumber(style, value);
  }
  if (OPEN_RATIOS[id]) return matchingRatio(value);
  return value;
}

/** The parameters the text leaves open and how the words read once a value is set. */
const OPEN_RATIOS: Readonly<Record<string, (ratio: string) => string>> = {
  'art02_1.ratio': (ratio) => `按${matchingRatio(ratio)}给予配套支持`,
};

/** Why a parameter that has no words in the text is not rendered. */
function notInTextWhy(def: ParameterDef): Bilingual {
  if (def.assumption !== undefined) {
    const ref = /^([A-Z][0-9A-Z.]*):/.exec(def.assumption)?.[1];
    return {
      zh: `文本未写明该值，默认值为假设${ref === undefined ? '' : `（见登记册 ${ref}）`}`,
      en: `the text does not write this value; the default is an assumption (${def.assumption})`,
    };
  }
  return { zh: '文本未写明该值', en: 'the text does not write this value' };
}

/**
 * Binds the canonical text to the parameters.
 * @throws Error when a parameter's quote or token cannot be located, or two bindings overlap (a defect of the
 * parameter table, not of user input).
 */
export function bindText(source: string): BoundText {
  const problems: string[] = [];
  const tokens: TokenSpan[] = [];
  const tokenOf = new Map<string, TokenSpan>();
  for (const def of PARAMETERS) {
    const span = locateToken(source, def, problems);
    if (span) {
      tokens.push(span);
      tokenOf.set(def.id, span);
    }
  }
  const bindings: Binding[] = [];
  const paired = new Set<string>();
  for (const def of PARAMETERS) {
    if (def.unit !== 'comparison') continue;
    const words = tokenOf.get(def.id);
    if (!words) {
      problems.push(`${def.id}: a comparison needs a quote and a token`);
      continue;
    }
    const threshold = PARAMETERS.filter((d) => d.unit !== 'comparison' && d.quote === def.quote && tokenOf.has(d.id));
    if (threshold.length !== 1) {
      problems.push(`${def.id}: expected exactly one threshold parameter quoting 「${def.quote}」, found ${threshold.length}`);
      continue;
    }
    const t = threshold[0]!;
    const number = tokenOf.get(t.id)!;
    const style = styleOf(t, source.slice(number.start, number.end));
    if (!style) {
      problems.push(`${t.id}: cannot tell how 「${source.slice(number.start, number.end)}」 is written`);
      paired.add(t.id); // reported here; not again as a plain number below
      continue;
    }
    let start = Math.min(number.start, words.start);
    const end = Math.max(number.end, words.end);
    const reachWord = source.slice(start - 2, start) === '达到';
    if (reachWord) start -= 2;
    bindings.push({ kind: 'comparison', param: t.id, comparison: def.id, style, reachWord, start, end, numberAt: [number.start, number.end], wordsAt: [words.start, words.end] });
    paired.add(t.id);
  }
  for (const def of PARAMETERS) {
    if (def.unit === 'comparison' || paired.has(def.id)) continue;
    const span = tokenOf.get(def.id);
    if (span) {
      const style = styleOf(def, source.slice(span.start, span.end));
      if (!style) problems.push(`${def.id}: cannot tell how 「${source.slice(span.start, span.end)}」 is written`);
      else bindings.push({ kind: 'number', param: def.id, style, start: span.start, end: span.end });
    } else if (OPEN_RATIOS[def.id] && def.quote !== undefined) {
      const at = indicesOf(source, def.quote);
      if (at.length !== 1) problems.push(`${def.id}: quote 「${def.quote}」 occurs ${at.length} times in the text (expected once)`);
      else bindings.push({ kind: 'openRatio', param: def.id, start: at[0]!, end: at[0]! + def.quote.length });
    }
  }
  bindings.sort((a, b) => a.start - b.start);
  for (let i = 1; i < bindings.length; i++) {
    if (bindings[i]!.start < bindings[i - 1]!.end) problems.push(`bindings of ${bindings[i - 1]!.param} and ${bindings[i]!.param} overlap`);
  }
  if (problems.length > 0) throw new Error(`the parameter table does not bind the text:\n- ${problems.join('\n- ')}`);
  return { source, bindings, tokens, sentences: sentencesOf(source) };
}

/** Sentence ranges with their items: a sentence ends after 「。」 or at a line end. */
function sentencesOf(source: string): { start: number; end: number; item: string }[] {
  const out: { start: number; end: number; item: string }[] = [];
  let section = '';
  let item = '序言';
  let offset = 0;
  for (const line of source.split('\n')) {
    const heading = /^## ([一二三四五六七八九十])、/.exec(line);
    if (heading) item = section = heading[1]!;
    const numbered = /^（([一二三四五六七八九十])）/.exec(line);
    if (numbered && section !== '') item = `${section}(${numbered[1]!})`;
    let start = offset;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '。') {
        out.push({ start, end: offset + i + 1, item });
        start = offset + i + 1;
      }
    }
    if (start < offset + line.length) out.push({ start, end: offset + line.length, item });
    offset += line.length + 1;
  }
  return out;
}

/** The words a binding writes for a set of values. */
function renderBinding(b: Binding, values: Readonly<Record<string, string | null>>, source: string): string {
  switch (b.kind) {
    case 'number': {
      const v = values[b.param];
      return v === null || v === undefined ? source.slice(b.start, b.end) : writeNumber(b.style, v);
    }
    case 'comparison': {
      const v = values[b.param];
      const number = v === null || v === undefined ? source.slice(b.numberAt[0], b.numberAt[1]) : writeNumber(b.style, v);
      return comparisonPhrase((values[b.comparison] ?? 'atLeast') as ComparisonWord, number, b.reachWord);
    }
    case 'openRatio': {
      const v = values[b.param];
      return v === null || v === undefined ? source.slice(b.start, b.end) : OPEN_RATIOS[b.param]!(v);
    }
  }
}

/** The parameters a binding writes. */
export function bindingParams(b: Binding): string[] {
  return b.kind === 'comparison' ? [b.param, b.comparison] : [b.param];
}

function checkOverrides(overrides: Readonly<Record<string, string | null>>, issues: InputIssue[], prefix: string): void {
  for (const [id, value] of Object.entries(overrides)) {
    const problem = checkParameterValue(id, value);
    if (problem) issues.push(prefix === '' ? problem : { ...problem, path: `${prefix}.${problem.path}` });
  }
}

/**
 * Renders the text with parameter values (the defaults with `overrides` applied) and lists the sentences whose
 * words differ from the text rendered with `against` (by default the canonical text itself).
 * @throws {@link PolicyInputError} when an override names an unknown parameter or has a value of the wrong kind.
 */
export function renderText(
  bound: BoundText,
  overrides: Readonly<Record<string, string | null>> = {},
  against: Readonly<Record<string, string | null>> = {},
): RenderedText {
  const issues: InputIssue[] = [];
  checkOverrides(overrides, issues, '');
  checkOverrides(against, issues, 'baseline');
  if (issues.length > 0) throw new PolicyInputError(issues);
  const values: Record<string, string | null> = { ...DEFAULT_PARAMETER_VALUES, ...overrides };
  const before: Record<string, string | null> = { ...DEFAULT_PARAMETER_VALUES, ...against };
  const { source } = bound;
  const rendered = bound.bindings.map((b) => renderBinding(b, values, source));
  const previous = bound.bindings.map((b) => renderBinding(b, before, source));
  let text = '';
  let at = 0;
  bound.bindings.forEach((b, i) => {
    text += source.slice(at, b.start) + rendered[i]!;
    at = b.end;
  });
  text += source.slice(at);

  const changes: SentenceChange[] = [];
  let k = 0;
  for (const s of bound.sentences) {
    while (k < bound.bindings.length && bound.bindings[k]!.end <= s.start) k++;
    const parts: TextPart[] = [];
    const params: string[] = [];
    let changed = false;
    let cursor = s.start;
    for (let j = k; j < bound.bindings.length && bound.bindings[j]!.start < s.end; j++) {
      const b = bound.bindings[j]!;
      if (rendered[j] === previous[j]) {
        parts.push({ kind: 'same', text: source.slice(cursor, b.start) + previous[j]! });
      } else {
        if (b.start > cursor) parts.push({ kind: 'same', text: source.slice(cursor, b.start) });
        const changedParams = bindingParams(b).filter((p) => values[p] !== before[p]);
        parts.push({ kind: 'changed', old: previous[j]!, new: rendered[j]!, params: changedParams });
        params.push(...changedParams);
        changed = true;
      }
      cursor = b.end;
    }
    if (!changed) continue;
    if (cursor < s.end) parts.push({ kind: 'same', text: source.slice(cursor, s.end) });
    const merged = mergeSame(parts);
    changes.push({
      item: s.item,
      params,
      old: merged.map((p) => (p.kind === 'same' ? p.text : p.old)).join(''),
      new: merged.map((p) => (p.kind === 'same' ? p.text : p.new)).join(''),
      parts: merged,
    });
  }

  const written = new Set(bound.bindings.flatMap(bindingParams));
  const notInText: NotInText[] = [];
  for (const id of Object.keys({ ...overrides, ...against }).sort()) {
    if (written.has(id) || values[id] === before[id]) continue;
    notInText.push({ param: id, value: values[id] ?? null, why: notInTextWhy(parameterDef(id)!) });
  }
  return { text, changes, notInText };
}

/** Options of {@link writeText}. */
export interface WriteTextOptions {
  /** The values the marks compare with (default: the text as drafted). */
  readonly against?: Readonly<Record<string, string | null>>;
  /** Marks the words that differ from `against` in Markdown: the old words struck, the new in bold (「~~100万元~~**200万元**」). */
  readonly mark?: boolean;
  /**
   * Verbatim passages of the canonical text that pay nothing under the reform (the grant sentences of switched-off
   * lines): left out of the text, or struck through when marking.
   */
  readonly struck?: readonly string[];
}

/**
 * The whole text with a set of parameter values (the defaults with `overrides` applied), as Markdown: the document
 * as it would read, optionally with its changed words marked.
 * @throws {@link PolicyInputError} when an override names an unknown parameter or has a value of the wrong kind.
 * @throws Error when a struck passage is not found exactly once in the text (a defect of the caller, not of input).
 */
export function writeText(bound: BoundText, overrides: Readonly<Record<string, string | null>> = {}, options: WriteTextOptions = {}): string {
  const issues: InputIssue[] = [];
  checkOverrides(overrides, issues, '');
  checkOverrides(options.against ?? {}, issues, 'baseline');
  if (issues.length > 0) throw new PolicyInputError(issues);
  const values: Record<string, string | null> = { ...DEFAULT_PARAMETER_VALUES, ...overrides };
  const before: Record<string, string | null> = { ...DEFAULT_PARAMETER_VALUES, ...options.against };
  const { source, bindings } = bound;
  const mark = options.mark === true;

  // Struck passages as source ranges, widened so that none cuts through a binding, merged when they touch.
  const ranges: [number, number][] = [];
  for (const passage of options.struck ?? []) {
    const at = indicesOf(source, passage);
    if (at.length !== 1) throw new Error(`struck passage occurs ${at.length} times in the text (expected once): 「${passage.slice(0, 40)}」`);
    let [a, b] = [at[0]!, at[0]! + passage.length];
    for (const x of bindings) {
      if (x.start < a && x.end > a) a = x.start;
      if (x.start < b && x.end > b) b = x.end;
    }
    ranges.push([a, b]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }

  /** The source between two offsets with its bindings written; `marks` false inside a struck passage. */
  const emit = (from: number, to: number, marks: boolean): string => {
    let out = '';
    let at = from;
    for (const b of bindings) {
      if (b.end <= from || b.start >= to) continue;
      const now = renderBinding(b, values, source);
      const was = renderBinding(b, before, source);
      out += source.slice(at, b.start) + (marks && now !== was ? `~~${was}~~**${now}**` : now);
      at = b.end;
    }
    return out + source.slice(at, to);
  };

  let text = '';
  let at = 0;
  for (const [a, b] of merged) {
    text += emit(at, a, mark);
    if (mark) text += `~~${emit(a, b, false)}~~`;
    // A sentence taken out after a comma ends the sentence before it: 「…申请模型备案，」 → 「…申请模型备案。」
    else if (source[b - 1] === '。' && /[，；]$/.test(text)) text = `${text.slice(0, -1)}。`;
    at = b;
  }
  text += emit(at, source.length, mark);
  // A passage taken out can leave an empty paragraph or a doubled space behind.
  return mark || merged.length === 0 ? text : text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
}

/** Joins neighbouring unchanged pieces. */
function mergeSame(parts: readonly TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.kind === 'same' && last?.kind === 'same') out[out.length - 1] = { kind: 'same', text: last.text + p.text };
    else out.push(p); // renderText never makes an empty unchanged piece
  }
  return out;
}

/** A number found in the text: Arabic digits (with %, 1:x, 万元) or a Chinese numeral quantity (千亿, 三类, 一次). */
export interface FoundNumber {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ARABIC = /[0-9]+(?:\.[0-9]+)?(?::[0-9]+(?:\.[0-9]+)?)?(?:%|万元|万|亿)?/g;
const CHINESE = /[零〇一二两三四五六七八九十百千万亿]+/g;
const CLASSIFIER = /^[类个家项次年条款批倍元%]/;

/**
 * Every number of a text: runs of Arabic digits, and Chinese numerals that count or measure something (a run
 * holding 万 or 亿, or followed by a measure word such as 类、个、家、项、次、年、条、款、批). Section and item numbers
 * (「## 二、」, 「（三）」) are structure, not numbers, and are skipped.
 */
export function findNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  const masked = text.replace(ARABIC, (m, offset: number) => {
    out.push({ start: offset, end: offset + m.length, text: m });
    return ' '.repeat(m.length);
  });
  for (const m of masked.matchAll(CHINESE)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1];
    const after = text[end];
    const structural = (before === '（' && after === '）') || (after === '、' && text.slice(start - 3, start) === '## ');
    if (structural) continue;
    if (/[万亿]/.test(m[0]) || CLASSIFIER.test(text.slice(end, end + 1))) out.push({ start, end, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}
