import { operativeThirdPersons } from '../data/operative-verbs';
import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { matchFindings } from '../text/patterns';

/** Words that show a clause rather than a list item (un-format.md §4.5: a comma may separate clauses). */
const CLAUSE_WORDS = new Set(`is are was were be been being has have had will shall may might can could should would
which that who whom whose where when while whereas if as to in also further thereby therefore not it they there this
these those such so thus hence because since although though`.split(/\s+/));

const isVerbLike = (word: string): boolean =>
  CLAUSE_WORDS.has(word) || operativeThirdPersons.has(word) || /(ing|ed)$/.test(word);

/**
 * ", and the …" before the last item of a list (no serial comma in UN texts). Not after a closing quote or bracket
 * (the comma closes a parenthetical) and not between clauses (a verb on either side).
 */
export const serialComma: ParagraphRule = {
  type: 'paragraph',
  id: 'serial-comma',
  severity: 'info',
  organs: 'all',
  scope: 'text',
  description: 'No comma before the final “and”/“or” of a list.',
  targets: TEXT_TARGETS,
  check: (target) => {
    const text = target.text;
    // the look-behind is tried at every offset: most paragraphs have no ", and" or ", or" at all
    if (!/, (?:and|or) /.test(text)) return [];
    return matchFindings(text, /(?<=[^”")\]\s]),(?= (and|or) (\S+))/g, (m) => {
      const next = m[2]!.toLowerCase().replace(/[^a-z-]/g, '');
      if (isVerbLike(next)) return null;
      const clauseStart = Math.max(text.lastIndexOf(';', m.index!), text.lastIndexOf(':', m.index!), 0);
      const before = text.slice(clauseStart, m.index!).split(/,/).pop()!.trim().split(/\s+/).slice(1);
      if (before.some((w) => isVerbLike(w.toLowerCase().replace(/[^a-z]/g, '')))) return null;
      return { message: `No serial comma before “${m[1]}”.`, replacement: '', end: m.index! + 1 };
    });
  },
};
