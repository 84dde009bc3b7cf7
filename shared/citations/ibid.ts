import type { Citation, TextRun } from './citation';
import { fullRuns, recordsTail, untsLocator } from './full-form';
import { mergeRuns } from './markup';
import { identical, sameWork } from './same-work';

export type IbidStyle = 'italic' | 'roman';

/** How a footnote prints given the one numbered just before it (un-format.md §5.4); never looks further back. */
export type IbidForm = 'full' | 'ibid' | 'ibid-locator';

export function ibidForm(citation: Citation, previous: Citation | null): IbidForm {
  if (!previous || citation.kind === 'text' || previous.kind === 'text') return 'full';
  // In a treaty series the volume and number name the instrument itself, so the UN repeats them even after an
  // identical note (un-format.md §5.6: 001 fn 6 "Ibid., vol. 2171, No. 27531." after fn 5 with the same citation).
  if (identical(citation, previous)) return citation.kind === 'unts' || citation.kind === 'ets' ? 'ibid-locator' : 'ibid';
  return sameWork(citation, previous) ? 'ibid-locator' : 'full';
}

/** What follows "Ibid." when only the locator differs: ", vol. 2171, No. 27531." */
function locatorTail(c: Citation, p: Citation): TextRun[] {
  switch (c.kind) {
    case 'unts':
      return [{ text: `, ${untsLocator(c.vols, c.nos)}.` }];
    case 'ets':
      return [{ text: `, No. ${c.no}.` }];
    case 'or': {
      const sameVolume = p.kind === 'or' && p.year === c.year && p.supplement === c.supplement && p.symbol === c.symbol;
      if (sameVolume && c.locator) return [{ text: `, ${c.locator}.` }];
      return [
        { text: `, ${c.year}` },
        ...(c.supplement ? [{ text: ', ' }, { text: `Supplement No. ${c.supplement}`, italic: true as const }] : []),
        { text: recordsTail(c.symbol, c.locator) },
      ];
    }
    default:
      return [{ text: '.' }];
  }
}

/** The printed runs of a citation after the one numbered before it: full form, "Ibid." or "Ibid., <locator>". */
export function citationRuns(citation: Citation, previous: Citation | null, style: IbidStyle): TextRun[] {
  const form = ibidForm(citation, previous);
  if (form === 'full' || !previous) return fullRuns(citation);
  const see = 'see' in citation && citation.see;
  const word: TextRun = { text: see ? 'ibid.' : 'Ibid.', ...(style === 'italic' ? { italic: true as const } : {}) };
  const head: TextRun[] = see ? [{ text: 'See ' }, word] : [word];
  return mergeRuns(form === 'ibid' ? head : [...head, ...locatorTail(citation, previous)]);
}


/** The numbered series, in display order, with each footnote decided against the one before it. */
export function renderSeries(citations: readonly Citation[], style: IbidStyle): TextRun[][] {
  return citations.map((citation, k) => citationRuns(citation, k > 0 ? citations[k - 1]! : null, style));
}
