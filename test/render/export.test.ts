import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../shared/export/docx/build-document';
import { PAGE_MARGINS } from '../../shared/export/docx/layout';
import { exportDocumentOf } from '../../shared/export/export-document';
import { redlineDocument } from '../../shared/export/redline';
import { wordFootnotes, wordParagraphs, unzipParts } from '../support/docx-parts';
import { EXPORT_SEEDS, handCase, handCases, importSeed, type SeedKey } from '../support/export-fixtures';
import { libreOfficeConvert, pageRegions, pdfPages } from '../support/pdf-words';

/**
 * The real client: LibreOffice opens every export, lays it out and prints it to PDF; the PDF's words show
 * whether every paragraph and footnote is there, in order, and whether each footnote sits on the page of
 * its reference. One soffice run converts all files (it is slow to start).
 */
const OUTPUT = fileURLToPath(new URL('../output/render', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'penholder-render-'));
const cases: Record<string, Document> = {};
/** the running header and footer sit within this many points of the page edge (header/footer distance + a line) */
const margin = (PAGE_MARGINS.header + 567) / 20;

/** Letters and figures only: a superscript mark between a word and its comma splits the word in the PDF. */
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
/** what is left of a Word list number ("12.", "(a)", "(ii)"; LibreOffice's "[2.]" for tracked ones) */
const LIST_LABEL = /^(\d{1,3}|[a-z]{1,4})$/;

/** Expected words in order; the PDF may add list labels (Word numbering) between them, nothing else. */
function missingFrom(pdf: string[], expected: string[]): string | null {
  let at = 0;
  for (const [i, word] of expected.entries()) {
    while (at < pdf.length && pdf[at] !== word && LIST_LABEL.test(pdf[at]!)) at += 1;
    if (pdf[at] !== word) return `word ${i} "${word}" (context: ${expected.slice(Math.max(0, i - 5), i + 3).join(' ')}) — PDF has: ${pdf.slice(Math.max(0, at - 5), at + 5).join(' ')}`;
    at += 1;
  }
  return null;
}

beforeAll(async () => {
  for (const name of handCases()) cases[name] = buildDocument(exportDocumentOf(handCase(name)));
  for (const key of Object.keys(EXPORT_SEEDS) as SeedKey[]) cases[`seed-${key}`] = buildDocument(exportDocumentOf(await importSeed(key)));
  const [draft, adopted] = await Promise.all([importSeed('001'), importSeed('003')]);
  cases['redline-001-003'] = buildDocument(redlineDocument(draft.body, adopted.body, adopted.settings, { author: 'Mexico', date: '2024-05-01T12:00:00Z' }));
  for (const [name, doc] of Object.entries(cases)) writeFileSync(join(work, `${name}.docx`), await Packer.toBuffer(doc));
  const files = Object.keys(cases).map((name) => join(work, `${name}.docx`));
  libreOfficeConvert(files, 'pdf', work, join(work, 'profile'));
  libreOfficeConvert([join(work, 'redline-001-003.docx')], 'odt', work, join(work, 'profile'));
  mkdirSync(OUTPUT, { recursive: true });
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', join(work, 'seed-001.pdf'), join(OUTPUT, 'seed-001-page-1')]);
}, 240_000);

describe('LibreOffice prints every export', () => {
  const names = () => Object.keys(cases).filter((n) => n !== 'redline-001-003');

  it('shows every paragraph, in order', async () => {
    for (const name of names()) {
      const parts = unzipParts(readFileSync(join(work, `${name}.docx`)));
      const expected = wordParagraphs(parts['word/document.xml']!, 'markup').flatMap((p) => words(p.text));
      const pdf = pdfPages(join(work, `${name}.pdf`)).flatMap((page) => pageRegions(page, margin).body.flatMap((w) => words(w.text)));
      expect(missingFrom(pdf, expected), name).toBeNull();
    }
  });

  it('shows every footnote text, in order, each on the page of its reference', async () => {
    for (const name of names()) {
      const parts = unzipParts(readFileSync(join(work, `${name}.docx`)));
      const paragraphs = wordParagraphs(parts['word/document.xml']!, 'accept');
      const notes = wordFootnotes(parts['word/footnotes.xml']!, 'accept');
      const order = [...new Set(paragraphs.flatMap((p) => [...p.symbolNotes, ...p.notes]))];
      const pages = pdfPages(join(work, `${name}.pdf`)).map((page) => pageRegions(page, margin));
      expect(missingFrom(pages.flatMap((p) => p.notes.flatMap((w) => words(w.text))), order.flatMap((id) => words(notes.get(id) ?? ''))), name).toBeNull();
      const seen = new Set<string>();
      pages.forEach((page, i) => {
        const cited = page.bodyMarks.map((w) => w.text).filter((mark) => !seen.has(mark) && (seen.add(mark), true));
        expect(page.noteMarks.map((w) => w.text), `${name} page ${i + 1}`).toEqual(cited);
      });
    }
  });

  it('renders page 1 of seed 001 as a PNG for the CI artefacts', () => {
    expect(existsSync(join(OUTPUT, 'seed-001-page-1.png'))).toBe(true);
  });

  it('opens the redline with its tracked changes and their author', () => {
    const content = strFromU8(unzipSync(readFileSync(join(work, 'redline-001-003.odt')))['content.xml']!);
    expect((content.match(/<text:changed-region /g) ?? []).length).toBeGreaterThan(50);
    expect(content).toMatch(/<text:insertion>/);
    expect(content).toMatch(/<text:deletion>/);
    expect(new Set([...content.matchAll(/<dc:creator>([^<]*)<\/dc:creator>/g)].map((m) => m[1]))).toEqual(new Set(['Mexico']));
  });
});
