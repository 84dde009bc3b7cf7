import { Element, Text, type Descendant } from 'slate';
import type { InlineNode, Revision } from '../model/types';
import { tidyRuns, untracked } from './runs';
import { allBlocks, mapBlocks } from './tree';

/** One tracked change: all runs (or the paragraph) carrying one revision id as an insertion or a deletion. */
export interface TrackedChange {
  id: string;
  kind: 'insert' | 'delete';
  /** a run-level change inside a paragraph, or a whole paragraph inserted or deleted */
  scope: 'text' | 'paragraph';
  author: string;
  date: string;
  /** the paragraph's id, or the block type ("title", "recommendation") for blocks without one */
  holder: string;
  /** the inserted or deleted text, verbatim */
  text: string;
}

const holderOf = (block: Element) => ('id' in block ? block.id : block.type);
const textOf = (block: Element) => block.children.map((c) => (Text.isText(c) ? c.text : '')).join('');

/** Every tracked change in the value, in document order. */
export function listChanges(value: readonly Descendant[]): TrackedChange[] {
  const out = new Map<string, TrackedChange>();
  const add = (revision: Revision, kind: TrackedChange['kind'], scope: TrackedChange['scope'], holder: string, text: string) => {
    const key = `${kind}:${revision.id}`;
    const seen = out.get(key);
    if (seen) seen.text += text;
    else out.set(key, { id: revision.id, kind, scope, author: revision.author, date: revision.date, holder, text });
  };
  for (const block of allBlocks(value)) {
    if (!Element.isElement(block)) continue;
    if ('ins' in block && block.ins) add(block.ins, 'insert', 'paragraph', holderOf(block), textOf(block));
    if ('del' in block && block.del) add(block.del, 'delete', 'paragraph', holderOf(block), textOf(block));
    for (const child of block.children) {
      if (!Text.isText(child)) continue;
      if (child.ins) add(child.ins, 'insert', 'text', holderOf(block), child.text);
      if (child.del) add(child.del, 'delete', 'text', holderOf(block), child.text);
    }
  }
  return [...out.values()];
}

/** Which changes to resolve: one by id, all by one author, or all. */
export type ChangeFilter = { id: string } | { author: string } | 'all';

const matches = (filter: ChangeFilter, revision: Revision | undefined): revision is Revision =>
  revision !== undefined && (filter === 'all' || ('id' in filter ? revision.id === filter.id : revision.author === filter.author));

/** Accepting makes an insertion plain text and removes a deletion; rejecting does the opposite. */
export function resolveChanges(value: readonly Descendant[], filter: ChangeFilter, action: 'accept' | 'reject'): Descendant[] {
  const keep = action === 'accept' ? 'ins' : 'del';
  return mapBlocks(value, (block) => {
    if (!Element.isElement(block)) return [block];
    const ins = 'ins' in block ? block.ins : undefined;
    const del = 'del' in block ? block.del : undefined;
    if (matches(filter, ins) && action === 'reject') return [];
    if (matches(filter, del) && action === 'accept') return [];
    let next: Element = block;
    if (matches(filter, ins) || matches(filter, del)) {
      const copy: Record<string, unknown> = { ...block };
      delete copy[keep];
      next = copy as unknown as Element;
    }
    if (!next.children.some((c) => Text.isText(c) && (c.ins || c.del))) return [next as Descendant];
    const children: InlineNode[] = [];
    for (const child of next.children as InlineNode[]) {
      if (!Text.isText(child)) {
        children.push(child);
        continue;
      }
      if (matches(filter, child.ins) && action === 'reject') continue;
      if (matches(filter, child.del) && action === 'accept') continue;
      let run = child;
      if (matches(filter, child.ins)) run = child.del ? { ...untracked(child), del: child.del } : untracked(child);
      if (matches(filter, child.del)) run = run.ins ? { ...untracked(run), ins: run.ins } : untracked(run);
      children.push(run);
    }
    return [{ ...next, children: tidyRuns(children) } as Descendant];
  });
}

export const acceptChange = (value: readonly Descendant[], id: string) => resolveChanges(value, { id }, 'accept');
export const rejectChange = (value: readonly Descendant[], id: string) => resolveChanges(value, { id }, 'reject');
export const acceptAuthor = (value: readonly Descendant[], author: string) => resolveChanges(value, { author }, 'accept');
export const rejectAuthor = (value: readonly Descendant[], author: string) => resolveChanges(value, { author }, 'reject');
export const acceptAll = (value: readonly Descendant[]) => resolveChanges(value, 'all', 'accept');
export const rejectAll = (value: readonly Descendant[]) => resolveChanges(value, 'all', 'reject');
