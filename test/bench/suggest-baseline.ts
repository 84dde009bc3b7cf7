import MiniSearch from 'minisearch';
import type { CorpusDocument } from '../../shared/agreed-language/corpus-document';
import type { Engine } from './suggest-metrics';

interface Row {
  id: number;
  ref: string;
  text: string;
}

/** The baseline: MiniSearch with its default settings over the same paragraphs (ids are numbers: refs repeat). */
export function buildBaseline(documents: readonly CorpusDocument[]): { engine: Engine; serialize: () => string; load: (json: string) => void } {
  let id = 0;
  const rows: Row[] = documents.flatMap((d) => d.paragraphs.map((p) => ({ id: id++, ref: `${d.symbol} ${p.id}`, text: p.text })));
  const options = { fields: ['text'], storeFields: ['ref'] };
  let index = new MiniSearch<Row>(options);
  index.addAll(rows);
  return {
    engine: (text) => index.search(text).slice(0, 10).map((r) => String(r.ref)),
    serialize: () => JSON.stringify(index),
    load: (json) => {
      index = MiniSearch.loadJSON<Row>(json, options);
    },
  };
}
