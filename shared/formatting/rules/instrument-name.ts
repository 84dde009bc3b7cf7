import type { Finding } from '../diagnostic';
import { TEXT_TARGETS, type ParagraphRule } from '../rule';
import { matchInstrumentNames } from '../text/instrument-match';

/** Near misses of official instrument names (un-format.md §4.4, §5.5); a difference in capitals only is info. */
export const instrumentName: ParagraphRule = {
  type: 'paragraph',
  id: 'instrument-name',
  severity: 'warning',
  organs: 'all',
  scope: 'text',
  description: 'Instrument names keep their official wording and capitals (checked against the treaty table).',
  targets: TEXT_TARGETS,
  check: (target, env) => {
    if (!/Convention|Protocol|Covenant|Declaration|Statute|Commitment|Treaty/i.test(target.text)) return [];
    const out: Finding[] = [];
    for (const m of matchInstrumentNames(target.text, env.instruments)) {
      if (m.exact) continue;
      out.push({
        range: { start: m.start, end: m.end },
        severity: m.caseOnly ? 'info' : 'warning',
        message: m.caseOnly
          ? `The official name keeps its own capitals: “${m.name}”.`
          : `The official name of the instrument is “${m.name}”.`,
        fix: { replacement: m.name },
      });
    }
    return out;
  },
};
