import { foldText } from './fold';

/** Share of the typed words that may be off (a typo, a dropped word) for a suggestion to still continue them. */
const TOLERANCE = 0.25;

/** Lower case, one kind of hyphen and quote: the forms a delegate types for what the UN prints. */
const plain = (s: string): string =>
  s.toLowerCase().replace(/[\u2010-\u2013]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\u00a0/g, ' ');

/** True when `text` reads as a continuation of what was typed: its folded words, a few slips allowed. */
export function continues(typed: string, text: string): boolean {
  const want = foldText(typed).tokens;
  const have = foldText(text).tokens;
  if (want.length === 0) return false;
  const fits = (i: number, k: number) =>
    have[k] !== undefined && (have[k] === want[i] || (i === want.length - 1 && have[k]!.startsWith(want[i]!)));
  let j = 0;
  let misses = 0;
  for (let i = 0; i < want.length; i += 1) {
    if (fits(i, j)) {
      j += 1;
      continue;
    }
    misses += 1;
    if (fits(i, j + 1)) j += 2; // the delegate left a word out
    else if (!fits(i + 1, j)) j += 1; // a different word or a typo (else: an extra typed word)
  }
  return misses <= Math.max(1, Math.floor(want.length * TOLERANCE));
}

/**
 * The ghost text after the caret: the part of the agreed `text` the delegate has not typed yet. Exact typing
 * (case, hyphens and quotes aside) continues character for character; otherwise the words are counted,
 * so a typo or a switched "also" still shows the rest of the paragraph. Null when `text` does not continue.
 */
export function ghostText(typed: string, text: string): string | null {
  if (!continues(typed, text)) return null;
  if (plain(text).startsWith(plain(typed))) return text.slice(typed.length);
  const typedWords = typed.trim().split(/\s+/);
  const open = /\S$/.test(typed);
  const extraAdverb = (words: string[]) => (words.slice(0, 4).some((w) => /^(also|further)$/i.test(w)) ? 1 : 0);
  const textWords = [...text.matchAll(/\S+/g)];
  const at = typedWords.length - extraAdverb(typedWords) + extraAdverb(textWords.map((m) => m[0]));
  if (open) {
    const word = textWords[at - 1];
    const partial = typedWords[typedWords.length - 1]!;
    if (word && plain(word[0]).startsWith(plain(partial))) return text.slice(word.index + partial.length);
  }
  const next = textWords[at];
  return next ? `${open ? ' ' : ''}${text.slice(next.index)}` : '';
}
