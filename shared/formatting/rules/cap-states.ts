import type { Finding } from '../diagnostic';
import { TEXT_TARGETS, type ParagraphRule } from '../rule';

/** Narrow patterns only (un-format.md §4.4): "state" is an ordinary word in many other places. */
const PATTERNS: [RegExp, (m: string) => string][] = [
  [/\b(?:member states|Member states|member States)\b/g, () => 'Member States'],
  [/\b(?:all|those|other|requesting|requested|coastal|flag|port|affected|interested|individual) states\b/g, (m) => m.replace(/states$/, 'States')],
  [/\bstate institutions\b/g, () => 'State institutions'],
  [/\b[Ss]tates [Pp]arties\b/g, () => 'States parties'],
  [/\b[Ss]tate [Pp]arty\b/g, () => 'State party'],
  [/\bthe [Ss]ecretary[ -][Gg]eneral\b(?! of (?!the United Nations))/g, () => 'the Secretary-General'],
];

export const capStates: ParagraphRule = {
  type: 'paragraph',
  id: 'cap-states',
  severity: 'info',
  organs: 'all',
  scope: 'text',
  description: 'Capitals in “Member States”, “requesting States”, “States parties”, “the Secretary-General”.',
  targets: TEXT_TARGETS,
  check: (target) => {
    const out: Finding[] = [];
    for (const [pattern, fixed] of PATTERNS) {
      for (const m of target.text.matchAll(pattern)) {
        const replacement = fixed(m[0]);
        if (replacement === m[0]) continue;
        out.push({
          range: { start: m.index, end: m.index + m[0].length },
          message: `UN style: “${replacement}”.`,
          fix: { replacement },
        });
      }
    }
    return out.sort((a, b) => a.range!.start - b.range!.start);
  },
};
