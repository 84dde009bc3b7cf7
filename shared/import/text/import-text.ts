import { ImportRefusal } from '../errors';
import { LIMITS } from '../limits';
import type { ReportBuilder } from '../report';
import { bodyLike } from '../structure/body-like';
import { FORMULA, HEADER } from '../structure/header-patterns';
import type { SourceDocument } from '../structure/source';
import { splitBlocks } from './blocks';
import { classify, type Classified } from './classify';
import { parseInline } from './inline';
import { normalizeMarkup } from './markup';
import { mergePageSplits } from './merge';
import { tokenFree } from './tokens';

const words = (text: string) => tokenFree(text).replace(/\*/g, '').trim();

/** "**Commission on …****Eighteenth session**" → one block per bold run (masthead only, §7.1). */
function splitGlued(block: Classified): Classified[] {
  if (block.kind !== 'body' || !/\*{3,}/.test(block.text)) return [block];
  return block.text
    .split(/\*{3,}/)
    .map((piece) => piece.replace(/^\*+|\*+$/g, '').trim())
    .filter((piece) => piece !== '')
    .map((text) => ({ kind: 'body' as const, text, line: block.line }));
}

/** Where the body starts: the formula line, else just after a report's "Report of …", else the first body-like block. */
function bodyStart(blocks: readonly Classified[]): number {
  // a glued bold run is masthead by nature, however long it is
  const texts = blocks.map((b) => (b.kind === 'body' && !/\*{3,}/.test(b.text) ? words(b.text) : null));
  const formula = texts.findIndex((t) => t !== null && FORMULA.test(t));
  if (formula !== -1) return formula;
  for (let i = 0; i < texts.length; i += 1) {
    const t = texts[i];
    if (t == null) continue;
    if (HEADER.reportMarker.test(t)) return i + 1;
    if (bodyLike(t)) return i;
  }
  return blocks.length;
}

/** A text or markdown conversion → the importers' common source form (un-format.md §7.2 steps 1–3). */
export function textSource(text: string, report: ReportBuilder): SourceDocument {
  const blocks = splitBlocks(normalizeMarkup(text, report), report);
  if (blocks.length > LIMITS.blocks) throw new ImportRefusal(`too many paragraphs (${blocks.length}); the limit is ${LIMITS.blocks}`);
  const classified = blocks.map(classify);
  const mastheadEnd = bodyStart(classified);
  const pieces = classified.flatMap((block, i) => (i < mastheadEnd ? splitGlued(block) : [block]));
  if (pieces.length > classified.length) report.found('glued bold header runs split into fields');
  const from = bodyStart(pieces);
  const body = mergePageSplits(pieces, from);
  const furniture = pieces.filter((b) => b.kind === 'furniture').length;
  if (furniture > 0) report.found(`${furniture} page headers/footers dropped`);
  for (const block of body) {
    for (let k = 0; k < block.merged; k += 1) report.warn(`paragraph split by a page break was joined (line ${block.line})`);
  }
  return {
    paragraphs: body.map((block) => {
      const hashes = /^\uE004+/.exec(block.text)?.[0].length ?? 0;
      const runs = parseInline(block.text.slice(hashes));
      return hashes ? { runs, where: `line ${block.line}`, merged: block.merged, heading: hashes } : { runs, where: `line ${block.line}`, merged: block.merged };
    }),
    footnotes: pieces.flatMap((b) => (b.kind === 'footnote' ? [{ key: b.key, markdown: b.markdown, where: `line ${b.line}` }] : [])),
    symbolNotes: pieces.flatMap((b) => (b.kind === 'symbol' ? [{ stars: b.stars, text: b.text }] : [])),
  };
}
