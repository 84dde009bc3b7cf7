import type { Finding } from '../diagnostic';
import type { DocumentRule } from '../rule';
import type { TextTarget } from '../view/targets';

/** Acronyms that resolutions use without spelling them out. */
const WELL_KNOWN = new Set(['HIV', 'AIDS', 'COVID-19', 'UNESCO', 'UNICEF', 'UNIDROIT', 'UNCTAD', 'UNHCR']);
const ACRONYM = /(?<![\p{L}\d/.-])([A-Z][A-Z0-9]{1,9}(?:-\d+)?)(?![\p{L}\d/]|-[\p{L}])/gu;
const ROMAN = /^[IVXLCDM]+$/;

const perTarget = new WeakMap<object, { acronym: string; start: number; defined: boolean }[]>();

function acronymsOf(target: TextTarget) {
  const hit = perTarget.get(target);
  if (hit) return hit;
  const out: { acronym: string; start: number; defined: boolean }[] = [];
  for (const m of target.text.matchAll(ACRONYM)) {
    const acronym = m[1]!;
    if (ROMAN.test(acronym) || WELL_KNOWN.has(acronym)) continue;
    const defined = target.text.charAt(m.index - 1) === '(' && target.text.charAt(m.index + acronym.length) === ')';
    out.push({ acronym, start: m.index, defined });
  }
  perTarget.set(target, out);
  return out;
}

/** "UN" is spelled out; an acronym is defined in parentheses at first use (un-format.md §4.4). */
export const unAbbreviation: DocumentRule = {
  type: 'document',
  id: 'un-abbreviation',
  severity: 'info',
  organs: 'all',
  scope: 'text',
  description: '“United Nations”, never “UN”; an acronym is defined in parentheses at its first use.',
  check: (view) => {
    const out: (Finding & { paragraphId: string })[] = [];
    const seen = new Set<string>();
    for (const target of view.targets) {
      if (target.kind === 'title' || target.kind === 'footnote' || target.kind === 'formula') continue;
      for (const { acronym, start, defined } of acronymsOf(target)) {
        const range = { start, end: start + acronym.length };
        if (acronym === 'UN') {
          out.push({ paragraphId: target.id, range, message: 'Write “United Nations”, not “UN”.', fix: { replacement: 'United Nations' } });
          continue;
        }
        if (seen.has(acronym)) continue;
        seen.add(acronym);
        if (!defined) out.push({ paragraphId: target.id, range, message: `Spell out “${acronym}” at its first use, with the acronym in parentheses.` });
      }
    }
    return out;
  },
};
