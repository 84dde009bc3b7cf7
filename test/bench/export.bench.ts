/**
 * Export figures for a 300-paragraph resolution with 60 footnotes: the Word document (built and packed),
 * Markdown, Akoma Ntoso, the PDF (print document, and printed by Chromium with its start and stop), and a
 * redline against a revision with every tenth paragraph reworded.
 * Run: npm run bench:export
 */
import { Packer } from 'docx';
import type { Descendant } from 'slate';
import { toAkn } from '../../shared/export/akn';
import { buildDocument } from '../../shared/export/docx/build-document';
import { chromiumPrinter } from '../../electron/web/print-pdf-chromium';
import { exportDocumentOf } from '../../shared/export/export-document';
import { toPrintHtml } from '../../shared/export/html';
import { toMarkdown } from '../../shared/export/markdown';
import { redlineDocument } from '../../shared/export/redline';
import {
  clause, makeAdoptingBody, makeFootnote, makeFootnoteList, makeFootnoteRef, makeHeader, makeOperative, makePreambular, makeTitle,
} from '../../shared/model/factories';
import { makeFile } from '../../shared/model/read-file';
import type { Footnote } from '../../shared/model/types';

const PARAGRAPHS = 300;
const FOOTNOTES = 60;
const rest = ' the efforts of Member States, the United Nations Office on Drugs and Crime and relevant international organizations to prevent and combat child sexual exploitation and abuse, including online, and to protect and assist victims';

function generated(): Descendant[] {
  const body: Descendant[] = [
    makeHeader({ kind: 'draft-resolution', fields: { organ: 'General Assembly', symbol: 'A/C.3/79/L.99', distribution: 'Limited', date: '2024-10-30' }, sponsors: [{ name: 'Mexico', role: 'main' }] }),
    makeTitle('A generated resolution'),
    makeAdoptingBody('The General Assembly,'),
  ];
  const notes: Footnote[] = [];
  for (let i = 0; i < PARAGRAPHS; i += 1) {
    const note: string | null = i % (PARAGRAPHS / FOOTNOTES) === 0 ? `fn${notes.length + 1}` : null;
    const children = [...clause(i < 120 ? 'Recalling' : 'Urges', `${rest} (${i + 1})${i < 120 ? ',' : ';'}`), ...(note ? [makeFootnoteRef(note), { text: '' }] : [])];
    body.push(i < 120 ? makePreambular(children, `p${i}`) : makeOperative(children, i % 7 === 3 ? 1 : 0, `p${i}`));
    if (note) notes.push(makeFootnote({ kind: 'unts', vols: [String(1000 + notes.length)], nos: [String(27000 + notes.length)] }, note));
  }
  return [...body, makeFootnoteList(notes)];
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;
async function measure(name: string, run: () => unknown, rounds = 10) {
  await run();
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  console.log(`${name}: p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms (${rounds} runs)`);
}

const file = makeFile(generated());
const doc = exportDocumentOf(file);
const base = JSON.parse(JSON.stringify(file.body)) as Descendant[];
for (const [i, node] of base.entries()) if (i % 10 === 5 && 'children' in node && node.children[1] && 'text' in node.children[1]) node.children[1].text += ' as soon as possible';

console.log(`document: ${PARAGRAPHS} paragraphs, ${FOOTNOTES} footnotes`);
await measure('docx build + pack', async () => Packer.toBuffer(buildDocument(doc)));
await measure('docx build only', () => buildDocument(doc));
await measure('markdown', () => toMarkdown(doc));
await measure('akoma ntoso', () => toAkn(doc));
await measure('pdf print document (html)', () => toPrintHtml(doc));
await measure('pdf printed by Chromium (launch + print + close)', () => chromiumPrinter()(toPrintHtml(doc), { pageSize: 'A4' }), 3);
await measure('redline (30 reworded paragraphs) build + pack', async () =>
  Packer.toBuffer(buildDocument(redlineDocument(base, file.body, file.settings, { author: 'Mexico', date: '2024-01-01T00:00:00Z' }))),
);
const bytes = await Packer.toBuffer(buildDocument(doc));
console.log(`docx size: ${(bytes.length / 1024).toFixed(0)} KB`);
const pdf = await chromiumPrinter()(toPrintHtml(doc), { pageSize: 'A4' });
console.log(`pdf size: ${(pdf.length / 1024).toFixed(0)} KB`);
