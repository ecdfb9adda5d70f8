/**
 * core/sha256.ts against node:crypto: the standard vectors (FIPS 180-4 examples, the NIST long messages), every
 * length around the padding boundaries, random bytes and random strings (CJK, astral characters, lone surrogates),
 * and the engine's fingerprint computed both ways.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Bytes, sha256Hex } from '../src/core/sha256.js';
import { fingerprintOf } from '../src/engine/rulesUsed.js';
import { resolveOptions } from '../src/edges/input/validate.js';
import { PARAMETER_FACTS } from '../src/policy/parameters.js';

const node = (m: string | Uint8Array): string => createHash('sha256').update(m).digest('hex');

describe('sha256 (core/sha256.ts)', () => {
  it('gives the standard vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256Hex('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'))
      .toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('equals node:crypto at every length from 0 to 300 bytes (each padding case)', () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n * 7) & 0xff);
      expect(sha256Hex(bytes), `length ${n}`).toBe(node(bytes));
    }
  });

  it('equals node:crypto on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => sha256Hex(bytes) === node(bytes)), { numRuns: 2000, seed: 14 });
  });

  it('hashes a string as its UTF-8 bytes, as node:crypto does (CJK, astral characters, lone surrogates)', () => {
    const chars = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom('郑', '州', '航', '空', '港', '（', '含', '）', '以', '上', '%', 'a', '1', '\n', '😀', '\uD800', '\uDFFF'), maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    fc.assert(fc.property(chars, (s) => sha256Hex(s) === node(s)), { numRuns: 3000, seed: 1259 });
  });

  it('returns 32 bytes and does not change its input', () => {
    const input = new Uint8Array([1, 2, 3]);
    expect(sha256Bytes(input)).toHaveLength(32);
    expect([...input]).toEqual([1, 2, 3]);
  });

  it('gives the engine the fingerprint node:crypto would (byte-identical results)', () => {
    const { params, readings } = resolveOptions({ parameters: { 'art02_2.cap': '2000000' }, readings: { 'A9.3.1': 'b' } });
    const fp = fingerprintOf(params, readings);
    const values = Object.fromEntries(PARAMETER_FACTS.map((d) => [d.id, params.values[d.id] ?? null]));
    expect(fp.parameters).toBe(node(JSON.stringify(values)));
    expect(fp.readings).toBe(node(JSON.stringify(readings)));
  });
});


