/**
 * Measures of the UN layout in twips (1/20 pt), un-format.md §9. The text column is indented from the
 * page margins as in the UN templates' SingleTxt style; one indent step is where a first line starts.
 */
export const TEXT_MARGIN = 1267;
export const INDENT_STEP = 475;

/** Tab stops every indent step from the text margin: the number's tab, then (a), (i) … */
export const STEP_STOPS = [1, 2, 3, 4].map((n) => TEXT_MARGIN + n * INDENT_STEP);

export const PAGE_SIZES = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
} as const;

export const PAGE_MARGINS = { top: 1417, bottom: 1417, left: 1080, right: 1080, header: 567, footer: 567, gutter: 0 };

/** Width of the area between the page margins, where the masthead spans. */
export const textAreaWidth = (size: keyof typeof PAGE_SIZES): number =>
  PAGE_SIZES[size].width - PAGE_MARGINS.left - PAGE_MARGINS.right;

/** Half-points: body 10 pt on 12 pt leading, footnotes 9 pt. */
export const SIZE = { body: 20, footnote: 18, organ: 34, symbol: 40, unitedNations: 20, heading: 24, chapter: 28 };
export const LEADING = { body: 240, footnote: 220 };
/** about 6 pt between paragraphs */
export const PARAGRAPH_GAP = 120;
