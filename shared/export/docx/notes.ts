import { Element, type Descendant } from 'slate';
import { citationRuns } from '../../citations/runs';
import { footnoteBodies } from '../../footnotes/numbers';
import { renderedFootnotes } from '../../footnotes/rendered';
import { ResolutionElement } from '../../model/guards';
import type { Header, SymbolNote } from '../../model/types';
import type { ExportDocument, NoteRun } from '../export-document';

export interface PlannedNote {
  footnoteId: string;
  /** w:id in footnotes.xml */
  wordId: number;
  /** the derived display number; null for a footnote cited only in deleted text */
  number: number | null;
  runs: NoteRun[];
}

export interface PlannedSymbolNote {
  wordId: number;
  /** "*", "**" … */
  mark: string;
  note: SymbolNote;
}

export interface NotePlan {
  footnotes: Map<string, PlannedNote>;
  symbols: PlannedSymbolNote[];
  /** footnotes referenced more than once (a repeated number) */
  repeated: Set<string>;
}

/** Every footnote reference in the body, in document order, deleted text included. */
function referencedIds(value: readonly Descendant[]): string[] {
  const ids: string[] = [];
  const visit = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if (!Element.isElement(node) || node.type === 'footnote-list' || node.type === 'header') continue;
      if (ResolutionElement.isFootnoteRef(node)) ids.push(node.footnoteId);
      else visit(node.children);
    }
  };
  visit(value);
  return ids;
}

/**
 * Word ids for every note: the `*` series first (it sits on page 1, above the body), then the numbered
 * footnotes in order of first reference, so ids ascend in reference order (un-format.md §8.4).
 */
export function planNotes(doc: ExportDocument): NotePlan {
  const header = doc.value.find(ResolutionElement.isHeader) as Header | undefined;
  const symbols = (header?.symbolNotes ?? []).map((note, i) => ({ wordId: i + 1, mark: '*'.repeat(i + 1), note }));
  const rendered = new Map(renderedFootnotes(doc.value, doc.settings).map((fn) => [fn.id, fn]));
  const bodies = footnoteBodies(doc.value);
  const footnotes = new Map<string, PlannedNote>();
  const references = referencedIds(doc.value);
  const repeated = new Set(references.filter((id, i) => references.indexOf(id) !== i));
  for (const footnoteId of new Set(references)) {
    const shown = rendered.get(footnoteId);
    const body = bodies.get(footnoteId);
    if (!shown && !body) continue;
    const runs = doc.noteRuns?.get(footnoteId) ?? shown?.runs ?? citationRuns(body!.citation, null, doc.settings.ibidStyle);
    footnotes.set(footnoteId, { footnoteId, wordId: symbols.length + footnotes.size + 1, number: shown?.number ?? null, runs });
  }
  return { footnotes, symbols, repeated };
}
