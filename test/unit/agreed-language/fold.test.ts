import { describe, expect, it } from 'vitest';
import { ADVERB_ALSO, ADVERB_FURTHER, endsClause, foldText, lastWordOpen } from '../../../shared/agreed-language/fold';

describe('foldText', () => {
  it.each([
    ['case and punctuation', 'Recalling ITS resolution;', ['recalling', 'its', 'resolution']],
    ['U+2011 and hyphens split words', 'Secretary\u2011General and Secretary-General', ['secretary', 'general', 'and', 'secretary', 'general']],
    ['curly quotes and apostrophes', '“Our Common Agenda”, the Palestinian people’s rights', ['our', 'common', 'agenda', 'the', 'palestinian', 'peoples', 'rights']],
    ['en dash and no-break space', 'the 2030\u00a0Agenda – the decade', ['the', 'agenda', 'the', 'decade']],
    ['numbers are dropped', 'resolution 78/201 of 19 December 2023, para. 5', ['resolution', 'of', 'december', 'para']],
    ['ordinal session words', 'at its seventy-eighth session and its eightieth', ['at', 'its', 'session', 'and', 'its']],
    ['-ise and -ize fold together', 'Recognising the organisation', ['recognising', 'the', 'organisation']],
    ['-ize folds the same way', 'Recognizing the organization', ['recognising', 'the', 'organisation']],
    ['-yze folds to -yse', 'to analyze', ['to', 'analyse']],
    ['US spellings fold to the UN form', 'the program center', ['the', 'programme', 'centre']],
    ['two-word variants', 'ten percent', ['ten', 'per', 'cent']],
    ['accents are stripped', 'the Nouméa Accord in Côte d’Ivoire', ['the', 'noumea', 'accord', 'in', 'cote', 'divoire']],
  ])('%s', (_name, text, tokens) => {
    expect(foldText(text).tokens).toEqual(tokens);
  });

  it.each([
    ['Recalling also its resolution', ['recalling', 'its', 'resolution'], ADVERB_ALSO],
    ['Also urges States', ['urges', 'states'], ADVERB_ALSO],
    ['Further decides to', ['decides', 'to'], ADVERB_FURTHER],
    ['Noting with concern also that', ['noting', 'with', 'concern', 'that'], ADVERB_ALSO],
    ['Recalling its earlier resolution and also', ['recalling', 'its', 'earlier', 'resolution', 'and', 'also'], 0],
  ])('folds the opener adverb of %j', (text, tokens, adverb) => {
    const folded = foldText(text);
    expect(folded.tokens).toEqual(tokens);
    expect(folded.adverb).toBe(adverb);
  });

  it('keeps the adverb in the exact (gold-style) tokens', () => {
    expect(foldText('Recalling also its resolution 67/19,').exact).toEqual(['recalling', 'also', 'its', 'resolution']);
  });

  it.each([
    ['Recalling its resolution,', true, false],
    ['Decides to remain seized of the matter.', true, false],
    ['Recalling its resol', false, true],
    ['Recalling its resolution ', false, false],
    ['“Our Common Agenda”;', true, false],
  ])('endsClause / lastWordOpen of %j', (text, ends, open) => {
    expect(endsClause(text)).toBe(ends);
    expect(lastWordOpen(text)).toBe(open);
  });
});
