import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './built.js';
import { columnTables } from './csvDoc.js';

describe('docs/csv-layout.md', () => {
  it('lists exactly the columns the input schema has (regenerate the section between the markers if not)', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'csv-layout.md'), 'utf8');
    const section = /<!-- columns:start -->\n([\s\S]*)<!-- columns:end -->/.exec(doc);
    expect(section).not.toBeNull();
    expect(section![1]).toBe(columnTables());
  });
});
