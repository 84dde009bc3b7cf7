import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../shared/citations/citation';
import { foldCitationText } from '../../../shared/citations/fold';
import { citationRuns, ibidForm, renderSeries } from '../../../shared/citations/ibid';
import { runsMarkdown } from '../../../shared/citations/markup';
import { parseCitation } from '../../../shared/citations/parse';
import { regenerated, seedNotes } from '../footnotes/support/seed-notes';

/** Parses a seed's notes in order, each against the one parsed before it, as the importer does. */
const parseSeries = (texts: readonly string[]): Citation[] => {
  const out: Citation[] = [];
  for (const text of texts) out.push(parseCitation(text, out[out.length - 1] ?? null));
  return out;
};

describe('Ibid. over the seeds (un-format.md §5.6)', () => {
  it.each(['000', '001', '003', '004'] as const)('seed %s regenerates the §5.6 column', (seed) => {
    const rendered = renderSeries(parseSeries(seedNotes(seed)), 'italic').map(runsMarkdown);
    expect(rendered).toEqual(regenerated[seed]);
  });

  it.each(['000', '003', '004'] as const)('seed %s: regenerated equals the source after folding', (seed) => {
    const source = seedNotes(seed);
    const rendered = renderSeries(parseSeries(source), 'italic').map(runsMarkdown);
    expect(rendered.map(foldCitationText)).toEqual(source.map(foldCitationText));
  });
});

const unts = (vol: string, no: string): Citation => ({ kind: 'unts', vols: [vol], nos: [no] });
const or = (year: string, symbol: string, locator: string, organ = 'Economic and Social Council', see = false): Citation => ({
  kind: 'or',
  organ,
  year,
  supplement: '10',
  symbol,
  locator,
  ...(see ? { see } : {}),
});
const note: Citation = { kind: 'text', runs: [{ text: 'An explanatory note.' }] };

describe('citationRuns', () => {
  it.each<[string, Citation, Citation | null, string]>([
    ['first footnote', unts('1577', '27531'), null, 'United Nations, *Treaty Series*, vol. 1577, No. 27531.'],
    ['identical Treaty Series note keeps its locator', unts('1577', '27531'), unts('1577', '27531'), '*Ibid.*, vol. 1577, No. 27531.'],
    ['identical document symbol', { kind: 'symbol', symbol: 'A/61/299', locator: null }, { kind: 'symbol', symbol: 'A/61/299', locator: null }, '*Ibid.*'],
    ['other registration number', unts('2133', '37245'), unts('1577', '27531'), '*Ibid.*, vol. 2133, No. 37245.'],
    ['after a note', unts('1577', '27531'), note, 'United Nations, *Treaty Series*, vol. 1577, No. 27531.'],
    ['note after a treaty', note, unts('1577', '27531'), 'An explanatory note.'],
    ['ETS after ETS', { kind: 'ets', no: '201' }, { kind: 'ets', no: '185' }, '*Ibid.*, No. 201.'],
    ['Treaty Series after ETS', unts('1577', '27531'), { kind: 'ets', no: '185' }, 'United Nations, *Treaty Series*, vol. 1577, No. 27531.'],
    ['OR of another organ', or('2018', 'A/73/10', 'chap. I', 'General Assembly'), or('2017', 'E/2017/30', 'chap. I'), '*Official Records of the General Assembly, 2018, Supplement No. 10* (A/73/10), chap. I.'],
    ['OR, same volume', or('2017', 'E/2017/30', 'chap. II'), or('2017', 'E/2017/30', 'chap. I'), '*Ibid.*, chap. II.'],
    ['OR, other year', or('2018', 'E/2018/30', 'chap. I, sect. C'), or('2017', 'E/2017/30', 'chap. I', 'Economic and Social Council', true), '*Ibid.*, 2018, *Supplement No. 10* (E/2018/30), chap. I, sect. C.'],
    ['other annex of one resolution', { kind: 'annex', organ: 'General Assembly', resolution: '55/25', annex: 'annex II' }, { kind: 'annex', organ: 'General Assembly', resolution: '55/25', annex: 'annex I' }, 'General Assembly resolution 55/25, annex II.'],
    ['same annex', { kind: 'annex', organ: null, resolution: '2200 A (XXI)', annex: 'annex', see: true }, { kind: 'annex', organ: null, resolution: '2200 A (XXI)', annex: 'annex' }, 'See *ibid.*'],
    ['bare symbol, other locator', { kind: 'symbol', symbol: 'A/61/299', locator: 'para. 4' }, { kind: 'symbol', symbol: 'A/61/299', locator: null }, 'A/61/299, para. 4.'],
    ['several volumes', { kind: 'unts', vols: ['2171', '2173', '2983'], nos: ['27531'] }, null, 'United Nations, *Treaty Series*, vols. 2171, 2173 and 2983, No. 27531.'],
    ['a range of numbers', { kind: 'unts', vols: ['75'], nos: ['970–973'] }, note, 'United Nations, *Treaty Series*, vol. 75, Nos. 970–973.'],
    ['a bare resolution', { kind: 'annex', organ: null, resolution: '217 A (III)', annex: null }, null, 'Resolution 217 A (III).'],
  ])('%s', (_name, citation, previous, expected) => {
    expect(runsMarkdown(citationRuns(citation, previous, 'italic'))).toBe(expected);
  });

  it('prints Ibid. roman under ibidStyle roman, Treaty Series still italic', () => {
    expect(citationRuns(unts('2171', '27531'), unts('1577', '27531'), 'roman')).toEqual([{ text: 'Ibid., vol. 2171, No. 27531.' }]);
    expect(runsMarkdown(citationRuns(unts('2171', '27531'), null, 'roman'))).toBe('United Nations, *Treaty Series*, vol. 2171, No. 27531.');
  });

  it('003 under new-footnote: the OP5 note after Official Records takes the full form', () => {
    const series = [...parseSeries(seedNotes('003')), unts('2171', '27531')];
    expect(runsMarkdown(renderSeries(series, 'italic')[5]!)).toBe('United Nations, *Treaty Series*, vol. 2171, No. 27531.');
    expect(ibidForm(series[5]!, series[4]!)).toBe('full');
  });
});
