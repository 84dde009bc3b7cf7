import { operativeOpeners, preambularOpeners } from './opener-lexicon';

export type ClauseKind = 'preambular' | 'operative';

export interface DetectedOpener {
  /** characters of the paragraph's text that form the opener (the italic span) */
  length: number;
  /** the opener as the lexicon spells it ("Emphasizing" for a typed "Emphasising") */
  canonical: string;
  /** false when found by shape only ("Encourage", an unknown participle) */
  known: boolean;
}

/** -ise → -ize for matching only (un-format.md §2.4: "after folding -ise → -ize"). */
export const foldIse = (s: string): string => s.replace(/is(e|es|ed|ing|ation|ations)\b/g, 'iz$1');

const key = (s: string): string => foldIse(s.toLowerCase());

interface LexiconEntry {
  words: string[];
  canonical: string;
  /** the index of the verb (after "also", "strongly" …) */
  verb: number;
  /** the entry's place in the longest-first order */
  order: number;
}

const ADVERBS = new Set(['also', 'further']);
const PRE_VERB = new Set(['also', 'further', 'strongly', 'once', 'again']);

/**
 * A lexicon, longest forms first, indexed by first word: only entries whose first word the text's first word
 * matches can match at all, so detectOpener tries those few instead of every form (it runs on every keystroke).
 */
interface Lexicon {
  byFirst: Map<string, LexiconEntry[]>;
  /** entries whose first word is the verb, by that word: "Encourage" typed for "Encourages" */
  byVerbFirst: Map<string, LexiconEntry[]>;
}

function index(forms: readonly string[]): Lexicon {
  const entries = forms
    .map((canonical) => ({ canonical, words: key(canonical).split(' ') }))
    .sort((a, b) => b.words.length - a.words.length)
    .map((e, order) => ({ ...e, verb: Math.max(0, e.words.findIndex((w) => !PRE_VERB.has(w))), order }));
  const byFirst = new Map<string, LexiconEntry[]>();
  const byVerbFirst = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    byFirst.set(entry.words[0]!, [...(byFirst.get(entry.words[0]!) ?? []), entry]);
    if (entry.verb === 0) byVerbFirst.set(entry.words[0]!, [...(byVerbFirst.get(entry.words[0]!) ?? []), entry]);
  }
  return { byFirst, byVerbFirst };
}

const lexicons: Record<ClauseKind, Lexicon> = {
  preambular: index(preambularOpeners),
  operative: index(operativeOpeners),
};

/** The entries that can match a text whose first word is `first`, in longest-first order. */
function candidates(first: string, kind: ClauseKind): LexiconEntry[] {
  const lexicon = lexicons[kind];
  const direct = lexicon.byFirst.get(first) ?? [];
  if (kind !== 'operative') return direct;
  const stem = lexicon.byVerbFirst.get(`${first}s`);
  return stem ? [...direct, ...stem].sort((a, b) => a.order - b.order) : direct;
}

const canonicalSet = new Set([...preambularOpeners, ...operativeOpeners].map(key));

/** True when the lexicon (either part) knows this opener, after -ise folding. */
export const isKnownOpener = (opener: string): boolean => canonicalSet.has(key(opener));

const WORD = /[A-Za-z\u00C0-\u024F]+(?:-[A-Za-z]+)*/g;

interface WordSpan {
  word: string;
  end: number;
}

function leadingWords(text: string, max: number): WordSpan[] {
  const out: WordSpan[] = [];
  WORD.lastIndex = 0;
  let expected = 0;
  for (let m = WORD.exec(text); m && out.length < max; m = WORD.exec(text)) {
    // only words separated by single spaces belong to an opener phrase
    if (text.slice(expected, m.index).trim() !== '' || (out.length > 0 && m.index - expected !== 1)) break;
    if (out.length === 0 && m.index !== 0) break;
    out.push({ word: m[0], end: m.index + m[0].length });
    expected = m.index + m[0].length;
  }
  return out;
}

/** capitalised words that start ordinary sentences, never an opener */
const NOT_OPENERS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'this', 'that', 'these', 'those', 'its',
  'it', 'all', 'any', 'each', 'as', 'by', 'with', 'from', 'and', 'or', 'but', 'if', 'when', 'where', 'while', 'states',
  'member', 'united', 'nations', 'his', 'her', 'their', 'our', 'we', 'there', 'is', 'was', 'has']);

/**
 * The opener at the start of a clause: the longest lexicon form (after -ise folding, with a trailing
 * "also"/"further" allowed on preambular forms and an operative verb matched without its "s"), else a
 * capitalised first word of the right shape. Returns null when the paragraph does not start like a clause.
 */
export function detectOpener(text: string, kind: ClauseKind): DetectedOpener | null {
  const words = leadingWords(text, 12);
  if (words.length === 0 || !/^[A-Z]/.test(words[0]!.word)) return null;
  const keys = words.map((w) => key(w.word));
  for (const entry of candidates(keys[0]!, kind)) {
    const n = entry.words.length;
    if (n > keys.length) continue;
    let ok = true;
    for (let i = 0; i < n && ok; i += 1) {
      const want = entry.words[i]!;
      const got = keys[i]!;
      // an operative verb typed without its third-person "s" still marks the opener ("Encourage")
      ok = got === want || (kind === 'operative' && i === entry.verb && got + 's' === want);
    }
    if (!ok) continue;
    const exact = keys.slice(0, n).join(' ') === entry.words.join(' ');
    let end = words[n - 1]!.end;
    // "Recalling also" is in the lexicon; "Noting with concern also" may not be: take a trailing adverb along
    if (kind === 'preambular' && keys[n] && ADVERBS.has(keys[n]!) && !entry.words.some((w) => ADVERBS.has(w))) {
      end = words[n]!.end;
    }
    return { length: end, canonical: entry.canonical, known: exact };
  }
  return shapeOpener(words, keys, kind);
}

function shapeOpener(words: WordSpan[], keys: string[], kind: ClauseKind): DetectedOpener | null {
  const first = keys[0]!;
  let n = 1;
  if (kind === 'operative' && ADVERBS.has(first) && keys.length > 1) n = 2;
  const head = keys[n - 1]!;
  if (NOT_OPENERS.has(head)) return null;
  const looksRight =
    kind === 'preambular' ? /(ing|ed|ful|ous|ant|ent)$/.test(head) : /^[a-z]+s$/.test(head) && head.length > 3;
  if (!looksRight) return null;
  if (kind === 'preambular' && keys[n] && ADVERBS.has(keys[n]!)) n += 1;
  const end = words[n - 1]!.end;
  return { length: end, canonical: words.slice(0, n).map((w) => w.word).join(' '), known: false };
}
