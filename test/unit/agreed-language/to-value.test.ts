import { describe, expect, it } from 'vitest';
import { Node } from 'slate';
import { mergeResults, passagesToValue } from '../../../shared/agreed-language/to-value';
import { fixtureIndex } from './corpus-fixture';

describe('an adopted resolution as a document value (redline base)', () => {
  const passages = fixtureIndex().documentPassages('A/RES/74/174');
  const value = passagesToValue(passages);

  it('has the title, the openers and every paragraph in order', () => {
    const types = value.map((n) => ('type' in n ? n.type : 'text'));
    expect(types.slice(0, 3)).toEqual(['header', 'title', 'adopting-body']);
    expect(types.filter((t) => t === 'preambular-paragraph').length).toBe(passages.filter((p) => p.kind === 'preambular').length);
    expect(types.filter((t) => t === 'operative-paragraph').length).toBe(passages.filter((p) => p.kind === 'operative').length);
    const first = value.find((n) => 'type' in n && n.type === 'preambular-paragraph')!;
    expect(Node.string(first)).toBe(passages[0]!.text);
    expect((first as { children: { text: string; opener?: true }[] }).children[0]).toEqual({ text: 'Recognizing', opener: true });
  });

  it('is empty for an unknown symbol', () => {
    expect(passagesToValue(fixtureIndex().documentPassages('A/RES/1/1'))).toEqual([]);
  });
});

describe('results merged across sources', () => {
  it('keeps the best of equal texts and the order by score', () => {
    const merged = mergeResults(
      [
        [{ score: 0.9, text: 'Recalling its resolution,' }, { score: 0.2, text: 'Urges States;' }],
        [{ score: 0.5, text: 'Recalling  its resolution;' }, { score: 0.7, text: 'Decides;' }],
      ],
      5,
    );
    expect(merged).toEqual([{ score: 0.9, text: 'Recalling its resolution,' }, { score: 0.7, text: 'Decides;' }, { score: 0.2, text: 'Urges States;' }]);
  });
});
