import type { DocumentSettings } from '../../model/settings';
import { cssString } from './escape';
import { CSS } from './measures';

/** The UN body font; Liberation Serif has Times New Roman's metrics where Microsoft's font is not installed. */
export const FONT = '"Times New Roman", "Liberation Serif", serif';

const runningBoxes = (side: 'left' | 'right', symbol: string | null) => {
  const box = `font: bold ${CSS.footnote}/1 ${FONT};`;
  const header = symbol ? `@top-${side} { content: ${cssString(symbol)}; ${box} }` : '';
  return `@page :${side} { ${header} @bottom-${side} { content: counter(page) "/" counter(pages); ${box} } }`;
};

/**
 * The page (un-format.md §9): size and margins as in the .docx; from page 2 the symbol in the running
 * header and "page/total" in the footer, right on odd pages and left on even ones. These are CSS page-margin
 * boxes, which Chromium prints itself (no displayHeaderFooter templates, which cannot skip page 1 or
 * alternate sides).
 */
function pageRules(settings: Pick<DocumentSettings, 'pageSize'>, symbol: string | null): string {
  const none = ['top-left', 'top-right', 'bottom-left', 'bottom-right'].map((box) => `@${box} { content: none }`).join(' ');
  return [
    `@page { size: ${settings.pageSize}; margin: ${CSS.page.top} ${CSS.page.side} ${CSS.page.bottom}; }`,
    runningBoxes('right', symbol),
    runningBoxes('left', symbol),
    `@page :first { ${none} }`,
  ].join('\n');
}

/** Operative labels: UN layout puts the label in the first-line indent; hanging outdents it. */
function numberRules(layout: DocumentSettings['numberLayout']): string {
  return [0, 1, 2]
    .map((level) =>
      layout === 'hanging'
        ? `.numbered.level-${level} { margin-left: ${CSS.textMarginPlus(level + 1)}; text-indent: -${CSS.step}; }`
        : `.numbered.level-${level} { text-indent: ${CSS.steps(level + 1)}; }`,
    )
    .join('\n');
}

const BASE = `
html { font: ${CSS.body}/${CSS.leading} ${FONT}; color: #000; background: #fff; }
body { margin: 0; }
p, h1, h2, h3 { margin: 0; font-size: inherit; font-weight: inherit; orphans: 2; widows: 2; }
sup { font-size: 70%; line-height: 0; vertical-align: super; }
.masthead { border-bottom: 1.5pt solid #000; padding-bottom: 3pt; }
.un-line { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 0.75pt solid #000; padding-bottom: 2pt; }
.un-line .symbol { font-weight: bold; font-size: ${CSS.symbol}; }
.organ-row { display: grid; grid-template-columns: ${CSS.distributionLeft} 1fr; align-items: start; padding-top: 6pt; }
.organ { font-weight: bold; font-size: ${CSS.organ}; line-height: 1.15; }
.distribution p.language { margin-top: ${CSS.gap}; }
.session { margin: 18pt ${CSS.sessionRight} 0 0; }
.session .bold, .bold { font-weight: bold; }
.body { margin: 0 ${CSS.textMargin} ${CSS.gap}; text-align: justify; }
.indented { text-indent: ${CSS.step}; }
.label { display: inline-block; min-width: ${CSS.step}; text-indent: 0; font-style: normal; }
.title, .adoption { margin: 12pt ${CSS.textMargin} ${CSS.gap}; font-weight: bold; font-size: ${CSS.heading}; line-height: 1.2; break-after: avoid; }
.chapter { margin: 12pt ${CSS.textMargin} ${CSS.gap}; font-weight: bold; font-size: ${CSS.chapter}; line-height: 1.2; break-after: avoid; }
.sponsors { margin: 12pt ${CSS.textMargin} ${CSS.gap}; font-weight: bold; break-after: avoid; }
.formula { break-after: avoid; }
.closing { margin: 18pt ${CSS.textMargin} 0; text-align: right; font-style: italic; break-inside: avoid; }
.annex { break-before: page; }
.notes { margin-top: 18pt; }
.notes hr { width: 108pt; margin: 0 0 4pt ${CSS.textMargin}; border: 0; border-top: 0.75pt solid #000; }
.note { margin: 0 ${CSS.textMargin} 2pt calc(${CSS.textMargin} + ${CSS.noteHang}); text-indent: -${CSS.noteHang}; font-size: ${CSS.footnote}; line-height: ${CSS.footnoteLeading}; break-inside: avoid; }
.note .mark { display: inline-block; min-width: ${CSS.noteHang}; text-indent: 0; }
`;

/** The whole print stylesheet of a document. */
export function printStylesheet(settings: Pick<DocumentSettings, 'pageSize' | 'numberLayout'>, symbol: string | null): string {
  return [pageRules(settings, symbol), BASE.trim(), numberRules(settings.numberLayout)].join('\n');
}
