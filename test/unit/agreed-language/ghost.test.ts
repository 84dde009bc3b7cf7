import { describe, expect, it } from 'vitest';
import { continues, ghostText } from '../../../shared/agreed-language/ghost';

const text = 'Reaffirming its commitment to the promotion and protection of the rights of the child,';

describe('ghost text after the caret', () => {
  it.each([
    ['exact, word complete', 'Reaffirming its commitment to', ' the promotion and protection of the rights of the child,'],
    ['exact, with the space typed', 'Reaffirming its commitment to ', 'the promotion and protection of the rights of the child,'],
    ['exact, mid-word', 'Reaffirming its commit', 'ment to the promotion and protection of the rights of the child,'],
    ['other case', 'reaffirming ITS commitment', ' to the promotion and protection of the rights of the child,'],
    ['a typo', 'Reaffirming its comitment to', ' the promotion and protection of the rights of the child,'],
    ['"also" typed, not in the text', 'Reaffirming also its commitment to', ' the promotion and protection of the rights of the child,'],
  ])('%s', (_name, typed, ghost) => {
    expect(ghostText(typed, text)).toBe(ghost);
  });

  it('keeps U+2011 and curly quotes as the corpus prints them', () => {
    expect(ghostText('Requests the Secretary-General to', 'Requests the Secretary\u2011General to submit a “report”;')).toBe(' submit a “report”;');
  });

  it.each([
    ['another paragraph', 'Decides to convene a high-level meeting', false],
    ['one word left out', 'Reaffirming commitment to the promotion', true],
    ['a slip in eight words', 'Reaffirming its comitment to the promotion and protection', true],
    ['nothing typed', '   ', false],
  ])('continues? %s', (_name, typed, expected) => {
    expect(continues(typed, text)).toBe(expected);
  });

  it('offers no ghost for a text that does not continue the typing', () => {
    expect(ghostText('Decides to convene', text)).toBeNull();
  });
});
