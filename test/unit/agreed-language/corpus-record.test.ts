import { describe, expect, it } from 'vitest';
import { documentFromRecord, documentsFromJsonLines } from '../../../shared/agreed-language/corpus-record';

const record = {
  symbol: 'A/RES/78/201',
  body: 'General Assembly',
  adoption_date: '2023-12-19',
  title: 'Human rights and cultural diversity',
  paragraphs: [
    { id: 'PP1', kind: 'preambular', lead: 'Recalling', text: 'Recalling the Universal Declaration,', footnotes: [] },
    { id: 'OP1', kind: 'operative', lead: null, text: 'Reaffirms its commitment;', footnotes: [] },
    { id: 'OP2', kind: 'operative', lead: 'Decides', text: '', footnotes: [] },
  ],
  annex_paragraphs: [{ id: 'ANNEX.1', kind: 'annex', class: 'H1', text: 'Terms of reference', footnotes: [] }],
};

describe('corpus records (shared/corpus/*.jsonl.gz)', () => {
  it('keeps what search and provenance need, annex paragraphs included', () => {
    expect(documentFromRecord(record)).toEqual({
      symbol: 'A/RES/78/201',
      body: 'General Assembly',
      date: '2023-12-19',
      title: 'Human rights and cultural diversity',
      paragraphs: [
        { id: 'PP1', kind: 'preambular', lead: 'Recalling', text: 'Recalling the Universal Declaration,' },
        { id: 'OP1', kind: 'operative', lead: '', text: 'Reaffirms its commitment;' },
        { id: 'ANNEX.1', kind: 'annex', lead: '', text: 'Terms of reference' },
      ],
    });
  });

  it.each([null, 'text', {}, { symbol: 'A/RES/1' }, { symbol: '', paragraphs: [] }])('refuses %j', (value) => {
    expect(documentFromRecord(value)).toBeNull();
  });

  it('counts bad lines instead of throwing', () => {
    const text = [JSON.stringify(record), '{ not json', '', JSON.stringify({ id: 'x' })].join('\n');
    const { documents, skipped } = documentsFromJsonLines(text);
    expect(documents.map((d) => d.symbol)).toEqual(['A/RES/78/201']);
    expect(skipped).toBe(2);
  });
});
