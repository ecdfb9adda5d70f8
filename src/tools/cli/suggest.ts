/**
 * Usage errors of the command line: one line, Chinese then English, naming the closest valid command or option
 * when the one given does not exist.
 *
 * @module
 */

/** The edit distance (insertions, deletions, substitutions, and swaps of two neighbours) between two words. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate closest to `name` (the first of equals, in the candidates' order). */
export function closest(name: string, candidates: readonly string[]): string {
  let best = candidates[0]!;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const distance = editDistance(name.toLowerCase(), c.toLowerCase());
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/** The one-line error for an unknown command. */
export function unknownCommand(name: string, commands: readonly string[]): string {
  const near = closest(name, commands);
  return `未知命令“${name}”，是否想用 ${near}？ / unknown command "${name}"; did you mean ${near}? (zz-ai-policy --help)\n`;
}

/** The one-line error for an unknown option of a command (`help`: how to get the command's help). */
export function unknownOption(name: string, options: readonly string[], help: string): string {
  const near = closest(name, options);
  return `未知选项“${name}”，是否想用 ${near}？ / unknown option "${name}"; did you mean ${near}? (${help})\n`;
}
