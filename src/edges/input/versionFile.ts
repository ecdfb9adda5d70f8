/**
 * A version of the policy given as data (options.version, or a YAML/JSON file for the drafting tools), checked like
 * a reform file: every field named with what was expected, every value checked like a parameter value, unknown keys
 * refused with the closest valid names. See policy/versions.ts for what a version means.
 */
import { isCalendarDate } from '../../core/dates.js';
import type { ParameterId } from '../../policy/parameters.js';
import type { DatedChange, PolicyVersion } from '../../policy/versions.js';
import { inputIssue, type InputIssue } from './errors.js';
import { checkParameterValue } from './parameterValues.js';
import { unknownName } from './suggest.js';

/** At most this many dated changes in one version. */
export const VERSION_CHANGES_MAX = 1000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(value: unknown, path: string, issues: InputIssue[], what: { zh: string; en: string }, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 2000) {
    issues.push(inputIssue(path, value === undefined ? 'required' : 'invalid',
      `应为非空文字（${what.zh}，至多 2000 字），而不是 ${JSON.stringify(value) ?? 'undefined'}`,
      `expected non-empty text (${what.en}, at most 2000 characters), not ${JSON.stringify(value) ?? 'undefined'}`));
    return undefined;
  }
  return value;
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], path: string, issues: InputIssue[]): void {
  for (const k of Object.keys(value)) {
    if (!allowed.includes(k)) issues.push(unknownName(`${path}.${k}`, { zh: '字段', en: 'field' }, k, allowed));
  }
}

/**
 * Checks a version given as data: `{ id, title: { zh, en }, changes: [{ parameter, from, value, source: { document,
 * article, words? } }] }`. Returns the version, or the issues (paths under `prefix`, default `version`).
 */
export function checkVersion(value: unknown, prefix = 'version'): { version?: PolicyVersion; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  if (!isRecord(value)) {
    issues.push(inputIssue(prefix, 'invalid', '应为对象 { id, title: { zh, en }, changes: [...] }', 'expected an object { id, title: { zh, en }, changes: [...] }'));
    return { issues };
  }
  onlyKeys(value, ['id', 'title', 'changes'], prefix, issues);
  const id = value.id;
  if (typeof id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id)) {
    issues.push(inputIssue(`${prefix}.id`, id === undefined ? 'required' : 'invalid',
      `应为版本名（字母、数字、. _ -，至多 100 个字符，如 "issued-2027"），而不是 ${JSON.stringify(id) ?? 'undefined'}`,
      `expected a version name (letters, digits, . _ -, at most 100 characters, e.g. "issued-2027"), not ${JSON.stringify(id) ?? 'undefined'}`));
  }
  const title = value.title;
  if (!isRecord(title)) {
    issues.push(inputIssue(`${prefix}.title`, title === undefined ? 'required' : 'invalid', '应为对象 { zh, en }', 'expected an object { zh, en }'));
  } else {
    onlyKeys(title, ['zh', 'en'], `${prefix}.title`, issues);
    text(title.zh, `${prefix}.title.zh`, issues, { zh: '中文标题', en: 'the Chinese title' });
    text(title.en, `${prefix}.title.en`, issues, { zh: '英文标题', en: 'the English title' });
  }
  const changes = value.changes;
  const out: DatedChange[] = [];
  if (!Array.isArray(changes) || changes.length > VERSION_CHANGES_MAX) {
    issues.push(inputIssue(`${prefix}.changes`, changes === undefined ? 'required' : 'invalid',
      `应为数组（至多 ${VERSION_CHANGES_MAX} 项），每项 { parameter, from, value, source }`,
      `expected an array (at most ${VERSION_CHANGES_MAX} items) of { parameter, from, value, source }`));
  } else {
    const seen = new Set<string>();
    changes.forEach((c: unknown, i) => {
      const path = `${prefix}.changes[${i}]`;
      if (!isRecord(c)) {
        issues.push(inputIssue(path, 'invalid', '应为对象 { parameter, from, value, source }', 'expected an object { parameter, from, value, source }'));
        return;
      }
      onlyKeys(c, ['parameter', 'from', 'value', 'source'], path, issues);
      const before = issues.length;
      const problem = checkParameterValue(String(c.parameter), c.value);
      if (typeof c.parameter !== 'string') {
        issues.push(inputIssue(`${path}.parameter`, c.parameter === undefined ? 'required' : 'invalid', '应为参数编号，如 "art02_2.cap"', 'expected a parameter id, e.g. "art02_2.cap"'));
      } else if (problem) {
        issues.push({ ...problem, path: problem.code === 'unknownKey' ? `${path}.parameter` : `${path}.value` });
      }
      if (typeof c.from !== 'string' || !isCalendarDate(c.from)) {
        issues.push(inputIssue(`${path}.from`, c.from === undefined ? 'required' : 'invalid',
          `应为施行起始日期 YYYY-MM-DD，而不是 ${JSON.stringify(c.from) ?? 'undefined'}`, `expected the first day it applies, YYYY-MM-DD, not ${JSON.stringify(c.from) ?? 'undefined'}`));
      }
      const key = `${String(c.parameter)}@${String(c.from)}`;
      if (seen.has(key)) {
        issues.push(inputIssue(path, 'duplicate', `参数 ${String(c.parameter)} 自 ${String(c.from)} 起已有取值`, `parameter ${String(c.parameter)} already has a value from ${String(c.from)}`));
      }
      seen.add(key);
      const source = c.source;
      if (!isRecord(source)) {
        issues.push(inputIssue(`${path}.source`, source === undefined ? 'required' : 'invalid',
          '应为出处 { document, article, words? }（文件、条款、原文）', 'expected the source { document, article, words? } (document, article, words)'));
      } else {
        onlyKeys(source, ['document', 'article', 'words'], `${path}.source`, issues);
        text(source.document, `${path}.source.document`, issues, { zh: '文件', en: 'the document' });
        text(source.article, `${path}.source.article`, issues, { zh: '条款', en: 'the article' });
        text(source.words, `${path}.source.words`, issues, { zh: '原文', en: 'the words' }, true);
      }
      if (issues.length === before) {
        const s = source as { document: string; article: string; words?: string };
        out.push(Object.freeze({
          parameter: c.parameter as ParameterId, from: c.from as string, value: c.value as string | null,
          source: Object.freeze({ document: s.document, article: s.article, ...(s.words === undefined ? {} : { words: s.words }) }),
        }));
      }
    });
  }
  if (issues.length > 0) return { issues };
  const t = title as { zh: string; en: string };
  return { version: Object.freeze({ id: id as string, title: Object.freeze({ zh: t.zh, en: t.en }), changes: Object.freeze(out) }), issues };
}
