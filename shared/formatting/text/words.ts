/** A word of running text with its offsets. Hyphenated compounds and apostrophes stay inside one word. */
export interface Word {
  word: string;
  start: number;
  end: number;
}

/** A letter or digit (\p{L}, \p{N}), by code point: a table for ASCII, the Unicode classes (remembered) beyond. */
const ASCII_WORD = Array.from({ length: 128 }, (_, c) => /[A-Za-z0-9]/.test(String.fromCharCode(c)));
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const wide = new Map<number, boolean>();
function isWordCode(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp]!;
  let hit = wide.get(cp);
  if (hit === undefined) wide.set(cp, (hit = LETTER_OR_DIGIT.test(String.fromCodePoint(cp))));
  return hit;
}

/** The end of the run of letters and digits from `i`. */
function runEnd(text: string, i: number): number {
  let at = i;
  while (at < text.length) {
    const cp = text.codePointAt(at)!;
    if (!isWordCode(cp)) break;
    at += cp > 0xffff ? 2 : 1;
  }
  return at;
}

const JOINERS = new Set(["'", '’', '‑', '-']);

/**
 * The matches of /[\p{L}\p{N}]+(?:['’‑-][\p{L}\p{N}]+)*\/gu, scanned by hand: this runs over the edited paragraph
 * on every keystroke, and a regex match object per word costs ten times the scan.
 */
function scan(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isWordCode(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i = runEnd(text, i);
    // a joiner counts only with a letter or digit after it ("people-centred", "Côte d’Ivoire", not "ends-")
    while (i + 1 < text.length && JOINERS.has(text[i]!) && isWordCode(text.codePointAt(i + 1)!)) i = runEnd(text, i + 1);
    out.push({ word: text.slice(start, i), start, end: i });
  }
  return out;
}

// several rules ask for the words of the same paragraph one after the other (a short text, such as an opener,
// in between): the last two answers are kept. Callers only read the arrays.
let recent: { text: string; words: Word[] }[] = [];

export function words(text: string): readonly Word[] {
  for (const r of recent) if (r.text === text) return r.words;
  const out = scan(text);
  recent = [{ text, words: out }, ...recent.slice(0, 1)];
  return out;
}

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string): boolean => /^[\p{Lu}\p{N}-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);

/** Gives `replacement` the case pattern of `source`: ALL CAPS, Capitalized or lower case. */
export function matchCase(source: string, replacement: string): string {
  if (source.length > 1 && source === source.toUpperCase() && source !== source.toLowerCase()) return replacement.toUpperCase();
  if (isCapitalized(source)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
