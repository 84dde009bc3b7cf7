import type { Descendant } from 'slate';
import { paragraphRefs } from '../model/numbering';
import type { Proposal } from './proposal';

/** Latin ordinals for new paragraphs proposed after paragraph N (un-format.md §8.2). */
export const ORDINALS = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'] as const;

/** The nth (1-based) new paragraph after the same paragraph: "bis", "ter" … then "11", "12" past "decies". */
export const ordinalSuffix = (n: number): string => ORDINALS[n - 1] ?? String(n + 1);

/** The nth (1-based) alternative wording of the same paragraph: "alt", "alt.2", "alt.3" … */
export const altSuffix = (n: number): string => (n === 1 ? 'alt' : `alt.${n}`);

/**
 * Labels of proposed paragraphs relative to the base numbering: "OP5 bis", "OP5 ter", "OP5 alt",
 * "PP3 alt.2". Counted per target paragraph in tabling order; withdrawn proposals keep their place so a
 * label never changes once announced in the room.
 */
export function proposalLabels(value: readonly Descendant[], proposals: readonly Proposal[]): Map<string, string> {
  const refs = paragraphRefs(value);
  const counts = new Map<string, number>();
  const out = new Map<string, string>();
  for (const p of proposals) {
    if (p.op !== 'add-paragraph') continue;
    const placement = p.placement ?? 'bis';
    const key = `${placement}:${p.paragraphId}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const base = refs.get(p.paragraphId) ?? '?';
    out.set(p.id, `${base} ${placement === 'alt' ? altSuffix(n) : ordinalSuffix(n)}`);
  }
  return out;
}

/** "EU; African Group": the delegations of a proposal as compilation texts print them. */
export const attribution = (p: Pick<Proposal, 'delegations'>): string => p.delegations.join('; ');
