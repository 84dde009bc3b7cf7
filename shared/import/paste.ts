import type { ImportReport } from './report-schema';
import { makeRecommendation, makeTitle, text } from '../model/factories';
import type { Footnote, InlineNode, TopBlock } from '../model/types';
import { ImportRefusal } from './errors';
import { htmlToMarkdown } from './html/html-to-markdown';
import { sessionIds } from './ids';
import { LIMITS } from './limits';
import { ReportBuilder } from './report';
import { buildDocument } from './structure/build';
import { textSource } from './text/import-text';

export interface PasteInput {
  /** text/html from the clipboard (Word, a browser) */
  html?: string;
  /** text/plain, used when there is no HTML */
  text?: string;
}

export type PasteResult =
  | {
      ok: true;
      /**
       * The pasted blocks in document order, structured like an import: recommendation?, title?,
       * adopting-body?, preambular and operative paragraphs (sub-paragraphs flat, level 1/2), plain
       * paragraphs, headings, embedded-resolution?, closing?. Ids are fresh (they never collide with the
       * open document's). Footnote markers inside them point at `footnotes`.
       */
      blocks: TopBlock[];
      /** the footnotes the blocks refer to, in order: append them to the document's footnote list */
      footnotes: Footnote[];
      /** set when the paste is one paragraph without footnotes: its text runs, to insert inline at the caret */
      inline: InlineNode[] | null;
      report: ImportReport;
    }
  | { ok: false; error: string };

/** Pasted HTML or plain text → structured blocks, through the same pipeline as an imported text file. Never throws. */
export function importPaste(input: PasteInput): PasteResult {
  try {
    const report = new ReportBuilder(input.html ? 'paste-html' : 'paste-text');
    const raw = input.html ? htmlToMarkdown(input.html) : (input.text ?? '');
    if (raw.length > LIMITS.textBytes) throw new ImportRefusal('the pasted text is too large');
    if (raw.trim() === '') return { ok: false, error: 'nothing to paste' };
    const source = textSource(raw, report);
    const built = buildDocument(source, { mode: 'paste', ids: sessionIds(), report });
    const blocks: TopBlock[] = [];
    if (built.recommendation) blocks.push(makeRecommendation(built.recommendation));
    if (built.title) blocks.push(makeTitle(built.title));
    blocks.push(...built.body);
    if (built.closing) blocks.push(built.closing);
    const only = blocks.length === 1 ? blocks[0]! : null;
    const inline =
      only && 'children' in only && built.footnotes.length === 0 && (only.type === 'preambular-paragraph' || only.type === 'operative-paragraph' || only.type === 'plain-paragraph')
        ? (only.children as InlineNode[]).map(withoutOpener)
        : null;
    return { ok: true, blocks, footnotes: built.footnotes, inline, report: report.build() };
  } catch (error) {
    return { ok: false, error: error instanceof ImportRefusal ? error.message : 'the pasted content could not be read' };
  }
}

/** Inserted inside a paragraph, the pasted words are not that paragraph's opener. */
const withoutOpener = (node: InlineNode): InlineNode => {
  if (!('text' in node) || !node.opener) return node;
  const { opener: _opener, text: value, ...marks } = node;
  return text(value, marks);
};
