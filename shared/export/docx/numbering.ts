import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type INumberingOptions } from 'docx';
import { INDENT_STEP, TEXT_MARGIN } from './layout';

/** Word list references: operative paragraphs with (a)/(i) levels, and report paragraphs. */
export const LIST = { operative: 'un-operative', report: 'un-report' } as const;

export type NumberLayout = 'un' | 'hanging';

const FORMATS = [
  { format: LevelFormat.DECIMAL, text: '%1.' },
  { format: LevelFormat.LOWER_LETTER, text: '(%2)' },
  { format: LevelFormat.LOWER_ROMAN, text: '(%3)' },
] as const;

/**
 * Where a level's label and text sit (un-format.md §9). UN layout: the label starts in the first-line
 * indent, one step deeper per level, and turnover lines return to the text margin. Hanging: the label is
 * outdented and turnover lines align with the text.
 */
function indentFor(level: number, layout: NumberLayout) {
  if (layout === 'hanging') {
    const text = TEXT_MARGIN + (level + 1) * INDENT_STEP;
    return { indent: { left: text, hanging: INDENT_STEP }, leftTabStop: text };
  }
  const label = (level + 1) * INDENT_STEP;
  return { indent: { left: TEXT_MARGIN, firstLine: label }, leftTabStop: TEXT_MARGIN + label + INDENT_STEP };
}

const level = (n: number, layout: NumberLayout): ILevelsOptions => ({
  level: n,
  format: FORMATS[n]!.format,
  text: FORMATS[n]!.text,
  alignment: AlignmentType.LEFT,
  suffix: LevelSuffix.TAB,
  style: { paragraph: indentFor(n, layout) },
});

export const unNumbering = (layout: NumberLayout): INumberingOptions => ({
  config: [
    { reference: LIST.operative, levels: [0, 1, 2].map((n) => level(n, layout)) },
    { reference: LIST.report, levels: [level(0, layout)] },
  ],
});
