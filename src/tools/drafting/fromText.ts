/**
 * A drafter's own edited text turned into a reform. The edited text (Markdown, or plain text copied from a word
 * processor: heading marks, emphasis marks, blank lines and surrounding spaces do not count) is compared with the
 * canonical text. Every changed number and boundary word that the text binds to a parameter (text.ts) is read
 * the way the document writes numbers (readWords.ts) and becomes a parameter of the reform; every other edit (a
 * new condition, a new sentence or clause, a deleted sentence, words around a number, a number that cannot be
 * read) is listed as *not modelled*, with where it is and why, so that nothing is silently ignored.
 *
 * The comparison is a line diff (LCS) and, inside each changed block of lines, a character diff (Myers); a change
 * is attributed to a bound number when it falls inside the number's words, or touches them with digits and number
 * words only (「100万元」 → 「1100万元」).
 */
import { stringify } from 'yaml';
import { CLAUSES, CLAUSE_WORDS } from '../../clauses/index.js';
import { AWARD_LINES } from '../../policy/ids.js';
import { parameterDef } from '../../policy/catalogue.js';
import { DEFAULT_PARAMETER_VALUES } from '../../policy/parameters.js';
import { readBinding } from './readWords.js';
import { validateReform, type Reform } from './reform.js';
import { bindText, writeParameter, type Bilingual, type Binding, type BoundText } from './text.js';

/** A number or boundary word of the text whose edit became a parameter value. */
export interface RecognisedChange {
  /** The document's label of the item, e.g. 「二(二)」. */
  readonly item: string;
  readonly param: string;
  readonly title: Bilingual;
  /** The words of the canonical text and of the edited text. */
  readonly old: string;
  readonly new: string;
  /** The values before (the default) and after. */
  readonly from: string | null;
  readonly to: string | null;
}

/** Why an edit is not modelled. */
export type NotModelledKind =
  /** Words added: a new condition, a new sentence or clause. */
  | 'inserted'
  /** Words or sentences deleted. */
  | 'deleted'
  /** Words replaced by others (not a number the text binds). */
  | 'changed'
  /** A bound number or boundary word changed into words that cannot be read, or a value outside its range. */
  | 'unreadable';

/** An edit the engine cannot model, with where it is. */
export interface NotModelled {
  readonly kind: NotModelledKind;
  /** The item the edit is in (or after, for inserted text), e.g. 「五(二)」. */
  readonly item: string;
  /** The canonical words (empty for an insertion) and the edited words (empty for a deletion). */
  readonly old: string;
  readonly new: string;
  /** The whole sentence of the canonical text the edit is in, and how it reads after the edit. */
  readonly sentence: { readonly old: string; readonly new: string };
  readonly why: Bilingual;
  /** What the drafter can do instead, where there is something (e.g. switch the line off). */
  readonly hint: Bilingual | null;
}

/** A reform read from an edited text, with everything the reform does not carry. */
export interface TextReform {
  readonly reform: Reform;
  readonly recognised: readonly RecognisedChange[];
  readonly notModelled: readonly NotModelled[];
}

/** Options of {@link reformFromText}. */
export interface FromTextOptions {
  readonly id?: string;
  readonly title?: Bilingual;
}

// ---------------------------------------------------------------------------------------------------------------
// Normalisation: what does not count as an edit.

/** A text with, for each of its characters, the index of the character of the original it comes from. */
interface Normalized {
  readonly text: string;
  /** from[i] = index in the original of normalized character i; from[text.length] = the original's length. */
  readonly from: Int32Array;
}

/**
 * The text with line ends unified, a BOM, heading marks (`## `), emphasis marks (`**`), quote marks (`> `),
 * leading and trailing spaces of each line and empty lines removed.
 */
