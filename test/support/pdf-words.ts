import { execFileSync } from 'node:child_process';

/** A word of a PDF page as `pdftotext -bbox` reports it (points, origin top left). */
export interface PdfWord {
  page: number;
  text: string;
  x: number;
  y: number;
  height: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

/** Every page's words, in reading order, with their boxes. */
export function pdfPages(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const page of html.split(/<page /).slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      page: pages.length + 1,
      text: m[4]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"),
      x: Number(m[1]),
      y: Number(m[2]),
      height: Number(m[3]) - Number(m[2]),
    }));
    pages.push({ width: Number(size[1]), height: Number(size[2]), words });
  }
  return pages;
}

/**
 * Splits a page of an exported document by type size: body text (10 pt and up), footnote text (9 pt),
 * superscript marks in the body and in the notes, leaving out the running header and footer (`edge`
 * points from the top and the bottom of the page).
 */
export function pageRegions(page: PdfPage, edge: number) {
  const inside = page.words.filter((w) => w.y > edge && w.y < page.height - edge);
  const notesTop = Math.min(...inside.filter((w) => w.height > 11 && w.height < 12.5).map((w) => w.y), Infinity);
  return {
    body: readingOrder(inside.filter((w) => w.height >= 12.5)),
    notes: readingOrder(inside.filter((w) => w.height > 11 && w.height < 12.5)),
    bodyMarks: readingOrder(inside.filter((w) => w.height < 9 && w.y < notesTop - 4)),
    noteMarks: readingOrder(inside.filter((w) => w.height < 9 && w.y >= notesTop - 4)),
  };
}

/** Lines top to bottom (words whose middles are within 4 pt share a line), each left to right. */
export function readingOrder(words: PdfWord[]): PdfWord[] {
  const middle = (w: PdfWord) => w.y + w.height / 2;
  const sorted = [...words].sort((a, b) => middle(a) - middle(b));
  const lines: PdfWord[][] = [];
  for (const word of sorted) {
    const line = lines[lines.length - 1];
    if (line && middle(word) - middle(line[0]!) <= 4) line.push(word);
    else lines.push([word]);
  }
  return lines.flatMap((line) => line.sort((a, b) => a.x - b.x));
}

/** Runs LibreOffice headless once for several files, with a profile of its own. */
export function libreOfficeConvert(files: string[], to: string, outDir: string, profile: string): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files], {
    stdio: 'pipe',
    timeout: 180_000,
  });
}
