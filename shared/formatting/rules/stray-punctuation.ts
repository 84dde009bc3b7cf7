import type { Finding } from '../diagnostic';
import { PARENTHETICAL_STARTERS, PARENTHETICALS } from '../data/parentheticals';
import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { insideParentheses, insideQuotes } from '../text/context';

const PREPOSITIONS = /\b(as well as|against|of|to|for|by|with|and|or|between|from|including)\s*,/g;
const PREPOSITION = '(?:of|to|for|in|on|with|from|against|by|into)';
/** "approach to, further study of and the promotion of measures for": a suspended construction */
const SUSPENDED = new RegExp(`\\b${PREPOSITION}\\s+(?:and|or)\\b|\\b(?:and|or)\\s+\\S+\\s+${PREPOSITION}\\b`);

const wordsUntilComma = (after: string): number | null => {
  const close = after.indexOf(',');
  return close === -1 ? null : after.slice(0, close).trim().split(/\s+/).length;
};

/** Does the text after a comma open a parenthetical (closed by a comma soon after)? */
function opensParenthetical(after: string, conjunction: boolean): boolean {
  const lower = after.trimStart().toLowerCase();
  if (PARENTHETICALS.some((p) => lower.startsWith(p) && !/\w/.test(lower.charAt(p.length)))) return true;
  const span = wordsUntilComma(lower.split(';')[0] ?? '');
  const first = /^[a-z]+/.exec(lower)?.[0];
  const starter = first !== undefined && PARENTHETICAL_STARTERS.has(first);
  // "and, until such action is taken, to consider": after a conjunction an inserted clause of any length will do
  if (conjunction) return span !== null && (starter || span <= 14);
  return starter && span !== null && span <= 12;
}

function strayCommas(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(PREPOSITIONS)) {
    const comma = m.index + m[0].length - 1;
    const after = text.slice(comma + 1);
    if (opensParenthetical(after, m[1] === 'and' || m[1] === 'or')) continue;
    if (SUSPENDED.test(after.split(/[,;]/)[0] ?? '')) continue;
    // the second half of a suspended construction: "respect for, and protection of, human rights"
    const before = text.slice(0, m.index);
    const opening = before.lastIndexOf(',');
    if (opening !== -1 && /^\s*(and|or|but)\b/.test(before.slice(opening + 1))) continue;
    out.push({
      range: { start: m.index, end: comma + 1 },
      message: `A comma right after “${m[1]}” that opens no parenthetical: delete it.`,
    });
  }
  return out;
}

/**
 * A spaced dash opens a parenthetical that a second one closes; an odd one is stray ("this conduct – violates").
 * Dashes in quoted titles, in parentheses, in number ranges or between two capitalised words (a name) do not count.
 */
function unpairedDash(text: string): Finding[] {
  const dashes = [...text.matchAll(/\s[–-]\s/g)].filter((m) => {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + 3);
    if (/\d$/.test(before) || insideQuotes(text, m.index) || insideParentheses(text, m.index)) return false;
    return !(/\p{Lu}[\p{L}’]*$/u.test(before) && /^\p{Lu}/u.test(after));
  });
  if (dashes.length % 2 === 0) return [];
  const last = dashes[dashes.length - 1]!;
  // a dash that opens an appendix running to the full stop ("… the future – effective and capable, ….") is no pair
  const rest = /[.;]/.exec(text.slice(last.index + 3));
  if (rest && rest[0] === '.') return [];
  return [{ range: { start: last.index + 1, end: last.index + 2 }, message: 'An unpaired dash: delete it, or close the parenthetical with a second dash.' }];
}

export const strayPunctuation: ParagraphRule = {
  type: 'paragraph',
  id: 'stray-punctuation',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'No unpaired spaced dash; no comma right after a preposition or conjunction unless a parenthetical opens.',
  targets: TEXT_TARGETS,
  check: (target) => [...strayCommas(target.text), ...unpairedDash(target.text)].sort((a, b) => a.range!.start - b.range!.start),
};
