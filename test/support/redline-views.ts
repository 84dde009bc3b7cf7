import type { Descendant } from 'slate';
import { buildDocument } from '../../shared/export/docx/build-document';
import { exportDocumentOf } from '../../shared/export/export-document';
import { redlineDocument } from '../../shared/export/redline';
import type { PenholderFile } from '../../shared/model/file-schema';
import { packParts, referencedFootnotes, wordParagraphs, type View } from './docx-parts';

/** From the title on: the masthead is the current document's and is not part of a redline. */
export const fromTitle = (parts: Record<string, string>, view: View): string[] => {
  const paragraphs = wordParagraphs(parts['word/document.xml']!, view);
  const title = paragraphs.findIndex((p) => p.style === 'H1' && !p.text.startsWith('Resolution adopted'));
  return paragraphs.slice(Math.max(title, 0)).map((p) => p.text);
};

/** What a document looks like in Word: its text from the title on and its footnotes in order. */
export async function plainView(file: Pick<PenholderFile, 'body' | 'settings'>) {
  const parts = await packParts(buildDocument(exportDocumentOf(file)));
  return { paragraphs: fromTitle(parts, 'accept'), footnotes: referencedFootnotes(parts, 'accept') };
}

/** The redline of `current` against `base`, as accepting and as rejecting all changes shows it. */
export async function redlineViews(base: readonly Descendant[], current: PenholderFile, author = 'Mexico', date = '2024-05-01T12:00:00Z') {
  const parts = await packParts(buildDocument(redlineDocument(base, current.body, current.settings, { author, date })));
  const view = (v: View) => ({ paragraphs: fromTitle(parts, v), footnotes: referencedFootnotes(parts, v) });
  return { parts, accept: view('accept'), reject: view('reject') };
}
