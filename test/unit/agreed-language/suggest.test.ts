import { describe, expect, it } from 'vitest';
import type { SearchContext, SearchFilters } from '../../../shared/agreed-language/passage';
import { fixtureDocuments, fixtureIndex } from './corpus-fixture';

/** The text of a fixture paragraph (real adopted text), so each case types the beginning of real agreed language. */
const textOf = (ref: string): string => {
  const [symbol, id] = [ref.slice(0, ref.lastIndexOf(' ')), ref.slice(ref.lastIndexOf(' ') + 1)];
  const found = fixtureDocuments().find((d) => d.symbol === symbol)?.paragraphs.find((p) => p.id === id);
  if (!found) throw new Error(`fixture has no ${ref}`);
  return found.text;
};
const words = (ref: string, n: number) => textOf(ref).split(/\s+/).slice(0, n);
const top = (text: string, context?: SearchContext, filters?: SearchFilters) =>
  fixtureIndex().suggest(text, { k: 5, context, filters });

describe('suggest: the beginning of a paragraph finds the agreed text', () => {
  const source = 'A/RES/74/174 PP1'; // "Recognizing the potential for victims of child sexual exploitation …"

  it.each([
    ['the exact beginning', (w: string[]) => w.join(' ')],
    ['the opener switched to its "also" form', (w: string[]) => [w[0], 'also', ...w.slice(1)].join(' ')],
    ['one word dropped', (w: string[]) => [...w.slice(0, 3), ...w.slice(4)].join(' ')],
    ['two letters swapped', (w: string[]) => [w[0], w[1], 'ptoential', ...w.slice(3)].join(' ')],
    ['-ize spelled -ise', (w: string[]) => ['Recognising', ...w.slice(1)].join(' ')],
    ['the last word still being typed', (w: string[]) => `${w.slice(0, 7).join(' ')} sexu`],
    ['lower case, no punctuation', (w: string[]) => w.join(' ').toLowerCase()],
    ['the adverb mistyped', (w: string[]) => [w[0], 'aslo', ...w.slice(1)].join(' ')],
  ])('%s', (_name, typed) => {
    const results = top(typed(words(source, 8)));
    expect(results[0]?.ref).toBe(source);
    expect(results[0]?.text).toBe(textOf(source));
  });

  it('gives symbol, paragraph, year, body and opener with every result', () => {
    expect(top(words(source, 6).join(' '))[0]).toMatchObject({
      symbol: 'A/RES/74/174', paragraph: 'PP1', kind: 'preambular', body: 'General Assembly', date: '2019-12-18', opener: 'Recognizing',
    });
  });

  it('prefers last year’s resolution on the same subject when the text repeats', () => {
    const typed = words('A/RES/78/69 PP1', 8).join(' ');
    const results = top(typed, { title: 'Oceans and the law of the sea' });
    expect(results[0]?.ref).toBe('A/RES/78/69 PP1');
  });

  it('keeps "Also decides" and "Further decides" apart when both exist', () => {
    const further = words('A/RES/78/305 OP18', 8).join(' ');
    expect(further.startsWith('Further decides')).toBe(true);
    expect(top(further, { title: 'Financing of the United Nations Interim Force in Lebanon' })[0]?.ref).toBe('A/RES/78/305 OP18');
  });

  it('shows one result per distinct text (a paragraph repeated year after year counts once)', () => {
    const results = top(words('A/RES/78/69 PP1', 6).join(' '));
    const texts = results.map((r) => r.text.toLowerCase().replace(/\W+/g, ' '));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('ranks by the neighbouring paragraphs of the draft', () => {
    // "Calls upon States to ensure" opens paragraphs of several resolutions; without context the newest wins
    const typed = 'Calls upon States to ensure';
    const older = fixtureDocuments().find((d) => d.symbol === 'A/RES/76/147')!;
    const at = older.paragraphs.findIndex((p) => p.text.startsWith(typed));
    expect(top(typed)[0]?.symbol).not.toBe('A/RES/76/147');
    const neighbours = [older.paragraphs[at - 1]!.text, older.paragraphs[at + 1]!.text];
    expect(top(typed, { neighbours })[0]?.ref).toBe(`A/RES/76/147 ${older.paragraphs[at]!.id}`);
  });

  it.each<[string, SearchFilters, (r: { body: string; date: string; kind: string; opener: string }) => boolean]>([
    ['organ', { body: 'Security Council' }, (r) => r.body === 'Security Council'],
    ['year range', { yearFrom: 2023, yearTo: 2023 }, (r) => r.date.startsWith('2023')],
    ['paragraph kind', { kind: 'operative' }, (r) => r.kind === 'operative'],
    ['opener family', { opener: 'Requests' }, (r) => r.opener.startsWith('Requests')],
  ])('filters by %s', (_name, filters, holds) => {
    const results = top('Requests the Secretary-General', undefined, filters);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every(holds)).toBe(true);
  });

  it.each(['', '   ', '1234 5678', '§§§'])('finds nothing for %j', (typed) => {
    expect(top(typed)).toEqual([]);
  });
});
