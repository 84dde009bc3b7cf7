import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { PAGE_MARGINS, PAGE_SIZES, SIZE } from './layout';

type Side = typeof AlignmentType.LEFT | typeof AlignmentType.RIGHT;

const symbolHeader = (symbol: string | null, side: Side) =>
  new Header({ children: [new Paragraph({ alignment: side, children: symbol ? [new TextRun({ text: symbol, bold: true, size: SIZE.footnote })] : [] })] });

const pageFooter = (side: Side) =>
  new Footer({
    children: [
      new Paragraph({
        alignment: side,
        children: [new TextRun({ size: SIZE.footnote, bold: true, children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });

/**
 * Page size and the running header and footer (un-format.md §9): nothing on page 1 beyond the masthead;
 * from page 2 the symbol in the header and "page/total" in the footer, right on odd pages, left on even.
 */
export function pageSetup(pageSize: keyof typeof PAGE_SIZES, symbol: string | null): Omit<ISectionOptions, 'children'> {
  return {
    properties: { page: { size: PAGE_SIZES[pageSize], margin: PAGE_MARGINS }, titlePage: true },
    headers: { first: new Header({ children: [] }), default: symbolHeader(symbol, AlignmentType.RIGHT), even: symbolHeader(symbol, AlignmentType.LEFT) },
    footers: { first: new Footer({ children: [] }), default: pageFooter(AlignmentType.RIGHT), even: pageFooter(AlignmentType.LEFT) },
  };
}