function normalize(original: string): Normalized {
  const chars: string[] = [];
  const from: number[] = [];
  let i = 0;
  const n = original.length;
  while (i < n) {
    let end = original.indexOf('\n', i);
    if (end < 0) end = n;
    let a = i;
    let b = end;
    while (a < b && /[\s\u3000\uFEFF]/.test(original[a]!)) a++;
    while (b > a && /[\s\u3000\r]/.test(original[b - 1]!)) b--;
    const mark = /^(#{1,6}\s+|>\s*|\*\*(?=\S))/.exec(original.slice(a, b));
    if (mark && mark[0].startsWith('#')) a += mark[0].length;
    else if (mark && mark[0].startsWith('>')) a += mark[0].length;
    let line = false;
    for (let k = a; k < b; k++) {
      if (original[k] === '*' && original[k + 1] === '*') {
        k++;
        continue;
      }
      chars.push(original[k]!);
      from.push(k);
      line = true;
    }
    if (line) {
      chars.push('\n');
      from.push(end);
    }
    i = end + 1;
  }
  from.push(n);
  return { text: chars.join(''), from: Int32Array.from(from) };
}

// ---------------------------------------------------------------------------------------------------------------
// Diff.

/** A difference: S[sStart, sEnd) is replaced by E[eStart, eEnd). */
interface Hunk {
  sStart: number;
  sEnd: number;
  eStart: number;
  eEnd: number;
}

/** The longest common subsequence of two lists of lines, as pairs of matched indices. */
function lcsLines(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const dp = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = a[i] === b[j] ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** The most edits a character diff of one block looks for before it calls the whole block replaced. */
const MAX_EDITS = 2000;

/** Myers's O((N+M)D) diff of two strings, as hunks (null when the strings differ by more than MAX_EDITS). */
function myers(a: string, b: string): Hunk[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
    if (found >= 0) {
      trace.push(v);
      break;
    }
  }
  if (found < 0) return null;
  // Walk back through the trace, collecting single-character edits, then join neighbours into hunks.
  const edits: { kind: 'del' | 'ins'; s: number; e: number }[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vPrev = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && vPrev[offset + k - 1]! < vPrev[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vPrev[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) edits.push({ kind: 'ins', s: prevX, e: prevY });
    else edits.push({ kind: 'del', s: prevX, e: prevY });
    x = prevX;
    y = prevY;
  }
  edits.reverse();
  const hunks: Hunk[] = [];
  for (const ed of edits) {
    const last = hunks[hunks.length - 1];
    const sStart = ed.s;
    const eStart = ed.e;
    const sEnd = ed.kind === 'del' ? sStart + 1 : sStart;
    const eEnd = ed.kind === 'ins' ? eStart + 1 : eStart;
    if (last && last.sEnd === sStart && last.eEnd === eStart) {
      last.sEnd = sEnd;
      last.eEnd = eEnd;
    } else hunks.push({ sStart, sEnd, eStart, eEnd });
  }
  return hunks;
}

/** The hunks that turn S into E: a line diff, then a character diff inside each changed block of lines. */
function diff(s: string, e: string): Hunk[] {
  const sLines = s.split('\n');
  const eLines = e.split('\n');
  const sAt = lineStarts(sLines);
  const eAt = lineStarts(eLines);
  const pairs = [...lcsLines(sLines, eLines), [sLines.length, eLines.length] as [number, number]];
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of pairs) {
    if (pi > i || pj > j) {
      const sStart = sAt[i]!;
      const sEnd = sAt[pi]!;
      const eStart = eAt[j]!;
      const eEnd = eAt[pj]!;
      const inner = pi > i && pj > j ? myers(s.slice(sStart, sEnd), e.slice(eStart, eEnd)) : null;
      if (inner) for (const h of inner) hunks.push({ sStart: sStart + h.sStart, sEnd: sStart + h.sEnd, eStart: eStart + h.eStart, eEnd: eStart + h.eEnd });
      else hunks.push({ sStart, sEnd, eStart, eEnd });
    }
    i = pi + 1;
    j = pj + 1;
  }
  return hunks;
}

/** The offset where each line starts, and one past the end (each line ends with its \n). */
function lineStarts(lines: readonly string[]): number[] {
  const at = [0];
  for (const l of lines) at.push(at[at.length - 1]! + l.length + 1);
  return at;
}

// ---------------------------------------------------------------------------------------------------------------
// Attribution.

/** Characters that write numbers and their units: an edit of only these next to a bound number belongs to it. */
const NUMBER_CHARS = /^[0-9０-９.．,，:：%％零〇一二两三四五六七八九十百千万亿元家年]*$/;

/** The same with the boundary words, for a threshold (「超过千亿」 → 「2000亿（含）以上」). */
const THRESHOLD_CHARS = /^[0-9０-９.．,，:：%％零〇一二两三四五六七八九十百千万亿元家年（）()含以上超过达到不低于少高大多]*$/;

interface Span {
  readonly binding: Binding;
  readonly start: number;
  readonly end: number;
}

/** A group of hunks and the bound spans they fall in, over S[sStart, sEnd) and E[eStart, eEnd). */
interface Group {
  sStart: number;
  sEnd: number;
  eStart: number;
  eEnd: number;
  spans: Span[];
}

/**
 * Whether a hunk belongs to a bound span: it falls inside the span's words, or overlaps or touches them with
 * number words only. A hunk that takes the whole span and other words with it (a deleted or rewritten sentence)
 * is an edit of the sentence, not of the number.
 */
function touches(h: Hunk, span: Span, s: string, e: string): boolean {
  const chars = span.binding.kind === 'comparison' ? THRESHOLD_CHARS : NUMBER_CHARS;
  const numeric = chars.test(s.slice(h.sStart, h.sEnd)) && chars.test(e.slice(h.eStart, h.eEnd));
  const covers = h.sStart <= span.start && span.end <= h.sEnd && h.sEnd - h.sStart > span.end - span.start;
  if (covers) return numeric;
  const inside = h.sStart === h.sEnd ? h.sStart > span.start && h.sStart < span.end : h.sStart < span.end && h.sEnd > span.start;
  if (inside) return true;
  const adjacent = h.sEnd === span.start || h.sStart === span.end;
  return adjacent && numeric;
}

/** Groups the hunks: hunks touching the same bound spans (or each other through them) form one group. */
function groupHunks(hunks: readonly Hunk[], spans: readonly Span[], s: string, e: string): Group[] {
  const groups: Group[] = [];
  for (const h of hunks) {
    const own = spans.filter((sp) => touches(h, sp, s, e));
    const sStart = Math.min(h.sStart, ...own.map((sp) => sp.start));
    const sEnd = Math.max(h.sEnd, ...own.map((sp) => sp.end));
    const g: Group = { sStart, sEnd, eStart: h.eStart - (h.sStart - sStart), eEnd: h.eEnd + (sEnd - h.sEnd), spans: own };
    const last = groups[groups.length - 1];
    const overlaps = last !== undefined && last.spans.length > 0 && own.length > 0 && sStart < last.sEnd;
    const sameSpan = last !== undefined && own.some((sp) => last.spans.includes(sp));
    if (last && (overlaps || sameSpan)) {
      last.eEnd = g.eEnd + Math.max(0, last.sEnd - g.sEnd);
      last.sEnd = Math.max(last.sEnd, g.sEnd);
      for (const sp of own) if (!last.spans.includes(sp)) last.spans.push(sp);
    } else groups.push(g);
  }
  return groups;
}

const escapeRegExp = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------------------------

/** The sentence of S holding a position, with its item. */
function sentenceAt(sentences: readonly { start: number; end: number; item: string }[], at: number): { start: number; end: number; item: string } {
  let best = sentences[0]!;
  for (const x of sentences) {
    if (x.start <= at) best = x;
    if (x.start <= at && at < x.end) return x;
  }
  return best;
}

/**
 * Reads an edited text as a reform: the changed numbers and boundary words become parameter values; every other
 * edit is listed as not modelled.
 * @param canonical the canonical text (`policy/policy.zh.md`)
 * @param edited the drafter's text, Markdown or plain
 * @throws {@link PolicyInputError} only when `options.id` or `options.title` is not valid for a reform.
 */
export function reformFromText(canonical: string, edited: string, options: FromTextOptions = {}): TextReform {
  const bound: BoundText = bindText(canonical);
  const S = normalize(canonical);
  const E = normalize(edited);
  // Positions of the canonical text in normalized coordinates.
  const toNorm = new Int32Array(canonical.length + 1).fill(-1);
  S.from.forEach((orig, i) => {
    if (toNorm[orig] === -1) toNorm[orig] = i;
  });
  const norm = (orig: number): number => {
    for (let p = orig; p <= canonical.length; p++) if (toNorm[p] !== -1) return toNorm[p]!;
    return S.text.length;
  };
  const spans: Span[] = bound.bindings.map((b) => ({ binding: b, start: norm(b.start), end: norm(b.end) }));
  const sentences = bound.sentences.map((x) => ({ start: norm(x.start), end: norm(x.end), item: x.item }));
  const s = S.text;
  const e = E.text;
  const hunks = diff(s, e);

  // Maps a boundary position of S to E (positions inside a hunk go to the hunk's edge on that side).
  const mapPos = (p: number, side: 'start' | 'end'): number => {
    let delta = 0;
    for (const h of hunks) {
      if (h.sEnd <= p && !(h.sStart === h.sEnd && h.sStart === p && side === 'start')) {
        delta = h.eEnd - h.sEnd;
        continue;
      }
      if (h.sStart < p) return side === 'start' ? h.eStart : h.eEnd;
      break;
    }
    return p + delta;
  };
  const sentenceOf = (at: number): { old: string; new: string; item: string } => {
    const x = sentenceAt(sentences, at);
    return { old: s.slice(x.start, x.end).trim(), new: e.slice(mapPos(x.start, 'start'), mapPos(x.end, 'end')).trim(), item: x.item };
  };

  const recognised: RecognisedChange[] = [];
  const notModelled: NotModelled[] = [];
  const parameters: Record<string, string | null> = {};
  const plain: Group[] = [];

  for (const g of groupHunks(hunks, spans, s, e)) {
    if (g.spans.length === 0) {
      plain.push(g);
      continue;
    }
    const sorted = [...g.spans].sort((a, b) => a.start - b.start);
    let pattern = '^';
    let at = g.sStart;
    for (const sp of sorted) {
      pattern += `${escapeRegExp(s.slice(at, sp.start))}([^\\n]*?)`;
      at = sp.end;
    }
    pattern += `${escapeRegExp(s.slice(at, g.sEnd))}$`;
    const newWords = e.slice(g.eStart, g.eEnd);
    const oldWords = s.slice(g.sStart, g.sEnd);
    const m = new RegExp(pattern, 'u').exec(newWords);
    const sentence = sentenceOf(g.sStart);
    if (!m) {
      notModelled.push({
        kind: 'changed', item: sentence.item, old: oldWords, new: newWords, sentence: { old: sentence.old, new: sentence.new },
        why: { zh: '数字周围的文字也改了：只有绑定参数的数字和门槛用语可以建模', en: 'the words around a number changed too: only the numbers and threshold words bound to parameters can be modelled' },
        hint: { zh: '只改数字或“超过 / （含）以上”，其余文字保持原样', en: 'change only the number or 超过 / （含）以上, and keep the other words as they are' },
      });
      continue;
    }
    sorted.forEach((sp, k) => {
      const typed = m[k + 1]!;
      const original = s.slice(sp.start, sp.end);
      if (typed === original) return;
      const read = readBinding(sp.binding, typed, original);
      if (!read.ok) {
        notModelled.push({ kind: 'unreadable', item: sentence.item, old: original, new: typed, sentence: { old: sentence.old, new: sentence.new }, why: read.why, hint: null });
        return;
      }
      for (const [param, to] of Object.entries(read.values)) {
        const from = DEFAULT_PARAMETER_VALUES[param] ?? null;
        if (to === from) continue;
        parameters[param] = to;
        recognised.push({ item: sentence.item, param, title: parameterDef(param)!.title, old: writeParameter(param, from) ?? original, new: writeParameter(param, to) ?? typed, from, to });
      }
    });
  }

  // Edits with no bound number: one entry per sentence of the canonical text (insertions after the sentence before).
  const bySentence = new Map<number, Group[]>();
  for (const g of plain) {
    const at = g.sStart === g.sEnd && g.sStart > 0 ? g.sStart - 1 : g.sStart;
    const x = sentenceAt(sentences, at);
    const list = bySentence.get(x.start) ?? [];
    list.push(g);
    bySentence.set(x.start, list);
  }
  for (const groups of bySentence.values()) {
    const first = groups[0]!;
    const sentence = sentenceOf(first.sStart === first.sEnd && first.sStart > 0 ? first.sStart - 1 : first.sStart);
    const old = groups.map((g) => s.slice(g.sStart, g.sEnd)).join('…');
    const neu = groups.map((g) => e.slice(g.eStart, g.eEnd)).join('…');
    const inserted = groups.every((g) => g.sStart === g.sEnd);
    const deleted = groups.every((g) => g.eStart === g.eEnd);
    const kind: NotModelledKind = inserted ? 'inserted' : deleted ? 'deleted' : 'changed';
    if (old.trim() === '' && neu.trim() === '') continue; // only line breaks moved
    const lostSpans = spans.filter((sp) => groups.some((g) => g.sStart <= sp.start && sp.end <= g.sEnd));
    const switchedLine = AWARD_LINES.find((c) => {
      const text = CLAUSE_WORDS[c].text;
      return deleted && groups.some((g) => s.slice(g.sStart, g.sEnd).includes(text));
    });
    notModelled.push({
      kind,
      item: sentence.item,
      old: old.replace(/\n/g, ' ').trim(),
      new: neu.replace(/\n/g, ' ').trim(),
      sentence: { old: sentence.old, new: sentence.new },
      why: WHY[kind](lostSpans.map((sp) => sp.binding.param)),
      hint: switchedLine === undefined ? null : {
        zh: `删去了${CLAUSE_WORDS[switchedLine].title.zh}的给付语句：如要取消该条款，在改革方案中写 disabledLines: [${switchedLine}]（或在工作台中关闭该条款）`,
        en: `the grant sentence of ${CLAUSE_WORDS[switchedLine].title.en} is deleted: to switch the line off, write disabledLines: [${switchedLine}] in the reform (or switch it off in the workbench)`,
      },
    });
  }
  notModelled.sort((a, b) => itemRank(a.item, sentences) - itemRank(b.item, sentences));

  const reform = validateReform({
    id: options.id ?? 'edited-text',
    title: options.title ?? { zh: '由修改稿读出的改革方案', en: 'reform read from an edited text' },
    parameters,
  });
  recognised.sort((a, b) => paramRank(a.param, bound) - paramRank(b.param, bound));
  return { reform, recognised, notModelled };
}

const itemRank = (item: string, sentences: readonly { item: string }[]): number => sentences.findIndex((x) => x.item === item);
const paramRank = (param: string, bound: BoundText): number => bound.bindings.findIndex((b) => b.param === param || (b.kind === 'comparison' && b.comparison === param));

const WHY: Readonly<Record<NotModelledKind, (lost: readonly string[]) => Bilingual>> = {
  inserted: () => ({ zh: '新增文字（新条件、新语句或新条款）：引擎无对应规则，未建模', en: 'added words (a new condition, sentence or clause): the engine has no rule for them; not modelled' }),
  deleted: (lost) => ({
    zh: `删除的文字：引擎仍按原文计算，未建模${lost.length > 0 ? `（其中的参数 ${lost.join('、')} 保持原值）` : ''}`,
    en: `deleted words: the engine still computes by the original text; not modelled${lost.length > 0 ? ` (the parameters in them, ${lost.join(', ')}, keep their values)` : ''}`,
  }),
  changed: () => ({ zh: '改写的文字（不是绑定参数的数字或门槛用语）：未建模', en: 'reworded text (not a number or threshold word bound to a parameter): not modelled' }),
  unreadable: () => ({ zh: '无法读出', en: 'cannot be read' }),
};

/**
 * A reform as a YAML reform file that {@link parseReform} reads back to the same reform (values quoted, so every
 * scalar stays a string).
 */
export function reformToYaml(reform: Reform): string {
  const data: Record<string, unknown> = { id: reform.id, title: { zh: reform.title.zh, en: reform.title.en } };
  if (reform.description) data.description = { zh: reform.description.zh, en: reform.description.en };
  if (Object.keys(reform.parameters).length > 0) data.parameters = { ...reform.parameters };
  if (Object.keys(reform.readings).length > 0) data.readings = { ...reform.readings };
  if (reform.disabledLines.length > 0) data.disabledLines = [...reform.disabledLines];
  return stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}
