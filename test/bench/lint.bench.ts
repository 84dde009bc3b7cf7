/**
 * Lint benchmark (npm run bench:lint): a full lint of a 300-paragraph resolution, then an incremental re-lint after
 * each of many single keystrokes (the editor's case: Slate keeps unchanged paragraphs referentially equal).
 * Prints p50/p95; the target for the incremental re-lint is < 5 ms p95.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Editor, Transforms, type Descendant } from 'slate';
import { readTreatyTable } from '../../shared/citations/treaty-table';
import { createLinter } from '../../shared/formatting/lint';
import { importDocument } from '../../shared/import/index';
import { ResolutionElement } from '../../shared/model/guards';
import { createHeadlessEditor } from '../../shared/model/headless';

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** Seed 003's inner resolution, its paragraphs repeated (fresh ids) up to 300 paragraphs, footnotes kept. */
function document300(): Descendant[] {
  const name = '003_3168e06af5b9614a.txt';
  const imported = importDocument({ name, bytes: new Uint8Array(readFileSync(seeds + name)) });
  if (!imported.ok) throw new Error(imported.error);
  const body = imported.file.body;
  const inner = body.find(ResolutionElement.isEmbedded)!.children;
  const pps = inner.filter(ResolutionElement.isPreambular);
  const ops = inner.filter(ResolutionElement.isOperative);
  const copy = <T,>(node: T, id: string): T => ({ ...structuredClone(node), id });
  const paragraphs: Descendant[] = [];
  for (let i = 0; i < 150; i += 1) paragraphs.push(copy(pps[i % pps.length]!, `pp-${i}`));
  for (let i = 0; i < 150; i += 1) paragraphs.push(copy(ops[i % ops.length]!, `op-${i}`));
  const head = body.filter((n) => !ResolutionElement.isEmbedded(n) && !ResolutionElement.isParagraph(n) && !ResolutionElement.isFootnoteList(n) && !('type' in n && n.type === 'closing'));
  const formula = inner.find(ResolutionElement.isAdoptingBody)!;
  return [...head.filter((n) => !ResolutionElement.isAdoptingBody(n)), formula, ...paragraphs, body.find(ResolutionElement.isFootnoteList)!];
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

const instruments = readTreatyTable(JSON.parse(readFileSync(new URL('../../assets/treaties.json', import.meta.url), 'utf8')) as unknown).entries;
const value = document300();
const paragraphs = value.filter(ResolutionElement.isParagraph).length;

const full: number[] = [];
for (let i = 0; i < 20; i += 1) {
  const fresh = structuredClone(value);
  const lint = createLinter();
  const t0 = performance.now();
  lint(fresh, { instruments });
  full.push(performance.now() - t0);
}

const editor = createHeadlessEditor(structuredClone(value));
Editor.normalize(editor, { force: true });
const lint = createLinter();
lint(editor.children, { instruments });
const incremental: number[] = [];
// CPU time as well: on a shared machine wall time includes waiting for a core
const cpu: number[] = [];
// the first keystrokes compile the rules' hot paths; like the editor bench, time the steady state after them
const WARM_UP = 100;
for (let i = 0; i < WARM_UP + 400; i += 1) {
  const index = 3 + ((i * 37) % paragraphs);
  const text = Editor.end(editor, [index]);
  const point = { path: text.path, offset: Math.floor(text.offset / 2) };
  Transforms.insertText(editor, i % 5 === 0 ? ' ' : 'a', { at: point });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  lint(editor.children, { instruments });
  const took = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (i < WARM_UP) continue;
  incremental.push(took);
  cpu.push((c.user + c.system) / 1000);
}

console.log(`lint benchmark: ${paragraphs} paragraphs`);
console.log(`full lint (cold caches, ${full.length} runs): p50 ${fmt(percentile(full, 50))}, p95 ${fmt(percentile(full, 95))}`);
console.log(`incremental re-lint after one keystroke (${incremental.length} runs after ${WARM_UP} warm-up keys): p50 ${fmt(percentile(incremental, 50))}, p95 ${fmt(percentile(incremental, 95))} (target < 5 ms p95)`);
console.log(`  the same in process CPU time (all threads, so V8 compiling Slate and the rules in the background counts too): p50 ${fmt(percentile(cpu, 50))}, p95 ${fmt(percentile(cpu, 95))}`);
