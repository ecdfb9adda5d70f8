/**
 * The column tables of docs/csv-layout.md, generated from the input schema, so that the document cannot drift
 * from what the reader accepts (test/batch/csv-doc.test.ts compares them).
 */
import { jsonSchemaOf, type JsonSchemaNode } from '../../src/tools/batch/jsonSchema.js';
import { Application } from '../../src/policy/input.js';

function columns(node: JsonSchemaNode, prefix: string, required: boolean, out: string[]): string[] {
  const isRecord = node.type === 'object' && typeof node.additionalProperties === 'object';
  const mark = (p: string) => (required ? `**${p}**` : p);
  if (node.type === 'object' && node.properties) {
    for (const [k, child] of Object.entries(node.properties)) {
      columns(child, prefix ? `${prefix}.${k}` : k, required && (node.required ?? []).includes(k), out);
    }
  } else if (isRecord) {
    out.push(`${mark(`${prefix}.YYYY`)}`);
  } else if (node.type === 'array' && node.items?.type === 'object') {
    columns(node.items, `${prefix}[n]`, required, out);
  } else {
    out.push(mark(prefix));
  }
  return out;
}

/** The markdown of the two column tables. */
export function columnTables(): string {
  const app = jsonSchemaOf(Application, 'input');
  const { beneficiary, claims, ...rest } = app.properties!;
  const appPart: JsonSchemaNode = { type: 'object', properties: rest, required: (app.required ?? []).filter((k) => k !== 'claims' && k !== 'beneficiary') };
  const benCols = [
    '**beneficiaryId**',
    ...columns(appPart, '', true, []),
    ...columns(beneficiary!, '', true, []).filter((c) => c !== '**id**'),
  ];
  const lines = ['| File | Columns (req. = required; in a list item `[n]`: required in each item) |', '| --- | --- |', `| beneficiaries.csv | ${benCols.map((c) => `\`${c.replace(/\*\*/g, '')}\`${c.startsWith('**') ? ' (req.)' : ''}`).join(', ')} |`];
  lines.push('', '| `clause` | Columns of claims.csv for this kind of claim, besides `beneficiaryId`, `awardYear`, `claimId`, `clause` |', '| --- | --- |');
  for (const branch of claims!.items!.oneOf!) {
    const clause = String(branch.properties!.clause!.const);
    const cols = columns(branch, '', true, []).filter((c) => c !== '**id**' && c !== '**clause**');
    lines.push(`| \`${clause}\` | ${cols.map((c) => `\`${c.replace(/\*\*/g, '')}\`${c.startsWith('**') ? ' (req.)' : ''}`).join(', ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
