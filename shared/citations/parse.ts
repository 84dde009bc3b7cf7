import type { Citation, TextRun } from './citation';
import { markupRuns, runsText } from './markup';
import { parseFullForm } from './parse-full';
import { resolveIbid } from './parse-ibid';
import { parseReport } from './parse-report';

/** What an imported footnote said and how it said it (the importer infers `ibidStyle` from `ibidItalic`). */
export interface CitationReading {
  citation: Citation;
  /** the source printed a full form, an Ibid. form, or text Penholder keeps as written */
  form: 'full' | 'ibid' | 'text';
  /** for an Ibid. form: whether "Ibid." was italic in the source */
  ibidItalic?: boolean;
}

const IBID = /^(See )?[Ii]bid\.?/;

const freeText = (runs: TextRun[]): CitationReading => ({ citation: { kind: 'text', runs }, form: 'text' });

/**
 * Reads imported footnote text (markdown `*…*` or `<i>` italics) back into a structured citation.
 * `previous` is the citation of the footnote numbered just before, for "Ibid." forms, which come back
 * resolved ("*Ibid.*, vol. 2171, No. 27531." after a Treaty Series note → the Treaty Series, vol. 2171):
 * Ibid. is derived, so a stored citation never says "Ibid.". Anything unrecognized stays free text, italics kept.
 */
export function readCitation(text: string, previous: Citation | null): CitationReading {
  const runs = markupRuns(text);
  const plain = runsText(runs);
  if (!plain) return freeText([]);
  const ibid = IBID.exec(plain);
  if (ibid) {
    const resolved = resolveIbid(plain.slice(ibid[0].length), previous, Boolean(ibid[1]));
    if (!resolved) return freeText(runs);
    const word = runs.find((r) => /ibid/i.test(r.text));
    return { citation: resolved, form: 'ibid', ibidItalic: Boolean(word?.italic) };
  }
  const full = parseFullForm(plain) ?? parseReport(runs, plain);
  return full ? { citation: full, form: 'full' } : freeText(runs);
}

/** The structured citation of imported footnote text; see readCitation. */
export function parseCitation(text: string, previous: Citation | null): Citation {
  return readCitation(text, previous).citation;
}
