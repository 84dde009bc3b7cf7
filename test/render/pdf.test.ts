import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Descendant } from 'slate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../electron/main/handlers/export';
import { chromiumPrinter } from '../../electron/web/print-pdf-chromium';
import { renderedFootnotes } from '../../shared/footnotes/rendered';
import { ResolutionElement } from '../../shared/model/guards';
import { operativeNumbers } from '../../shared/model/numbering';
import { paragraphText } from '../../shared/model/text';
import type { PenholderFile } from '../../shared/model/file-schema';
import { importSeed, type SeedKey } from '../support/export-fixtures';
import { pdfPages, readingOrder, type PdfPage } from '../support/pdf-words';
import { tempFolders, testDeps } from '../main/deps';

/**
 * PDF export end to end: seeds through the real importer, File → Export's handler with the Chromium
 * printer of browser mode and the CLI, real files in a temp folder; poppler reads the PDF back.
 */
const OUTPUT = fileURLToPath(new URL('../output/render', import.meta.url));
/** the running header and footer sit in the page margins, within this many points of the edge */
const EDGE = 50;

/** Letters and figures only (ligatures unfolded): punctuation and superscript marks split words in a PDF. */
const words = (text: string) => text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** What the PDF must show, in order, from the value itself: every paragraph with its label, then every note. */
function printedWords(file: PenholderFile): string[] {
  const labels = operativeNumbers(file.body);
  const out: string[] = [];
  const visit = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if (ResolutionElement.isEmbedded(node)) visit(node.children);
      else if (ResolutionElement.isParagraph(node) && !node.del) out.push(...words(`${labels.get(node.id) ?? ''} ${paragraphText(node.children)}`));
      else if ('type' in node && (node.type === 'title' || node.type === 'adopting-body' || node.type === 'recommendation')) out.push(...words(paragraphText(node.children)));
      else if ('type' in node && node.type === 'closing') out.push(...words(`${node.meeting} ${node.date}`));
    }
  };
  visit(file.body);
  const header = file.body.find(ResolutionElement.isHeader);
  for (const note of header?.symbolNotes ?? []) out.push(...words(note.text));
  for (const fn of renderedFootnotes(file.body, file.settings)) out.push(...words(`${fn.number} ${fn.text}`));
  return out;
}

/** The words between the running header and footer, page after page. */
const bodyWords = (pages: PdfPage[]) =>
  pages.flatMap((page) => readingOrder(page.words.filter((w) => w.y > EDGE && w.y < page.height - EDGE)).flatMap((w) => words(w.text)));

/**
 * Null when `expected` appears in `pdf` in order, from some start on, with nothing between its words but
 * figures (the footnote markers and a resolution number); otherwise where it stops matching.
 */
function missingFrom(pdf: string[], expected: string[]): string | null {
  let best = { reached: -1, report: 'the first word is not in the PDF' };
  for (let start = pdf.indexOf(expected[0]!); start !== -1; start = pdf.indexOf(expected[0]!, start + 1)) {
    let at = start;
    let i = 0;
    for (; i < expected.length; i += 1, at += 1) {
      while (at < pdf.length && pdf[at] !== expected[i] && /^\d{1,3}$/.test(pdf[at]!)) at += 1;
      if (pdf[at] !== expected[i]) break;
    }
    if (i === expected.length) return null;
    if (i > best.reached) best = { reached: i, report: `word ${i} "${expected[i]}" (after: ${expected.slice(Math.max(0, i - 6), i).join(' ')}); the PDF has: ${pdf.slice(Math.max(0, at - 6), at + 4).join(' ')}` };
  }
  return best.report;
}

const cases: { name: string; seed: SeedKey; pageSize: 'A4' | 'Letter' }[] = [
  { name: 'seed-000', seed: '000', pageSize: 'A4' },
  { name: 'seed-003', seed: '003', pageSize: 'Letter' },
];
const printed = new Map<string, { file: PenholderFile; pages: PdfPage[] }>();

beforeAll(async () => {
  const folders = await tempFolders('penholder-pdf-');
  const deps = testDeps(folders, { printPdf: chromiumPrinter() });
  mkdirSync(OUTPUT, { recursive: true });
  for (const { name, seed, pageSize } of cases) {
    const imported = await importSeed(seed);
    const file = { ...imported, settings: { ...imported.settings, pageSize } };
    const path = join(folders.documentsDir, `${name}.pdf`);
    const result = await exportDocument(deps, { file, to: 'pdf', path });
    if (!result.ok) throw new Error(`${name}: ${result.error}`);
    printed.set(name, { file, pages: pdfPages(path) });
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', path, join(OUTPUT, `pdf-${name}-page-1`)]);
  }
}, 180_000);

describe.each(cases)('PDF export of $name (Chromium)', ({ name, pageSize }) => {
  it('shows every paragraph with its number, then every footnote text, in order', () => {
    const { file, pages } = printed.get(name)!;
    expect(missingFrom(bodyWords(pages), printedWords(file))).toBeNull();
  });

  it(`is ${pageSize}, with "page/total" from page 2 on, right on odd pages and left on even ones`, () => {
    const { pages } = printed.get(name)!;
    const width = pageSize === 'A4' ? 595 : 612;
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(Math.round(page.width), `page ${i + 1}`).toBe(width);
      const footer = page.words.filter((w) => w.y > page.height - EDGE);
      if (i === 0) return expect(footer).toEqual([]);
      expect(footer.map((w) => w.text)).toEqual([`${i + 1}/${pages.length}`]);
      expect(footer[0]!.x < page.width / 2, `page ${i + 1} footer side`).toBe(i % 2 === 1);
    });
  });

  it('renders page 1 as a PNG for the CI artefacts', () => {
    expect(existsSync(join(OUTPUT, `pdf-${name}-page-1.png`))).toBe(true);
  });
});
