import { INDENT_STEP, LEADING, PAGE_MARGINS, PARAGRAPH_GAP, SIZE, TEXT_MARGIN } from '../docx/layout';

/**
 * The Word layout's measures (shared/export/docx/layout.ts, in twips and half-points) as CSS lengths, so
 * that the PDF and the .docx share one set of numbers (un-format.md §9).
 */
const pt = (points: number): string => `${Number(points.toFixed(2))}pt`;
const twips = (value: number): string => pt(value / 20);
const halfPoints = (value: number): string => pt(value / 2);

export const CSS = {
  textMargin: twips(TEXT_MARGIN),
  step: twips(INDENT_STEP),
  /** where the first line of a label at `level` starts (UN layout), or where its text starts (hanging) */
  steps: (n: number) => twips(n * INDENT_STEP),
  textMarginPlus: (n: number) => twips(TEXT_MARGIN + n * INDENT_STEP),
  gap: twips(PARAGRAPH_GAP),
  body: halfPoints(SIZE.body),
  leading: twips(LEADING.body),
  footnote: halfPoints(SIZE.footnote),
  footnoteLeading: twips(LEADING.footnote),
  /** the footnote text's hanging indent (the mark sits in it) */
  noteHang: twips(227),
  organ: halfPoints(SIZE.organ),
  symbol: halfPoints(SIZE.symbol),
  heading: halfPoints(SIZE.heading),
  chapter: halfPoints(SIZE.chapter),
  /** the Distr./date/Original block starts here, from the page margin (the docx MastheadBlock indent) */
  distributionLeft: twips(7371),
  /** the session block keeps clear of the right-hand side (the docx SessionBlock right indent) */
  sessionRight: twips(4536),
  page: { top: twips(PAGE_MARGINS.top), bottom: twips(PAGE_MARGINS.bottom), side: twips(PAGE_MARGINS.left) },
};

export { pt };
