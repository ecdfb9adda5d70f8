/**
 * Rewrites the output block of the README's worked example for drafters (`<!-- drafting-example: output -->`)
 * with what the command prints now. Run after a change that moves money: `npx tsx scripts/update-readme-example.ts`.
 * test/drafting/readme.test.ts checks that the README and the command agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { compareCommand } from '../src/tools/cli/compare.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const readmePath = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmePath, 'utf8');

function fenced(name: string): { start: number; end: number; body: string } {
  const marker = `<!-- drafting-example: ${name} -->\n`;
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README has no ${name} marker`);
  const rest = readme.slice(at + marker.length);
  const fence = /^(`{3,})[a-z]*\n/.exec(rest);
  if (!fence) throw new Error(`no fenced block after the ${name} marker`);
  const start = at + marker.length + fence[0].length;
  const end = readme.indexOf(`\n${fence[1]}\n`, start) + 1;
  return { start, end, body: readme.slice(start, end) };
}

const command = fenced('command').body.trim().split(/\s+/).slice(3);
const chunks: Buffer[] = [];
const sink = (into: Buffer[]) => new Writable({ write(c: Buffer | string, _e, done) { into.push(Buffer.from(c)); done(); } });
const status = compareCommand(command, root, { stdout: sink(chunks), stderr: sink([]) }, root);
if (status !== 0) throw new Error(`the command exited with ${status}`);
const output = fenced('output');
writeFileSync(readmePath, readme.slice(0, output.start) + Buffer.concat(chunks).toString('utf8') + readme.slice(output.end));
