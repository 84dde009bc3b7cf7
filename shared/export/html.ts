import type { Descendant } from 'slate';
import { footnoteNumbers } from '../footnotes/numbers';
import { renderedFootnotes } from '../footnotes/rendered';
import { ResolutionElement } from '../model/guards';
import { operativeNumbers, reportNumbers } from '../model/numbering';
import { paragraphText } from '../model/text';
import type { Header } from '../model/types';
import type { ExportDocument } from './export-document';
import { headerNote, symbolMark } from './front-matter';
import { bodyHtml, type BodyHtmlContext } from './html/body';
import { escapeHtml } from './html/escape';
import { inlineHtml, supMark } from './html/inline';
import { mastheadHtml } from './html/masthead';
import { notesHtml } from './html/notes';
import { printStylesheet } from './html/style';

/** Nothing may load or run: no scripts, no fetches; inline styles are the only thing the page has. */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * The resolution as one self-contained HTML document in UN layout (un-format.md §9), for Chromium to print
 * to PDF (Electron's printToPDF in the app, page.pdf() in browser mode, the CLI and the tests). Pure: the
 * same derived numbers, footnote texts and header lines as the .docx; tracked changes appear accepted.
 * Every text is escaped; the document has no script and refers to nothing outside itself.
 */
export function toPrintHtml(doc: ExportDocument): string {
  const { value, settings } = doc;
  const header = value.find(ResolutionElement.isHeader) as Header | undefined;
  const ctx: BodyHtmlContext = {
    labels: operativeNumbers(value),
    reports: reportNumbers(value),
    numbers: footnoteNumbers(value),
    compilation: doc.compilation,
  };
  const parts: string[] = [];
  const topLevel: Descendant[] = [];
  const flushBody = () => parts.push(...bodyHtml(topLevel.splice(0), ctx));
  let title = '';
  for (const node of value) {
    if (!('type' in node)) continue;
    if (node.type === 'header') parts.push(mastheadHtml(node));
    else if (node.type === 'recommendation') parts.push(`<p class="body recommendation">${inlineHtml(node.children, ctx.numbers)}</p>`);
    else if (node.type === 'title') {
      const number = header?.fields.resolutionNumber ? `${escapeHtml(header.fields.resolutionNumber.replace(/\.$/, ''))}. ` : '';
      const note = header ? headerNote(header, 'title') : undefined;
      title = paragraphText(node.children);
      parts.push(`<h1 class="title">${number}${inlineHtml(node.children, ctx.numbers)}${note === undefined ? '' : supMark(symbolMark(note), 'symbol')}</h1>`);
    } else if (node.type === 'closing') {
      flushBody();
      parts.push(`<p class="closing">${escapeHtml(node.meeting)}<br>${escapeHtml(node.date)}</p>`);
    } else if (node.type === 'annex') {
      flushBody();
      const first = node.children[0];
      const titled = first?.type === 'heading' && /^annex/i.test(`${first.label} ${paragraphText(first.children)}`.trim());
      parts.push('<section class="annex">', ...(titled ? [] : ['<h2 class="chapter">Annex</h2>']), ...bodyHtml(node.children, ctx), '</section>');
    } else if (node.type !== 'footnote-list') topLevel.push(node);
  }
  flushBody();
  const footnotes = renderedFootnotes(value, settings).map((fn) => ({ number: fn.number, runs: doc.noteRuns?.get(fn.id) ?? fn.runs }));
  parts.push(notesHtml(header?.symbolNotes ?? [], footnotes));
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    `<title>${escapeHtml(title.trim() || 'Resolution')}</title>`,
    `<style>\n${printStylesheet(settings, header?.fields.symbol ?? null)}\n</style>`,
    '</head>',
    '<body>',
    ...parts.filter((p) => p !== ''),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
