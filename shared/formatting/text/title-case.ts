import { countryTokens } from '../data/countries';
import { MONTHS } from './patterns';

/** Nouns that make a run of capitalised words a proper name ("… Congress on the Prevention of Crime …"). */
const ANCHORS = new Set(`United Nations Congress Conference Convention Covenant Protocol Declaration Programme Agenda
Summit Organization Organisation Council Assembly Commission Committee Court Office Fund Decade Year Day Strategy
Strategies Framework Charter Guidelines Rules Principles Goals Goal Plan Platform Union Group Forum Agency Bank Treaty
Statute Republic Kingdom States Action Centre Institute University Secretariat Secretary-General Rapporteur Model
Standard Standards Alliance Initiative Partnership Compact Mechanism Tribunal Board Authority Agreement Accord Pact
Network Panel Facility Account System Law Sea Sustainable Development Millennium Olympic World International`.split(/\s+/));

const CONNECTORS = new Set(['of', 'on', 'the', 'and', 'for', 'against', 'in', 'to', 'with', 'involving', 'de', 'la', 'at', 'by']);
const ALWAYS_PROPER = new Set(['Internet', 'I', ...MONTHS.split('|')]);

interface Token {
  word: string;
  start: number;
  proper: boolean;
}

// asked several times per word: ASCII first letters without the Unicode pattern
const isCap = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};
const isAcronymOrNumber = (w: string): boolean => /^[\p{Lu}\d][\p{Lu}\d/-]*$/u.test(w) || /\d/.test(w);

function tokens(title: string): Token[] {
  const out: Token[] = [];
  for (const m of title.matchAll(/[\p{L}\d][\p{L}\d’'/-]*/gu)) {
    const w = m[0];
    out.push({ word: w, start: m.index, proper: isAcronymOrNumber(w) || ALWAYS_PROPER.has(w) || countryTokens.has(w) });
  }
  // runs of capitalised words joined by connectors are names when they hold an anchor noun
  let i = 0;
  while (i < out.length) {
    if (!isCap(out[i]!.word)) {
      i += 1;
      continue;
    }
    let j = i;
    for (;;) {
      if (j + 1 < out.length && isCap(out[j + 1]!.word)) {
        j += 1;
        continue;
      }
      // at most two connectors, then another capitalised word: "Prevention of Crime", "Treatment of the Offenders"
      let k = j + 1;
      while (k < out.length && k - j <= 2 && CONNECTORS.has(out[k]!.word)) k += 1;
      if (k > j + 1 && k < out.length && isCap(out[k]!.word)) {
        j = k;
        continue;
      }
      break;
    }
    const run = out.slice(i, j + 1);
    if (run.some((t) => ANCHORS.has(t.word))) run.forEach((t) => (t.proper = true));
    i = j + 1;
  }
  return out;
}

export interface TitleCheck {
  titleCase: boolean;
  /** the title in sentence case (proper names kept) */
  sentenceCase: string;
}

/**
 * Is a cited title (after "entitled") or topic (after "on") in Title Case? `keepFirst`: the first word keeps its
 * capital (a title); a topic paraphrase is lower case from its first word.
 */
export function checkTitle(title: string, keepFirst: boolean): TitleCheck {
  const all = tokens(title);
  let capitals = 0;
  let lower = 0;
  let fixed = title;
  all.forEach((t, i) => {
    if (CONNECTORS.has(t.word) || t.word.length < 3) return;
    // worked out only where it decides something: a slice and a regex per word otherwise
    const afterColon = () => i > 0 && /:\s*$/.test(title.slice(all[i - 1]!.start, t.start));
    const exempt = t.proper || (keepFirst && i === 0);
    if (!isCap(t.word)) lower += 1;
    else if (!exempt) {
      capitals += 1;
      fixed = fixed.slice(0, t.start) + t.word.charAt(0).toLowerCase() + fixed.slice(t.start + 1);
    } else if (!t.proper && afterColon()) {
      fixed = fixed.slice(0, t.start) + t.word.charAt(0).toLowerCase() + fixed.slice(t.start + 1);
    }
  });
  return { titleCase: capitals >= 2 && capitals > lower, sentenceCase: fixed };
}
