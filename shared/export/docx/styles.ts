import { AlignmentType, BorderStyle, LineRuleType, type IStylesOptions } from 'docx';
import { LEADING, PARAGRAPH_GAP, SIZE, TEXT_MARGIN } from './layout';

/**
 * The UN styles by their template names (SingleTxt, HCh, H1, H23, H4) so that a delegate who opens the file
 * in Word keeps working with named styles instead of direct formatting (un-format.md §9).
 */
export const STYLE = {
  body: 'SingleTxt',
  chapter: 'HCh',
  title: 'H1',
  sponsors: 'H23',
  subheading: 'H4',
  masthead: 'Masthead',
  organ: 'MastheadOrgan',
  distribution: 'MastheadBlock',
  session: 'SessionBlock',
  closing: 'Closing',
  footnote: 'FootnoteText',
  footnoteMark: 'FootnoteReference',
} as const;

const font = 'Times New Roman';
const body = { line: LEADING.body, lineRule: LineRuleType.EXACT };
const column = { left: TEXT_MARGIN, right: TEXT_MARGIN };
const heading = (id: string, name: string, size: number, extra: { italics?: boolean } = {}) => ({
  id,
  name,
  basedOn: 'Normal',
  next: STYLE.body,
  quickFormat: true,
  run: { bold: !extra.italics, italics: extra.italics, size },
  paragraph: {
    keepNext: true,
    keepLines: true,
    indent: column,
    spacing: { before: 240, after: 120, line: size > SIZE.body ? size * 12 : LEADING.body, lineRule: LineRuleType.EXACT },
  },
});

export const unStyles: IStylesOptions = {
  default: {
    document: {
      run: { font, size: SIZE.body, language: { value: 'en-GB' } },
      paragraph: { spacing: { after: 0, ...body } },
    },
  },
  paragraphStyles: [
    { id: 'Normal', name: 'Normal', quickFormat: true, run: { font, size: SIZE.body, language: { value: 'en-GB' } } },
    {
      id: STYLE.body,
      name: 'SingleTxt',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent: column, spacing: { after: PARAGRAPH_GAP, ...body } },
    },
    heading(STYLE.chapter, 'HCh', SIZE.chapter),
    heading(STYLE.title, 'H1', SIZE.heading),
    heading(STYLE.sponsors, 'H23', SIZE.body),
    heading(STYLE.subheading, 'H4', SIZE.body, { italics: true }),
    {
      id: STYLE.masthead,
      name: 'Masthead',
      basedOn: 'Normal',
      run: { size: SIZE.unitedNations },
      paragraph: { spacing: { after: 0, line: 480, lineRule: LineRuleType.AT_LEAST } },
    },
    {
      id: STYLE.organ,
      name: 'Masthead Organ',
      basedOn: 'Normal',
      run: { bold: true, size: SIZE.organ },
      paragraph: {
        spacing: { before: 120, after: 120, line: 400, lineRule: LineRuleType.AT_LEAST },
        border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 } },
      },
    },
    {
      id: STYLE.distribution,
      name: 'Masthead Block',
      basedOn: 'Normal',
      paragraph: { indent: { left: 7371 }, spacing: { after: 0, ...body } },
    },
    { id: STYLE.session, name: 'Session Block', basedOn: 'Normal', paragraph: { indent: { right: 4536 }, spacing: { after: 0, ...body } } },
    {
      id: STYLE.closing,
      name: 'Closing',
      basedOn: STYLE.body,
      run: { italics: true },
      paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0, ...body } },
    },
    {
      id: STYLE.footnote,
      name: 'footnote text',
      basedOn: 'Normal',
      run: { size: SIZE.footnote },
      paragraph: {
        alignment: AlignmentType.LEFT,
        indent: { left: TEXT_MARGIN + 227, right: TEXT_MARGIN, hanging: 227 },
        spacing: { after: 40, line: LEADING.footnote, lineRule: LineRuleType.EXACT },
      },
    },
  ],
  characterStyles: [
    { id: STYLE.footnoteMark, name: 'footnote reference', basedOn: 'DefaultParagraphFont', run: { superScript: true } },
  ],
};
