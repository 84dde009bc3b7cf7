import type { CorpusDocument, CorpusParagraph } from './corpus-document';

type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One record of the shared corpus files (`ga-74-79.jsonl.gz` …, see corpus/README.md) → a document.
 * Returns null for a record without a symbol or paragraphs; malformed paragraphs are skipped.
 */
export function documentFromRecord(record: unknown): CorpusDocument | null {
  if (!isObject(record) || !str(record.symbol) || !Array.isArray(record.paragraphs)) return null;
  const paragraphs: CorpusParagraph[] = [];
  for (const p of record.paragraphs) {
    if (!isObject(p) || !str(p.text) || !str(p.id)) continue;
    const kind = p.kind === 'preambular' || p.kind === 'operative' ? p.kind : 'other';
    paragraphs.push({ id: str(p.id), kind, lead: str(p.lead), text: str(p.text) });
  }
  for (const p of Array.isArray(record.annex_paragraphs) ? record.annex_paragraphs : []) {
    if (!isObject(p) || !str(p.text) || !str(p.id)) continue;
    paragraphs.push({ id: str(p.id), kind: 'annex', lead: '', text: str(p.text) });
  }
  return {
    symbol: str(record.symbol),
    body: str(record.body),
    date: str(record.adoption_date),
    title: str(record.title),
    paragraphs,
  };
}

/** Parses JSON lines of corpus records; bad lines are counted, never thrown. */
export function documentsFromJsonLines(text: string): { documents: CorpusDocument[]; skipped: number } {
  const documents: CorpusDocument[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let doc: CorpusDocument | null;
    try {
      doc = documentFromRecord(JSON.parse(line));
    } catch {
      doc = null;
    }
    if (doc) documents.push(doc);
    else skipped += 1;
  }
  return { documents, skipped };
}
