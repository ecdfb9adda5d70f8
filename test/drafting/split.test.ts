/**
 * A reform's impact split by change: each parameter, reading or line switch applied alone to the baseline, and
 * the interaction (the total change less the sum of the singles). Every figure is checked against evaluations made
 * separately through the library's public `evaluateYears`, beneficiary by beneficiary, with the change's options.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateYears } from '../../src/index.js';
import { compare, compareRuns } from '../../src/tools/drafting/compare.js';
import { evaluatePortfolio } from '../../src/tools/drafting/portfolio.js';
import { BASELINE_REFORM, validateReform } from '../../src/tools/drafting/reform.js';
import type { MultiYearInput } from '../../src/engine/years.js';
import type { EvaluateOptions } from '../../src/edges/input/validate.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const portfolio = JSON.parse(readFileSync(`${root}fixtures/portfolio/portfolio.json`, 'utf8')) as MultiYearInput[];

/** The portfolio's total in fen, each beneficiary evaluated on its own through the public API. */
function totalOf(options: EvaluateOptions, off: readonly string[] = []): bigint {
  let fen = 0n;
  for (const entry of portfolio) {
    const years = entry.years.map((y) => ({ ...y, claims: y.claims.filter((c) => !off.includes(c.clause)) }));
    const r = evaluateYears({ ...entry, years } as MultiYearInput, options);
    fen += BigInt(r.total.replace('.', ''));
  }
  return fen;
}

const yuan = (fen: bigint): string => {
  const neg = fen < 0n;
  const a = neg ? -fen : fen;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
};

const reform = validateReform({
  id: 'three-changes',
  parameters: { 'art02_2.rate': '0.2' },
  readings: { 'A9.3.1': 'b' },
  disabledLines: ['art04_3'],
});

describe('the impact of a reform split by change', () => {
  const base = totalOf({});
  const singles = {
    'art02_2.rate': totalOf({ parameters: { 'art02_2.rate': '0.2' } }) - base,
    'A9.3.1': totalOf({ readings: { 'A9.3.1': 'b' } }) - base,
    art04_3: totalOf({}, ['art04_3']) - base,
  };
  const all = totalOf({ parameters: { 'art02_2.rate': '0.2' }, readings: { 'A9.3.1': 'b' } }, ['art04_3']) - base;
  const c = compare(BASELINE_REFORM, reform, portfolio);

  it('each change alone moves the total as a separate evaluation with only that change says', () => {
    expect(c.split).not.toBeNull();
    const split = c.split!;
    expect(split.changes.map((x) => [x.kind, x.id])).toEqual([['parameter', 'art02_2.rate'], ['reading', 'A9.3.1'], ['line', 'art04_3']]);
    for (const x of split.changes) {
      const fen = singles[x.id as keyof typeof singles];
      expect(x.delta, x.id).toBe(yuan(fen));
      expect(x.total, x.id).toBe(yuan(base + fen));
    }
    // Each change moves money, in the direction it should.
    expect(singles['art02_2.rate']).toBeGreaterThan(0n);
    expect(singles['A9.3.1']).toBeGreaterThan(0n);
    expect(singles.art04_3).toBeLessThan(0n);
  });

  it('the interaction is the total change less the sum of the singles, and is not zero here', () => {
    const split = c.split!;
    expect(c.total.delta).toBe(yuan(all));
    const sum = singles['art02_2.rate'] + singles['A9.3.1'] + singles.art04_3;
    expect(split.sumOfSingles).toBe(yuan(sum));
    expect(split.interaction).toBe(yuan(all - sum));
    // The changes do not add up: money that 九(三)'s annual cap cut comes back when the cap is guidance only, but
    // switching 四(三) off also leaves room under the cap that the baseline had filled.
    expect(all - sum).not.toBe(0n);
  });

  it('says each change in words: the setting before and after, and what it is', () => {
    const [rate, reading, line] = c.split!.changes;
    expect(rate).toMatchObject({ item: '二(二)', from: { zh: '10%' }, to: { zh: '20%' }, title: { zh: '奖励比例' } });
    expect(reading).toMatchObject({ item: 'A9.3.1', title: { zh: '九(三) “原则上不超过”年度区级综合贡献额，是硬性上限吗？' }, from: { zh: '硬性上限，例外须记录批准' }, to: { en: 'guidance only: a warning, no cut' } });
    expect(line).toMatchObject({ item: '四(三)', from: { zh: '支付' }, to: { zh: '已取消', en: 'switched off' } });
    expect(line!.worseOff).toBeGreaterThan(0);
    expect(line!.betterOff).toBe(0);
  });

  it('full evaluation gives the same split as the incremental one; compareRuns gives it too', () => {
    expect(compare(BASELINE_REFORM, reform, portfolio, { incremental: false }).split).toEqual(c.split);
    const b = evaluatePortfolio(portfolio, BASELINE_REFORM);
    const r = evaluatePortfolio(portfolio, reform, { from: b });
    expect(compareRuns(b, r).split).toEqual(c.split);
    expect(compareRuns(b, r, { split: false }).split).toBeNull();
  });

  it('against another baseline, a change switching a line back on counts from that baseline', () => {
    const off = validateReform({ id: 'off', disabledLines: ['art04_3', 'art02_2'] });
    const split = compare(off, reform, portfolio).split!;
    expect(split.changes.map((x) => [x.kind, x.id, x.from.zh, x.to.zh])).toEqual([
      ['parameter', 'art02_2.rate', '10%', '20%'], ['reading', 'A9.3.1', '硬性上限，例外须记录批准', '仅为指导，超出时提示'], ['line', 'art02_2', '已取消', '支付'],
    ]);
    const offBase = totalOf({}, ['art04_3', 'art02_2']);
    expect(split.changes[2]!.delta).toBe(yuan(totalOf({}, ['art04_3']) - offBase));
    // 二(二)'s rate alone changes nothing while 二(二) is off.
    expect(split.changes[0]!.delta).toBe('0.00');
  });

  it('one change: the single is the reform, nothing left over; no change: an empty split; split: false leaves it out', () => {
    const one = compare(BASELINE_REFORM, validateReform({ parameters: { 'art02_2.cap': '2000000' } }), portfolio);
    expect(one.split!.changes).toHaveLength(1);
    expect(one.split!.changes[0]!.delta).toBe(one.total.delta);
    expect(one.split!.changes[0]!.delta).toBe(yuan(totalOf({ parameters: { 'art02_2.cap': '2000000' } }) - base));
    expect([one.split!.changes[0]!.betterOff, one.split!.changes[0]!.worseOff]).toEqual([one.counts.betterOff, one.counts.worseOff]);
    expect(one.split!.interaction).toBe('0.00');
    expect(compare(BASELINE_REFORM, BASELINE_REFORM, portfolio).split).toEqual({ changes: [], sumOfSingles: '0.00', interaction: '0.00' });
    expect(compare(BASELINE_REFORM, reform, portfolio, { split: false }).split).toBeNull();
  });
});
