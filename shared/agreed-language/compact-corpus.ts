import type { CorpusDocument, CorpusParagraph } from './corpus-document';
import { KINDS } from './index-data';

/**
 * The shipped corpus (assets/corpus/corpus.json.gz): only what search and provenance need. Texts are stored
 * once (agreed language repeats year after year) and sorted, so versions of a paragraph sit side by side
 * and gzip's window catches what differs little.
 */
export interface CompactCorpus {
  format: 'penholder-corpus';
  version: 1;
  notice: string;
  sources: { repo: string; commit: string }[];
  bodies: string[];
  leads: string[];
  /** [symbol, body index, date, title, paragraphs: [id, kind index, lead index, text index][]] */
  documents: [string, number, string, string, [string, number, number, number][]][];
  texts: string[];
}

export function encodeCorpus(documents: readonly CorpusDocument[], notice: string, sources: CompactCorpus['sources']): CompactCorpus {
  const table = (values: Iterable<string>) => {
    const list = [...new Set(values)].sort();
    return { list, index: new Map(list.map((v, i) => [v, i])) };
  };
  const bodies = table(documents.map((d) => d.body));
  const paragraphs = documents.flatMap((d) => d.paragraphs);
  const leads = table(paragraphs.map((p) => p.lead));
  const texts = table(paragraphs.map((p) => p.text));
  return {
    format: 'penholder-corpus',
    version: 1,
    notice,
    sources,
    bodies: bodies.list,
    leads: leads.list,
    documents: documents.map((d) => [
      d.symbol,
      bodies.index.get(d.body)!,
      d.date,
      d.title,
      d.paragraphs.map((p) => [p.id, KINDS.indexOf(p.kind), leads.index.get(p.lead)!, texts.index.get(p.text)!]),
    ]),
    texts: texts.list,
  };
}

export type DecodedCorpus = { ok: true; documents: CorpusDocument[]; notice: string } | { ok: false; error: string };

/** Checks the shape as it decodes: a damaged file gives an error, never a half corpus. */
export function decodeCorpus(value: unknown): DecodedCorpus {
  const c = value as Partial<CompactCorpus> | null;
  if (!c || c.format !== 'penholder-corpus' || c.version !== 1) return { ok: false, error: 'not a Penholder corpus file' };
  if (!Array.isArray(c.documents) || !Array.isArray(c.texts) || !Array.isArray(c.leads) || !Array.isArray(c.bodies)) {
    return { ok: false, error: 'the corpus file is incomplete' };
  }
  const { texts, leads, bodies } = c;
  const documents: CorpusDocument[] = [];
  for (const row of c.documents) {
    if (!Array.isArray(row) || row.length !== 5 || !Array.isArray(row[4])) return { ok: false, error: 'a corpus document is malformed' };
    const [symbol, body, date, title, rows] = row;
    const paragraphs: CorpusParagraph[] = [];
    for (const [id, kind, lead, text] of rows) {
      const t = texts[text];
      const k = KINDS[kind];
      if (typeof t !== 'string' || !k || typeof id !== 'string') return { ok: false, error: `${symbol}: a paragraph is malformed` };
      paragraphs.push({ id, kind: k, lead: leads[lead] ?? '', text: t });
    }
    documents.push({ symbol: String(symbol), body: bodies[body] ?? '', date: String(date), title: String(title), paragraphs });
  }
  return { ok: true, documents, notice: typeof c.notice === 'string' ? c.notice : '' };
}
