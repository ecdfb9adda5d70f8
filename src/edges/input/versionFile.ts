/**
 * A version of the policy given as data (options.version, or a YAML/JSON file for the drafting tools), checked like
 * a reform file: every field named with what was expected (the bad value echoed), every value checked like a
 * parameter value, unknown keys refused with the closest valid names. See policy/versions.ts for what a version is.
 */
import { isCalendarDate } from '../../core/dates.js';
import type { ParameterId } from '../../policy/parameters.js';
import type { DatedChange, PolicyVersion } from '../../policy/versions.js';
import { inputIssue, type InputIssue } from './errors.js';
import { echo, type Format } from './issues.js';
import { checkParameterValue } from './parameterValues.js';
import { unknownName } from './suggest.js';

/** At most this many dated changes in one version. */
export const VERSION_CHANGES_MAX = 1000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field that is missing (required) or not of its form (invalid). */
function wrong(path: string, value: unknown, format: Format): InputIssue {
  const expected = { kind: 'format', format } as const;
  return value === undefined ? inputIssue(path, 'required', { expected }) : inputIssue(path, 'invalid', { rule: 'expected', expected, received: echo(value) });
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= 2000;

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], path: string, issues: InputIssue[]): void {
  for (const k of Object.keys(value)) if (!allowed.includes(k)) issues.push(unknownName(`${path}.${k}`, 'field', k, allowed));
}

/**
 * Checks a version given as data: `{ id, title: { zh, en }, changes: [{ parameter, from, value, source: { document,
 * article, words? } }] }`. Returns the version, or the issues (paths under `prefix`, default `version`).
 */
export function checkVersion(value: unknown, prefix = 'version'): { version?: PolicyVersion; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  if (!isRecord(value)) return { issues: [wrong(prefix, value, 'version')] };
  onlyKeys(value, ['id', 'title', 'changes'], prefix, issues);
  const id = value.id;
  if (typeof id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id)) issues.push(wrong(`${prefix}.id`, id, 'versionId'));
  const title = value.title;
  if (!isRecord(title)) {
    issues.push(wrong(`${prefix}.title`, title, 'versionTitle'));
  } else {
    onlyKeys(title, ['zh', 'en'], `${prefix}.title`, issues);
    for (const lang of ['zh', 'en'] as const) if (!isText(title[lang])) issues.push(wrong(`${prefix}.title.${lang}`, title[lang], 'text'));
  }
  const changes = value.changes;
  const out: DatedChange[] = [];
  if (!Array.isArray(changes) || changes.length > VERSION_CHANGES_MAX) {
    issues.push(wrong(`${prefix}.changes`, changes, 'versionChanges'));
  } else {
    const first = new Map<string, string>();
    changes.forEach((c: unknown, i) => {
      const path = `${prefix}.changes[${i}]`;
      if (!isRecord(c)) {
        issues.push(wrong(path, c, 'versionChange'));
        return;
      }
      onlyKeys(c, ['parameter', 'from', 'value', 'source'], path, issues);
      const before = issues.length;
      if (typeof c.parameter !== 'string') {
        issues.push(wrong(`${path}.parameter`, c.parameter, 'id'));
      } else {
        const problem = checkParameterValue(c.parameter, c.value);
        if (problem) issues.push({ ...problem, path: problem.code === 'unknownKey' ? `${path}.parameter` : `${path}.value` });
      }
      if (typeof c.from !== 'string' || !isCalendarDate(c.from)) issues.push(wrong(`${path}.from`, c.from, 'date'));
      const key = `${String(c.parameter)}@${String(c.from)}`;
      const seen = first.get(key);
      if (seen !== undefined) issues.push(inputIssue(path, 'duplicate', { rule: 'versionChange', received: echo(key), first: seen }));
      else first.set(key, path);
      const source = c.source;
      if (!isRecord(source)) {
        issues.push(wrong(`${path}.source`, source, 'versionSource'));
      } else {
        onlyKeys(source, ['document', 'article', 'words'], `${path}.source`, issues);
        for (const field of ['document', 'article'] as const) if (!isText(source[field])) issues.push(wrong(`${path}.source.${field}`, source[field], 'text'));
        if (source.words !== undefined && !isText(source.words)) issues.push(wrong(`${path}.source.words`, source.words, 'text'));
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
