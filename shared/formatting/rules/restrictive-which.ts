import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { matchFindings } from '../text/patterns';

/** Words after which "which" is not a restrictive relative pronoun ("in which", "all of which", "and which"). */
const NOT_RESTRICTIVE = new Set(`in of by through for to on from under with during at upon against via within into onto
after before among between whereby and or but all each some none both many most any one either neither than about
over behind beyond without towards toward across around regarding concerning including`.split(/\s+/));

export const restrictiveWhich: ParagraphRule = {
  type: 'paragraph',
  id: 'restrictive-which',
  severity: 'info',
  organs: 'all',
  scope: 'text',
  description: 'A restrictive relative clause takes “that”, not “which” (“instruments that contribute”).',
  targets: TEXT_TARGETS,
  // the look-behind is tried at every offset: most paragraphs have no "which" at all
  check: (target) =>
    !target.text.includes('which') ? [] : matchFindings(target.text, /(?<=\b(\p{L}+) )which\b/gu, (m) => {
      if (NOT_RESTRICTIVE.has(m[1]!.toLowerCase())) return null;
      return { message: 'With no comma before it, the clause is restrictive: use “that”.', replacement: 'that' };
    }),
};
