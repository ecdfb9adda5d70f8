/**
 * Renders input issues as sentences, in Chinese (zh-CN) or English, and builds issues with their messages filled
 * in. Rule code states what is wrong as data ({@link issueAt}); it never builds a sentence.
 */
import type { Issue, IssueCode, IssueParamsByCode } from '../issues.js';
import { MESSAGES_EN } from './en.js';
import { MESSAGES_ZH } from './zh-CN.js';

export { expectedZh, FORMAT_ZH, MESSAGES_ZH, UNIT_ZH } from './zh-CN.js';
export { expectedEn, FORMAT_EN, MESSAGES_EN, UNIT_EN } from './en.js';

/** A language the issue renderers speak. */
export type IssueLanguage = 'zh' | 'en';

type Render = (params: IssueParamsByCode[IssueCode]) => string;

/** The message of an issue (its code and params) in one language, without its path. */
export function renderIssue(issue: { readonly code: IssueCode; readonly params: IssueParamsByCode[IssueCode] }, lang: IssueLanguage): string {
  const table = lang === 'zh' ? MESSAGES_ZH : MESSAGES_EN;
  return (table[issue.code] as Render)(issue.params);
}

/** An issue as one line of text: its path (`(root)` when empty), then its message. */
export function issueLine(issue: { readonly path: string; readonly code: IssueCode; readonly params: IssueParamsByCode[IssueCode] }, lang: IssueLanguage): string {
  return `${issue.path || '(root)'}: ${renderIssue(issue, lang)}`;
}

/** An issue of code `code` at `path`, its bilingual message rendered from `params`. */
export function issueAt<C extends IssueCode>(path: string, code: C, params: IssueParamsByCode[C]): Issue<C> {
  const data = { code, params } as { code: IssueCode; params: IssueParamsByCode[IssueCode] };
  return { path, code, params, message: { zh: renderIssue(data, 'zh'), en: renderIssue(data, 'en') } } as unknown as Issue<C>;
}
