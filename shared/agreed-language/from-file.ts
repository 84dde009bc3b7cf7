import { summarize } from '../summary/summary';
import type { PenholderFile } from '../model/file-schema';
import type { CorpusDocument, CorpusParagraph } from './corpus-document';

const kindOf = (ref: string): CorpusParagraph['kind'] =>
  ref.startsWith('PP') ? 'preambular' : /^OP\d+(\(|$)/.test(ref) ? 'operative' : 'other';

/**
 * A Penholder document (or an imported file) as a corpus document: its paragraphs under the CLI's refs
 * (PP3, OP5(a)), its symbol or `fallbackSymbol`, marked as a draft unless it is adopted text.
 */
export function documentFromFile(file: PenholderFile, fallbackSymbol: string, draft: boolean): CorpusDocument {
  const summary = summarize(file.body, file.settings);
  const paragraphs = summary.paragraphs
    .filter((p) => p.text.trim())
    .map((p): CorpusParagraph => ({ id: p.ref, kind: kindOf(p.ref), lead: p.opener, text: p.text }));
  return {
    symbol: summary.symbol || fallbackSymbol,
    body: summary.organ ?? '',
    date: summary.date ?? '',
    title: summary.title,
    draft,
    paragraphs,
  };
}
