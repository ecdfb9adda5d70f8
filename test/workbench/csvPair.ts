/**
 * A valid CSV pair for the workbench tests: the batch fixtures (fixtures/batch/*.csv) without the rows that are
 * there to be refused (BADCSV08's unknown legal form, the claims of NOSUCH09 that join no beneficiary).
 */
import { readFileSync } from 'node:fs';

const dir = new URL('../../fixtures/batch/', import.meta.url);
const clean = (file: string): string =>
  readFileSync(new URL(file, dir), 'utf8').split('\n').filter((l) => !/BADCSV08|NOSUCH09/.test(l)).join('\n');

/** The two files' texts (UTF-8 with the fixtures' BOM). */
export const CSV_PAIR = { beneficiaries: clean('beneficiaries.csv'), claims: clean('claims.csv') } as const;

/** The two files as bytes, named as the workbench names them. */
export function csvPairBytes(): { beneficiaries: { name: string; bytes: Uint8Array }; claims: { name: string; bytes: Uint8Array } } {
  const enc = new TextEncoder();
  return {
    beneficiaries: { name: 'beneficiaries.csv', bytes: enc.encode(CSV_PAIR.beneficiaries) },
    claims: { name: 'claims.csv', bytes: enc.encode(CSV_PAIR.claims) },
  };
}
