import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/agreed-language/fold';
import { fixtureDocuments, fixtureIndex } from './corpus-fixture';

const paragraph = (symbol: string, id: string) => fixtureDocuments().find((d) => d.symbol === symbol)!.paragraphs.find((p) => p.id === id)!;

describe('search panel: free words anywhere', () => {
  it('finds paragraphs holding every typed word, rare words first', () => {
    const results = fixtureIndex().search('encryption sexual abuse', { k: 5, mode: 'words' });
    expect(results.length).toBeGreaterThan(0);
    const top = foldText(results[0]!.text).tokens;
    for (const word of ['encryption', 'sexual', 'abuse']) expect(top).toContain(word);
  });

  it('tolerates a typo and folds spelling', () => {
    const exact = fixtureIndex().search('encryption sexual abuse', { k: 3, mode: 'words' });
    expect(fixtureIndex().search('encyrption sexual abuse', { k: 3, mode: 'words' })[0]?.ref).toBe(exact[0]?.ref);
  });

  it('applies the filters', () => {
    const results = fixtureIndex().search('Secretary-General report', { k: 10, mode: 'words', filters: { body: 'Security Council' } });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.body === 'Security Council')).toBe(true);
  });
});

describe('find agreed language for a whole paragraph', () => {
  it('finds a paragraph that was reworded in negotiation', () => {
    const adopted = paragraph('A/RES/74/174', 'OP1').text;
    const draft = adopted.replace(/Member States/, 'all States').replace(/;$/, ', as appropriate;');
    const results = fixtureIndex().search(draft, { k: 3, mode: 'similar' });
    expect(results[0]?.ref).toBe('A/RES/74/174 OP1');
    expect(results[0]!.score).toBeGreaterThan(results[1]?.score ?? 0);
  });

  it('scores the same text highest', () => {
    const text = paragraph('A/RES/74/174', 'PP1').text;
    const [first] = fixtureIndex().search(text, { k: 1, mode: 'similar' });
    expect(first?.ref).toBe('A/RES/74/174 PP1');
    expect(first!.score).toBeGreaterThanOrEqual(1);
  });
});
