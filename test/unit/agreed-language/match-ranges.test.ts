import { describe, expect, it } from 'vitest';
import { matchRanges } from '../../../shared/agreed-language/match-ranges';

const marked = (text: string, query: string) => matchRanges(text, query).map(([s, e]) => text.slice(s, e));

describe('matching words of a search result', () => {
  it.each([
    ['plain words', 'Recognizing the role of civil society', 'civil society', ['civil', 'society']],
    ['case and -ise folded', 'Recognizing the Organization', 'recognising organisation', ['Recognizing', 'Organization']],
    ['the last word as a prefix', 'Reaffirming its commitment to children', 'commit', ['commitment']],
    ['U+2011 in the text', 'the Secretary\u2011General', 'general', ['General']],
    ['nothing typed', 'any text', '', []],
  ])('%s', (_name, text, query, expected) => {
    expect(marked(text, query)).toEqual(expected);
  });
});
