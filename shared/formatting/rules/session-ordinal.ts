import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { ordinalWords } from '../text/ordinals';
import { matchFindings } from '../text/patterns';

/** "at its 16th session" → "at its sixteenth session"; meeting numbers stay in figures (un-format.md §4.2). */
export const sessionOrdinal: ParagraphRule = {
  type: 'paragraph',
  id: 'session-ordinal',
  severity: 'info',
  organs: 'all',
  scope: 'text',
  description: 'Session ordinals in running text are spelled out in lower case (“twenty-third session”).',
  targets: TEXT_TARGETS,
  // what every match contains, found without the pattern's look-ahead
  check: (target) =>
    !/\d(?:st|nd|rd|th) /.test(target.text) ? [] : matchFindings(target.text, /\b(\d{1,3})(?:st|nd|rd|th)(?= (?:special |regular |resumed |emergency special )?session\b)/g, (m) => {
      const words = ordinalWords(Number(m[1]));
      if (!words) return null;
      return { message: `Spell the session out: “${words} session”.`, replacement: words };
    }),
};
