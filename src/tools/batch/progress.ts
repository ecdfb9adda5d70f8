/**
 * The progress line of a long batch, on stderr when it is a terminal (or with `--progress`): the share of the
 * input read, the records done, the rate and the time left, redrawn in place at most four times a second and
 * cleared at the end. It never goes to the output, and `--quiet` turns it off.
 *
 * @module
 */
import type { Writable } from 'node:stream';

/** How far the input has been read: bytes of a file of known size, or records of a batch of known count. */
export interface InputMeasure {
  /** The share read so far, 0 to 1; undefined when the size is not known (standard input). */
  share(): number | undefined;
}

/** Formats seconds as `1 h 02 min`, `4 min 05 s` or `12 s`. */
export function duration(seconds: number): { zh: string; en: string } {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (h > 0) return { zh: `${h} 小时 ${pad(m)} 分`, en: `${h} h ${pad(m)} min` };
  if (m > 0) return { zh: `${m} 分 ${pad(sec)} 秒`, en: `${m} min ${pad(sec)} s` };
  return { zh: `${sec} 秒`, en: `${sec} s` };
}

/** The text of one progress line (without the carriage return). */
export function progressText(records: number, elapsedMs: number, share: number | undefined): string {
  const rate = elapsedMs > 0 ? Math.round((records * 1000) / elapsedMs) : 0;
  const parts = { zh: [`已处理 ${records} 条`, `${rate} 条/秒`], en: [`${records} records`, `${rate} records/s`] };
  if (share !== undefined) {
    const pct = `${(share * 100).toFixed(1)}%`;
    parts.zh.unshift(`已读 ${pct}`);
    parts.en.unshift(`read ${pct}`);
    if (share > 0 && share < 1) {
      const left = duration(((elapsedMs / 1000) * (1 - share)) / share);
      parts.zh.push(`剩余约 ${left.zh}`);
      parts.en.push(`about ${left.en} left`);
    }
  }
  return `${parts.zh.join('，')} / ${parts.en.join(', ')}`;
}

/** A progress line on `stderr`; does nothing unless enabled. */
export function progressLine(
  stderr: Writable,
  enabled: boolean,
  measure: InputMeasure,
  now: () => number = Date.now,
): { tick(records: number): void; clear(): void } {
  const start = now();
  let last = start - 250;
  let shown = false;
  return {
    tick(records) {
      if (!enabled || (records & 63) !== 0) return;
      const t = now();
      if (t - last < 250) return;
      last = t;
      shown = true;
      stderr.write(`\r${progressText(records, t - start, measure.share())}\x1b[K`);
    },
    clear() {
      if (shown) stderr.write('\r\x1b[K');
    },
  };
}
