import type { Descendant } from 'slate';
import { useSlateSelector } from 'slate-react';
import { footnoteNumbers } from '../../shared/footnotes/numbers';
import { renderedFootnotes, type RenderedFootnote } from '../../shared/footnotes/rendered';
import { operativeNumbers, paragraphRefs, reportNumbers } from '../../shared/model/numbering';
import { sameStructure } from '../../shared/model/same-structure';
import type { DocumentSettings } from '../../shared/model/settings';
import { useAppStore } from '../state/store';

/**
 * Derivations cached per document version: every change gives editor.children a new array, a ready cache
 * key, so each derivation runs once per change however many elements ask for it.
 */
export function perValue<T>(derive: (value: readonly Descendant[]) => T): (value: readonly Descendant[]) => T {
  const cache = new WeakMap<readonly Descendant[], T>();
  return (value) => {
    if (cache.has(value)) return cache.get(value)!;
    const result = derive(value);
    cache.set(value, result);
    return result;
  };
}

/**
 * For derivations that read only the structure (numbers, refs, footnote order): the last result is kept while
 * the structure is the same, so typing costs a comparison along the edited path instead of a pass over the
 * document (the results keep their identity too, which spares the selectors that compare them).
 */
export function perStructure<T>(derive: (value: readonly Descendant[]) => T): (value: readonly Descendant[]) => T {
  let last: { value: readonly Descendant[]; result: T } | null = null;
  return (value) => {
    if (last && sameStructure(last.value, value)) {
      last = { value, result: last.result };
      return last.result;
    }
    last = { value, result: derive(value) };
    return last.result;
  };
}

export const operativeLabelsOf = perStructure(operativeNumbers);
export const paragraphRefsOf = perStructure(paragraphRefs);
export const reportNumbersOf = perStructure(reportNumbers);
export const footnoteNumbersOf = perStructure(footnoteNumbers);

/** "1.", "(a)", "(i)", or "" for a sole operative paragraph. */
export const useOperativeLabel = (id: string): string =>
  useSlateSelector((editor) => operativeLabelsOf(editor.children).get(id) ?? '');

export const useReportNumber = (id: string): string =>
  useSlateSelector((editor) => reportNumbersOf(editor.children).get(id) ?? '');

/** The footnote's display number, or null when nothing refers to it. */
export const useFootnoteNumber = (footnoteId: string): number | null =>
  useSlateSelector((editor) => footnoteNumbersOf(editor.children).get(footnoteId) ?? null);

const renderedCache = new WeakMap<readonly Descendant[], { ibidStyle: string; byId: Map<string, RenderedFootnote> }>();

function renderedOf(value: readonly Descendant[], settings: Pick<DocumentSettings, 'ibidStyle'>) {
  const hit = renderedCache.get(value);
  if (hit && hit.ibidStyle === settings.ibidStyle) return hit.byId;
  const byId = new Map(renderedFootnotes(value, settings).map((f) => [f.id, f]));
  renderedCache.set(value, { ibidStyle: settings.ibidStyle, byId });
  return byId;
}

/** The footnote's printed text (Ibid. applied), or null when it is not referred to. */
export function useRenderedFootnote(footnoteId: string): RenderedFootnote | null {
  const ibidStyle = useAppStore((s) => s.meta.settings.ibidStyle);
  return useSlateSelector((editor) => renderedOf(editor.children, { ibidStyle }).get(footnoteId) ?? null);
}
