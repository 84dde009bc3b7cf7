import type { Descendant } from 'slate';
import { makeProposal } from './make-proposal';
import type { Proposal } from './proposal';
import { ResolutionElement } from '../model/guards';
import type { BodyParagraph } from '../model/types';
import { diffInlines } from '../revisions/inline-diff';
import { matchParagraphs } from '../revisions/match';
import { mergeParagraphText } from '../revisions/merge-text';
import { comparedParagraphs, type ComparedParagraph } from '../revisions/paragraphs';
import { makeRevision } from '../revisions/revision-mark';
import { mapBlocks } from '../revisions/tree';

export interface MergeOptions {
  /** the delegate whose copy is merged: their changes are attributed to them */
  author: string;
  /** ISO date-time of the merge */
  date: string;
  /** the text both copies started from; without it, my text is taken as the base (every difference is theirs) */
  base?: readonly Descendant[];
}

export interface MergeConflict {
  paragraphId: string;
  /** the paragraph's ref in my text (or in theirs when I deleted it) */
  ref: string;
  kind: 'both-edited' | 'deleted-by-them' | 'deleted-by-me';
  mine: string | null;
  theirs: string | null;
  /** the proposal that keeps their version on the table */
  proposalId?: string;
}

export interface MergeResult {
  value: Descendant[];
  conflicts: MergeConflict[];
  /** their conflicting versions, as open proposals attributed to them (add them to the file's proposals) */
  proposals: Proposal[];
  /** paragraphs that received their changes as tracked changes */
  merged: string[];
}

/**
 * Merges another delegate's copy (worked on offline) into mine, paragraph by paragraph: their edits become
 * tracked changes attributed to them; where we both changed the same words, my text stays and theirs is
 * tabled as an open proposal in their name, so nothing is lost; paragraphs they added come in as tracked
 * insertions, paragraphs they deleted as tracked deletions.
 */
export function mergeCopy(mine: readonly Descendant[], theirs: readonly Descendant[], options: MergeOptions): MergeResult {
  const mark = () => makeRevision(options.author, options.date);
  const base = comparedParagraphs(options.base ?? mine);
  const my = comparedParagraphs(mine);
  const their = comparedParagraphs(theirs);
  const baseToMine = partner(matchParagraphs(base, my), base, my);
  const baseToTheirs = partner(matchParagraphs(base, their), base, their);
  const theirsFromBase = new Map([...baseToTheirs].map(([b, t]) => [t.id, b]));
  const mineToBase = new Map([...baseToMine].map(([b, m]) => [m.id, base.find((x) => x.id === b)!]));
  const conflicts: MergeConflict[] = [];
  const proposals: Proposal[] = [];
  const merged: string[] = [];
  const table = (conflict: MergeConflict, proposal: Proposal | null) => {
    if (proposal) proposals.push(proposal);
    conflicts.push(proposal ? { ...conflict, proposalId: proposal.id } : conflict);
  };
  const inserts = theirInsertions(their, theirsFromBase, baseToMine, base, mark);
  const reinserted = deletedByMe(base, baseToMine, baseToTheirs, mark, table);
  // Paragraphs that come before everything of mine go before my first paragraph.
  let leading: Descendant[] = [...(inserts.get('') ?? []), ...(reinserted.get('') ?? [])];
  const value = mapBlocks(mine, (block) => {
    if (!ResolutionElement.isParagraph(block) || block.del) return [block];
    const before = leading;
    leading = [];
    return [...before, ...mergeBlock(block)];
  });
  return { value, conflicts, proposals, merged };

  function mergeBlock(block: BodyParagraph): Descendant[] {
    const after = [...(inserts.get(block.id) ?? []), ...(reinserted.get(block.id) ?? [])];
    const m = my.find((p) => p.id === block.id)!;
    const b = mineToBase.get(block.id);
    if (!b) return [block, ...after];
    const t = baseToTheirs.get(b.id);
    if (!t) {
      if (m.text === b.text) return [{ ...block, del: mark() } as Descendant, ...after];
      const proposal = makeProposal({ delegations: [options.author], op: 'delete-paragraph', paragraphId: block.id, date: options.date, note: 'merge conflict: deleted in their copy, edited in mine' });
      table({ paragraphId: block.id, ref: m.ref, kind: 'deleted-by-them', mine: m.text, theirs: null }, proposal);
      return [block, ...after];
    }
    if (t.text === b.text || t.text === m.text) return [block, ...after];
    const children = m.text === b.text ? diffInlines(block.children, t.node.children, mark) : mergeParagraphText(block.children, m.text, b.text, t.text, mark);
    if (children) {
      merged.push(block.id);
      return [{ ...block, children } as Descendant, ...after];
    }
    const proposal = makeProposal({
      delegations: [options.author], op: 'replace', paragraphId: block.id, paragraphText: m.text,
      range: { start: 0, end: m.text.length }, text: t.text, date: options.date, note: 'merge conflict: their version of the paragraph',
    });
    table({ paragraphId: block.id, ref: m.ref, kind: 'both-edited', mine: m.text, theirs: t.text }, proposal);
    return [block, ...after];
  }
}

function partner(matches: ReturnType<typeof matchParagraphs>, from: ComparedParagraph[], to: ComparedParagraph[]) {
  return new Map(matches.map((m) => [from[m.a]!.id, to[m.b]!]));
}

/** Paragraphs only in their copy, keyed by the paragraph of mine they follow. */
function theirInsertions(
  their: ComparedParagraph[],
  theirsFromBase: Map<string, string>,
  baseToMine: Map<string, ComparedParagraph>,
  base: ComparedParagraph[],
  mark: () => ReturnType<typeof makeRevision>,
) {
  const out = new Map<string, Descendant[]>();
  let anchor: string | null = null;
  for (const t of their) {
    const b = theirsFromBase.get(t.id);
    if (b) {
      anchor = baseToMine.get(b)?.id ?? anchor;
      continue;
    }
    if (base.some((x) => x.id === t.id)) continue;
    const key = anchor ?? '';
    out.set(key, [...(out.get(key) ?? []), { ...t.node, ins: mark() } as Descendant]);
  }
  return out;
}

/** Paragraphs I deleted that they edited: their version comes back as a tracked insertion, and a conflict. */
function deletedByMe(
  base: ComparedParagraph[],
  baseToMine: Map<string, ComparedParagraph>,
  baseToTheirs: Map<string, ComparedParagraph>,
  mark: () => ReturnType<typeof makeRevision>,
  table: (conflict: MergeConflict, proposal: null) => void,
) {
  const out = new Map<string, Descendant[]>();
  let anchor = '';
  for (const b of base) {
    const m = baseToMine.get(b.id);
    if (m) {
      anchor = m.id;
      continue;
    }
    const t = baseToTheirs.get(b.id);
    if (!t || t.text === b.text) continue;
    out.set(anchor, [...(out.get(anchor) ?? []), { ...(t.node as BodyParagraph), ins: mark() } as Descendant]);
    table({ paragraphId: t.id, ref: t.ref, kind: 'deleted-by-me', mine: null, theirs: t.text }, null);
  }
  return out;
}
