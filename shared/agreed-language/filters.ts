import { yearOf } from './corpus-document';
import { foldText } from './fold';
import type { SearchIndexData } from './index-data';
import type { SearchFilters } from './passage';

/** A paragraph predicate for the search filters (body, year range, kind, opener); null when none is set. */
export function paragraphFilter(data: SearchIndexData, filters: SearchFilters | undefined): ((p: number) => boolean) | null {
  if (!filters) return null;
  const { body, yearFrom, yearTo, kind, opener } = filters;
  if (!body && yearFrom === undefined && yearTo === undefined && !kind && !opener) return null;
  const docOk = Uint8Array.from(data.docs, (d) => {
    if (body && d.body !== body) return 0;
    const year = yearOf(d.date);
    if (yearFrom !== undefined && (year === null || year < yearFrom)) return 0;
    if (yearTo !== undefined && (year === null || year > yearTo)) return 0;
    return 1;
  });
  const kindCode = kind === 'preambular' ? 0 : kind === 'operative' ? 1 : -1;
  const openerWords = opener ? foldText(opener).exact : [];
  // "Recalling" also admits "Recalling also" and "Recalling with concern": the opener's family
  const leadOk = Uint8Array.from(data.leads, (lead) => {
    if (openerWords.length === 0) return 1;
    const words = foldText(lead).exact;
    return openerWords.every((w, i) => words[i] === w) ? 1 : 0;
  });
  return (p) => docOk[data.paraDoc[p]!] === 1 && (kindCode < 0 || data.paraKind[p] === kindCode) && leadOk[data.paraLead[p]!] === 1;
}
