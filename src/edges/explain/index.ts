/** Renders results as sentences, in Chinese (zh-CN) or English. */
import type { EvaluationResult, LineResult } from '../../engine/result.js';
import { lineEn, resultEn } from './en.js';
import { lineZh, resultZh } from './zh.js';

/** A language the renderers speak. */
export type Language = 'zh' | 'en';

/** The explanation of a whole result, one sentence or line per element. */
export function explain(result: EvaluationResult, lang: Language): string[] {
  return lang === 'zh' ? resultZh(result) : resultEn(result);
}

/** The explanation of one line. */
export function explainLine(line: LineResult, lang: Language): string[] {
  return lang === 'zh' ? lineZh(line) : lineEn(line);
}
