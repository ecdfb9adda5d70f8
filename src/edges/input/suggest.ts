/**
 * "Did you mean …": the valid names nearest to a misspelt one, for every error about an unknown id (a parameter, a
 * reading, an option, a clause).
 */
import { inputIssue, type InputIssue } from './errors.js';
import { shortName, type NameKind } from './issues.js';

/** Levenshtein edit distance. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The `n` names nearest to `name` by edit distance, ignoring case (ties in the candidates' order). */
export function closestNames(name: string, candidates: readonly string[], n = 3): string[] {
  return candidates
    .map((c, i) => ({ c, i, d: editDistance(name.toLowerCase(), c.toLowerCase()) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .slice(0, n)
    .map((x) => x.c);
}

/** Names as a list of quoted strings: `"a", "b"`. */
export function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/** The issue for an unknown name, with the closest valid ones. */
export function unknownName(path: string, what: NameKind, name: string, candidates: readonly string[]): InputIssue {
  return inputIssue(path, 'unknownKey', { key: shortName(name), what, suggestions: closestNames(name, candidates) });
}
