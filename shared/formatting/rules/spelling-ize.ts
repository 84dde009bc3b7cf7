import type { Finding } from '../diagnostic';
import { iseToIze, KEEPS_ISE, PROPER_NAMES_WITH_ISE } from '../data/ize-words';
import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { inside, nameSpans } from '../text/name-spans';
import { isNameWord } from '../text/context';
import { matchCase, words } from '../text/words';

const PREFIXES = ['re', 'un', 'de', 'non', 'over', 'under', 'mis', 'pre', 'co', 'dis'];

/** The -ize form of one word, or null: dictionary lookup, then a known prefix + dictionary word. */
function izeOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (KEEPS_ISE.has(lower)) return null;
  const direct = iseToIze.get(lower);
  if (direct) return direct;
  for (const prefix of PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const rest = iseToIze.get(lower.slice(prefix.length));
    if (rest) return prefix + rest;
  }
  return null;
}

export const spellingIze: ParagraphRule = {
  type: 'paragraph',
  id: 'spelling-ize',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'Oxford -ize spelling from the dictionary (organize, recognize); words such as “advise” keep -ise.',
  targets: TEXT_TARGETS,
  check: (target) => {
    if (!/is(e|es|ed|ing|ation|ations|ational|er|ers)\b/i.test(target.text)) return [];
    const exempt = nameSpans(target.text, PROPER_NAMES_WITH_ISE);
    const out: Finding[] = [];
    for (const w of words(target.text)) {
      // hyphenated compounds are looked up part by part ("non-criminalisation")
      let offset = 0;
      for (const part of w.word.split(/[-‑]/)) {
        const start = w.start + offset;
        offset += part.length + 1;
        const ize = izeOf(part);
        // a capitalised word inside a sentence belongs to a name ("the Organisation" = the OPCW)
        if (!ize || inside(exempt, start, start + part.length) || isNameWord(target.text, start, part)) continue;
        const replacement = matchCase(part, ize);
        out.push({
          range: { start, end: start + part.length },
          message: `UN spelling is Oxford -ize: “${replacement}”.`,
          fix: { replacement },
        });
      }
    }
    return out;
  },
};
