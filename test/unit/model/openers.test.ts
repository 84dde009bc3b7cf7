import { describe, expect, it } from 'vitest';
import { detectOpener, isKnownOpener } from '../../../shared/model/openers';

describe('detectOpener', () => {
  it.each([
    ['Recalling its resolution 74/174,', 'preambular', 'Recalling', true],
    ['Recalling also that,', 'preambular', 'Recalling also', true],
    ['Taking note of the Optional Protocol', 'preambular', 'Taking note', true],
    ['Expressing its recognition of the work', 'preambular', 'Expressing its recognition', true],
    ['Aware that new information', 'preambular', 'Aware', true],
    ['Emphasising that the increasing number', 'preambular', 'Emphasising', true],
    ['Noting with concern also that', 'preambular', 'Noting with concern also', true],
    ['Deeply concerned about', 'preambular', 'Deeply concerned', true],
    ['Urges Member States to', 'operative', 'Urges', true],
    ['Also urges Member States', 'operative', 'Also urges', true],
    ['Further calls upon States', 'operative', 'Further calls upon', true],
    ['Calls upon Member States', 'operative', 'Calls upon', true],
    ['Takes note with appreciation of', 'operative', 'Takes note with appreciation', true],
    ['Encourage Member States', 'operative', 'Encourage', false],
    ['Invites Member States and other donors', 'operative', 'Invites', true],
    ['Decides to remain seized of the matter.', 'operative', 'Decides', true],
  ] as const)('%s → %s', (text, kind, opener, known) => {
    const found = detectOpener(text, kind);
    expect(found).not.toBeNull();
    expect(text.slice(0, found!.length)).toBe(opener);
    expect(found!.known).toBe(known);
  });

  it.each([
    ['the General Assembly', 'preambular'],
    ['', 'operative'],
    ['The Council decides', 'operative'],
    ['(a) To ensure', 'operative'],
  ] as const)('finds no opener in %j', (text, kind) => {
    expect(detectOpener(text, kind)).toBeNull();
  });

  it('knows lexicon forms after -ise folding', () => {
    expect(isKnownOpener('Recognising')).toBe(true);
    expect(isKnownOpener('Encourage')).toBe(false);
  });
});
