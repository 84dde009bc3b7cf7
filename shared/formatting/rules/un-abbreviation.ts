import type { Finding } from '../diagnostic';
import type { DocumentRule } from '../rule';
import { linterMemory } from '../view/linter-memory';
import { listMemo } from '../view/list-memo';
import type { TextTarget } from '../view/targets';

/** Acronyms that resolutions use without spelling them out. */
const WELL_KNOWN = new Set(['HIV', 'AIDS', 'COVID-19', 'UNESCO', 'UNICEF', 'UNIDROIT', 'UNCTAD', 'UNHCR']);
const ACRONYM = /(?<![\p{L}\d/.-])([A-Z][A-Z0-9]{1,9}(?:-\d+)?)(?![\p{L}\d/]|-[\p{L}])/gu;
const ROMAN = /^[IVXLCDM]+$/;

interface Use {
  acronym: string;
  start: number;
  defined: boolean;
}

function acronymsOf(text: string): Use[] {
  const out: Use[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const acronym = m[1]!;
    if (ROMAN.test(acronym) || WELL_KNOWN.has(acronym)) continue;
    const defined = text.charAt(m.index - 1) === '(' && text.charAt(m.index + acronym.length) === ')';
    out.push({ acronym, start: m.index, defined });
  }
  return out;
}

/** A target's acronyms; title, footnotes and formula are not checked (`skip`). */
interface TargetUses {
  id: string;
  skip: boolean;
  uses: Use[];
}

const sameUses = (a: TargetUses, b: TargetUses): boolean =>
  a.id === b.id && a.skip === b.skip && a.uses.length === b.uses.length &&
  a.uses.every((u, i) => u.acronym === b.uses[i]!.acronym && u.start === b.uses[i]!.start && u.defined === b.uses[i]!.defined);

const usesOf = (target: TextTarget): TargetUses => {
  const skip = target.kind === 'title' || target.kind === 'footnote' || target.kind === 'formula';
  return { id: target.id, skip, uses: skip ? [] : acronymsOf(target.text) };
};

type Found = Finding & { paragraphId: string };
// per target: its acronyms, kept (the same objects) while its target is or while an edit left them as they were,
// so that typing elsewhere in a paragraph does not redo the first-use pass over the document; and the last findings
const memory = linterMemory(() => ({ uses: listMemo(usesOf, sameUses), last: [] as Found[] }));

// a finding per use object, so that an unchanged use keeps its finding (and the linter its diagnostic)
const findings = new WeakMap<Use, Found | null>();
function findingOf(id: string, use: Use): Found | null {
  if (findings.has(use)) return findings.get(use)!;
  const range = { start: use.start, end: use.start + use.acronym.length };
  const found =
    use.acronym === 'UN'
      ? { paragraphId: id, range, message: 'Write “United Nations”, not “UN”.', fix: { replacement: 'United Nations' } }
      : use.defined
        ? null
        : { paragraphId: id, range, message: `Spell out “${use.acronym}” at its first use, with the acronym in parentheses.` };
  findings.set(use, found);
  return found;
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
    const state = memory(view);
    const { results, changed } = state.uses(view.targets);
    if (!changed) return state.last;
    const out: Found[] = [];
    const seen = new Set<string>();
    for (const { id, uses } of results) {
      for (const use of uses) {
        if (use.acronym !== 'UN' && seen.has(use.acronym)) continue;
        seen.add(use.acronym);
        const found = findingOf(id, use);
        if (found) out.push(found);
      }
    }
    state.last = out;
    return out;
  },
};
