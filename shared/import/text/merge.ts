import { CLOSING_START, FORMULA } from '../structure/header-patterns';
import { REPORT_HEADING } from '../structure/labels';
import type { Classified } from './classify';
import { REF_TOKEN, tokenFree } from './tokens';

export interface BodyBlock {
  text: string;
  line: number;
  /** how many page-split continuations were joined into it */
  merged: number;
}

const words = (text: string) => tokenFree(text).replace(/\*/g, '').trim();
const isFormulaLine = (text: string) => FORMULA.test(words(text));
/** A report heading ("II. Measures …", "A. …") or a one-word section title such as "Summary". */
const isHeading = (text: string) => {
  if (text.startsWith('\uE004')) return true;
  const t = words(text);
  if (/^(?:Summary|Contents|Introduction|Annex(?: [IVX]+)?|Conclusions(?: and recommendations)?|Recommendations)$/i.test(t)) return true;
  return REPORT_HEADING.test(t) && !/[.;:,]$/.test(t) && t.length < 200;
};
/** B may not continue A when it opens a paragraph of its own (un-format.md §7.3). */
const opensParagraph = (text: string) => {
  if (text.startsWith('\uE004')) return true;
  const t = words(text);
  return /^\d+\.\s/.test(t) || /^\(([a-z]{1,2}|[ivxlc]+)\)\s/.test(t) || isHeading(t) || CLOSING_START.test(t) || isFormulaLine(t);
};

/**
 * The page-split merge rule of un-format.md §7.3: B joins the body block A before it iff only footnotes,
 * symbol notes, furniture or rules lie between, B opens no paragraph of its own, A is no heading, and B
 * starts lower-case or A (trailing markers stripped) does not end in , ; : .
 * Blocks before `from` (the masthead) are never merged.
 */
export function mergePageSplits(blocks: readonly Classified[], from: number): BodyBlock[] {
  const out: BodyBlock[] = [];
  let lastBodyIndex = -1;
  let onlyNotesBetween = true;
  blocks.forEach((block, index) => {
    if (block.kind !== 'body') {
      if (block.kind === 'furniture' || block.kind === 'footnote' || block.kind === 'symbol') return;
      onlyNotesBetween = false;
      return;
    }
    const previous = out[out.length - 1];
    const canMerge =
      previous !== undefined &&
      index >= from &&
      lastBodyIndex >= from &&
      onlyNotesBetween &&
      !opensParagraph(block.text) &&
      !isHeading(previous.text) &&
      !isFormulaLine(previous.text) &&
      (/^\p{Ll}/u.test(words(block.text)) || !/[,;:.]$/.test(words(previous.text.replace(new RegExp(`(?:${REF_TOKEN.source})+$`), ''))));
    if (canMerge) {
      previous.text = `${previous.text} ${block.text}`;
      previous.merged += 1;
    } else {
      out.push({ text: block.text, line: block.line, merged: 0 });
    }
    lastBodyIndex = index;
    onlyNotesBetween = true;
  });
  return out;
}
