import type { Finding } from '../diagnostic';
import { COUNTRIES, COUNTRY_VARIANTS, countryTokens } from '../data/countries';
import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { editDistance, words } from '../text/words';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const VARIANTS = COUNTRY_VARIANTS.map((v) => ({ ...v, pattern: new RegExp(`(?<![\\p{L}-])${escape(v.form)}(?![\\p{L}-])`, 'gu') }));
/** Any of the forms anywhere: most paragraphs have none, and one plain scan is cheaper than a pattern per form. */
const ANY_VARIANT = new RegExp(COUNTRY_VARIANTS.map((v) => escape(v.form)).join('|'));

/** Long official names by first letter and last two letters: a near miss keeps both (see nearMisses). */
const LONG_NAMES = new Map<string, string[]>();
for (const name of COUNTRIES.filter((n) => /^\p{L}{8,}$/u.test(n))) {
  const key = name[0]! + name.slice(-2);
  LONG_NAMES.set(key, [...(LONG_NAMES.get(key) ?? []), name]);
}

function variants(text: string): Finding[] {
  const out: Finding[] = [];
  if (!ANY_VARIANT.test(text)) return out;
  for (const v of VARIANTS) {
    for (const m of text.matchAll(v.pattern)) {
      if (v.before?.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const after = text.slice(m.index + m[0].length);
      // "Bolivia (Plurinational State of)" is right; "the Micronesia Challenge" is another name
      if (v.after?.test(after) || /^\s\p{Lu}/u.test(after)) continue;
      out.push({
        range: { start: m.index, end: m.index + m[0].length },
        message: `The official short name is “${v.official}”.`,
        fix: { replacement: v.official },
      });
    }
  }
  return out;
}

/** "Lichtenstein" → "Liechtenstein": one letter off a long official name, with the same ending (not "Argentine"). */
function nearMisses(text: string, known: Set<number>): Finding[] {
  const out: Finding[] = [];
  for (const w of words(text)) {
    if (known.has(w.start) || w.word.length < 8 || !/^\p{Lu}\p{Ll}+$/u.test(w.word) || countryTokens.has(w.word)) continue;
    const name = LONG_NAMES.get(w.word[0]! + w.word.slice(-2))?.find((n) => editDistance(n, w.word, 1) === 1);
    if (!name) continue;
    out.push({ range: { start: w.start, end: w.end }, message: `Did you mean “${name}”?`, fix: { replacement: name } });
  }
  return out;
}

export const countryName: ParagraphRule = {
  type: 'paragraph',
  id: 'country-name',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'State names as in the official short-name table (Liechtenstein, Côte d’Ivoire, Viet Nam).',
  targets: TEXT_TARGETS,
  check: (target) => {
    const found = variants(target.text);
    const known = new Set(found.map((f) => f.range!.start));
    return [...found, ...nearMisses(target.text, known)].sort((a, b) => a.range!.start - b.range!.start);
  },
};
