import type { Finding } from '../diagnostic';
import { LEADING_ADVERBS } from '../data/opener-heads';
import { operativeWrongForms } from '../data/operative-verbs';
import type { ParagraphRule } from '../rule';
import { matchCase, words } from '../text/words';

/** "Encourage Member States" → "Encourages": the adopting body is the subject (un-format.md §2.2). */
export const opVerbForm: ParagraphRule = {
  type: 'paragraph',
  id: 'op-verb-form',
  severity: 'error',
  organs: 'all',
  scope: 'resolution',
  description: 'An operative paragraph opens with a verb in the third person singular present (“Encourages”).',
  targets: ['op'],
  check: (target): Finding[] => {
    const leading = words(target.text.slice(0, 80));
    const verb = leading.find((w, i) => i > 2 || !LEADING_ADVERBS.has(w.word.toLowerCase()));
    if (!verb || verb.start > 25) return [];
    const third = operativeWrongForms.get(verb.word.toLowerCase());
    if (!third) return [];
    const replacement = matchCase(verb.word, third);
    return [
      {
        range: { start: verb.start, end: verb.end },
        message: `The operative verb takes the third person singular: “${replacement}”, not “${verb.word}”.`,
        fix: { replacement },
      },
    ];
  },
};
