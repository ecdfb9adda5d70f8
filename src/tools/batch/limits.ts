/**
 * Bounds that keep one record from exhausting the batch's time or memory, whatever its size. The engine validates
 * an application completely and reports every problem it finds; on a record of millions of values (a 48 MB line
 * of unknown keys) that list alone would take gigabytes. So before a record reaches the engine, its shape is
 * measured cheaply (a scan of its text that allocates nothing, or a count of its tokens or values) against
 * limits that no valid application reaches, and a record beyond them is refused with one issue (`tooLarge`)
 * naming the limit. The error list of every record is then cut to its first {@link MAX_ISSUES} issues, with one
 * more issue counting the rest, and each issue's text to {@link MAX_ISSUE_TEXT} characters.
 *
 * @module
 */
import { Application } from '../../policy/input.js';
import { jsonSchemaOf, type JsonSchemaNode } from './jsonSchema.js';
import type { BatchIssue } from './record.js';
import { issueAt } from '../../edges/input/messages/index.js';

/** The issues listed for one record; the rest are counted in one more issue (code `moreIssues`). */
export const MAX_ISSUES = 100;

/** The longest path or message of an issue, in characters; longer ones are cut with a note. */
export const MAX_ISSUE_TEXT = 1000;

/** The shape limits of one record (see {@link recordLimits}). */
export interface RecordLimits {
  /** The most values (objects, arrays, strings, numbers, booleans, nulls) in one record. */
  readonly maxValues: number;
  /** The most keys of one object. */
  readonly maxKeys: number;
  /** The most items of one list. */
  readonly maxItems: number;
  /** The deepest nesting of objects and lists. */
  readonly maxDepth: number;
}

function walkSchema(node: JsonSchemaNode, visit: (n: JsonSchemaNode, depth: number) => void, depth = 0): void {
  visit(node, depth);
  const inner = node.type === 'object' || node.type === 'array' ? depth + 1 : depth;
  for (const child of Object.values(node.properties ?? {})) walkSchema(child, visit, inner);
  if (typeof node.additionalProperties === 'object') walkSchema(node.additionalProperties, visit, inner);
  if (node.items) walkSchema(node.items, visit, inner);
  for (const branch of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) walkSchema(branch, visit, depth);
}

let limits: RecordLimits | undefined;

/**
 * The limits, derived from the input schema where it states them:
 * - `maxItems`: the longest list the schema allows anywhere (a list of unbounded length would leave it at 10,000);
 * - `maxKeys`: 2,000, above the largest object the schema allows (a by-year table keyed 1900 to 2999 has 1,100);
 * - `maxDepth`: the schema's own nesting plus 2, so a wrong shape one or two levels deep is still named by the engine;
 * - `maxValues`: 200,000, about four times an application with the longest payment history (5,000 items of 11
 *   values) and far above real applications (tens to hundreds of values). A contrived application could be valid
 *   and larger (500 claims with by-year tables of 1,100 years each); the batch refuses it and says so, while the
 *   library's `evaluate` has no such limit.
 */
export function recordLimits(): RecordLimits {
  if (limits) return limits;
  let maxItems = 0;
  let unbounded = false;
  let depth = 0;
  walkSchema(jsonSchemaOf(Application, 'input'), (node, d) => {
    depth = Math.max(depth, d);
    if (node.type !== 'array') return;
    if (typeof node.maxItems === 'number') maxItems = Math.max(maxItems, node.maxItems);
    else unbounded = true;
  });
  limits = { maxValues: 200_000, maxKeys: 2_000, maxItems: unbounded ? Math.max(maxItems, 10_000) : maxItems, maxDepth: depth + 2 };
  return limits;
}

/** Why a record is beyond the limits: which limit, and its value. */
export interface LimitBreach {
  readonly limit: keyof RecordLimits;
  readonly value: number;
}

/** The issue of a record refused for its size. */
export function tooLargeIssue(breach: LimitBreach): BatchIssue {
  return issueAt('', 'tooLarge', { limit: breach.limit, max: breach.value });
}

