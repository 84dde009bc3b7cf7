import type { Citation, TextRun } from './citation';
import { isPlural, joinList } from './lists';
import { mergeRuns } from './markup';

/** The full printed form of a citation (un-format.md §5.3); `*…*` below marks the italic runs. */

const roman = (text: string): TextRun => ({ text });
const italic = (text: string): TextRun => ({ text, italic: true });
const see = (c: { see?: boolean | undefined }): TextRun[] => (c.see ? [roman('See ')] : []);

/** ", vol. 1577, No. 27531." — shared by the full form and Ibid. */
export const untsLocator = (vols: readonly string[], nos: readonly string[]): string =>
  `${isPlural(vols) ? 'vols.' : 'vol.'} ${joinList(vols)}, ${isPlural(nos) ? 'Nos.' : 'No.'} ${joinList(nos)}`;

/** "Official Records of the Economic and Social Council, 2017, Supplement No. 10" (the italic title). */
export const recordsTitle = (organ: string, year: string, supplement: string | null): string =>
  `Official Records of the ${organ}, ${year}${supplement ? `, Supplement No. ${supplement}` : ''}`;

/** " (E/2017/30), chap. I, sect. D." — the symbol stays roman (practice, AKN4UN). */
export const recordsTail = (symbol: string | null, locator: string | null): string =>
  `${symbol ? ` (${symbol})` : ''}${locator ? `, ${locator}` : ''}.`;

const annexHead = (c: Extract<Citation, { kind: 'annex' }>): string =>
  c.organ ? `${c.organ} resolution` : c.see ? 'resolution' : 'Resolution';

export function fullRuns(citation: Citation): TextRun[] {
  const c = citation;
  switch (c.kind) {
    case 'unts':
      return [...see(c), roman('United Nations, '), italic('Treaty Series'), roman(`, ${untsLocator(c.vols, c.nos)}.`)];
    case 'ets':
      return [...see(c), roman('Council of Europe, '), italic('European Treaty Series'), roman(`, No. ${c.no}.`)];
    case 'annex':
      return [...see(c), roman(`${annexHead(c)} ${c.resolution}${c.annex ? `, ${c.annex}` : ''}.`)];
    case 'symbol':
      return [...see(c), roman(`${c.symbol}${c.locator ? `, ${c.locator}` : ''}.`)];
    case 'or':
      return [...see(c), italic(recordsTitle(c.organ, c.year, c.supplement)), roman(recordsTail(c.symbol, c.locator))];
    case 'report':
      return [
        ...see(c),
        italic(c.title),
        roman(`${c.locator ? `, ${c.locator}` : ''}${c.symbol ? ` (${c.symbol})` : ''}.`),
      ];
    case 'text':
      return mergeRuns(c.runs);
  }
}