/**
 * Measures the JSON text of one record without parsing it (one pass over its characters, nothing allocated) and
 * returns the first limit it breaks, or null. Malformed text is measured as far as it goes; `JSON.parse` then
 * names the syntax error.
 */
export function scanJsonText(text: string, l: RecordLimits = recordLimits()): LimitBreach | null {
  // Per open container: its kind (true = object) and its count (keys or items), with `started` for lists.
  const isObject: boolean[] = [];
  const counts: number[] = [];
  const started: boolean[] = [];
  let depth = 0;
  let values = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (depth > 0 && !isObject[depth - 1] && !started[depth - 1] && c !== 0x5d /* ] */) {
      // The first item of a list.
      started[depth - 1] = true;
      counts[depth - 1] = 1;
      if (++values > l.maxValues) return { limit: 'maxValues', value: l.maxValues };
    }
    switch (c) {
      case 0x22 /* " */: {
        // Skip the string, escapes included.
        for (i++; i < n; i++) {
          const s = text.charCodeAt(i);
          if (s === 0x5c /* \ */) i++;
          else if (s === 0x22) break;
        }
        break;
      }
      case 0x7b /* { */:
      case 0x5b /* [ */:
        if (depth === 0) values++;
        if (++depth > l.maxDepth) return { limit: 'maxDepth', value: l.maxDepth };
        isObject[depth - 1] = c === 0x7b;
        counts[depth - 1] = 0;
        started[depth - 1] = false;
        break;
      case 0x7d /* } */:
      case 0x5d /* ] */:
        if (depth > 0) depth--;
        break;
      case 0x3a /* : */:
        if (depth > 0 && isObject[depth - 1]) {
          if (++counts[depth - 1]! > l.maxKeys) return { limit: 'maxKeys', value: l.maxKeys };
          if (++values > l.maxValues) return { limit: 'maxValues', value: l.maxValues };
        }
        break;
      case 0x2c /* , */:
        if (depth > 0 && !isObject[depth - 1]) {
          if (++counts[depth - 1]! > l.maxItems) return { limit: 'maxItems', value: l.maxItems };
          if (++values > l.maxValues) return { limit: 'maxValues', value: l.maxValues };
        }
        break;
      default:
        break;
    }
  }
  return null;
}

/** Measures a parsed value (a CSV record as assembled) against the limits, stopping at the first one broken. */
export function measureValue(value: unknown, l: RecordLimits = recordLimits()): LimitBreach | null {
  let values = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (++values > l.maxValues) return { limit: 'maxValues', value: l.maxValues };
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > l.maxDepth) return { limit: 'maxDepth', value: l.maxDepth };
    const children = Array.isArray(v) ? v : Object.values(v);
    if (Array.isArray(v) ? v.length > l.maxItems : children.length > l.maxKeys) {
      return Array.isArray(v) ? { limit: 'maxItems', value: l.maxItems } : { limit: 'maxKeys', value: l.maxKeys };
    }
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

function cut(text: string): string {
  if (text.length <= MAX_ISSUE_TEXT) return text;
  return `${text.slice(0, MAX_ISSUE_TEXT)}…（+${text.length - MAX_ISSUE_TEXT}）`;
}

/**
 * The issues of one record as written: the first {@link MAX_ISSUES}, then one issue (code `moreIssues`) that
 * counts the others; paths and messages cut to {@link MAX_ISSUE_TEXT} characters.
 */
export function boundIssues(issues: readonly BatchIssue[]): BatchIssue[] {
  const shown = issues.slice(0, MAX_ISSUES).map((issue) => {
    if (issue.path.length <= MAX_ISSUE_TEXT && issue.message.zh.length <= MAX_ISSUE_TEXT && issue.message.en.length <= MAX_ISSUE_TEXT) return issue;
    return { ...issue, path: cut(issue.path), message: { zh: cut(issue.message.zh), en: cut(issue.message.en) } };
  });
  const rest = issues.length - shown.length;
  if (rest > 0) {
    shown.push(issueAt('', 'moreIssues', { count: rest, shown: MAX_ISSUES }));
  }
  return shown;
}
