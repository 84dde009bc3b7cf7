import type { Descendant, Editor } from 'slate';
import type { Diagnostic } from '../../../shared/formatting/diagnostic';
import { createLinter } from '../../../shared/formatting/lint';
import { buildView, type DocView } from '../../../shared/formatting/view/doc-view';
import { useAppStore } from '../../state/store';
import { currentTable } from '../footnotes/treaty-matcher';

/**
 * The open document's diagnostics, linted incrementally and cached on the value: every change gives
 * editor.children a new array, and the settings and ignored list are compared by identity.
 */
const linter = createLinter();

interface Cached {
  value: readonly Descendant[];
  settings: unknown;
  ignored: unknown;
  diagnostics: Diagnostic[];
  byTarget: Map<string, Diagnostic[]>;
}

let cached: Cached | null = null;

function compute(value: readonly Descendant[]): Cached {
  const { settings, ignored } = useAppStore.getState().meta;
  if (cached && cached.value === value && cached.settings === settings && cached.ignored === ignored) return cached;
  const diagnostics = linter(value, { settings, ignored, instruments: currentTable().entries });
  const byTarget = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byTarget.get(d.paragraphId) ?? [];
    list.push(d);
    byTarget.set(d.paragraphId, list);
  }
  cached = { value, settings, ignored, diagnostics, byTarget };
  return cached;
}

/**
 * What the underlines show: the diagnostics of the value at the last pause in typing. Drawing them never lints,
 * so a keystroke costs no lint pass; ranges that no longer fit the text are skipped by the decorator.
 */
let settled: Cached | null = null;

/** Lints the current value now and makes it what the underlines show. */
export function settle(editor: Editor): void {
  settled = compute(editor.children);
}

/** Settings or the ignored list changed: the next drawing lints afresh. */
export function unsettle(): void {
  settled = null;
}

export const settledDiagnosticsAt = (editor: Editor, target: string): Diagnostic[] =>
  (settled ?? (settled = compute(editor.children))).byTarget.get(target) ?? [];

/** All diagnostics of the editor's current value, in document order. */
export const diagnosticsOf = (editor: Editor): Diagnostic[] => compute(editor.children).diagnostics;

/** The diagnostics of one target (a paragraph id, "title", an adopting-body id, a footnote id). */
export const diagnosticsAt = (editor: Editor, target: string): Diagnostic[] => compute(editor.children).byTarget.get(target) ?? [];

/** The current text of a target, as the ranges count it. */
export function targetText(editor: Editor, target: string): string {
  const { settings } = useAppStore.getState().meta;
  return viewOf(editor.children, settings).byId.get(target)?.text ?? '';
}

let lastView: { value: readonly Descendant[]; settings: unknown; view: DocView } | null = null;
function viewOf(value: readonly Descendant[], settings: ReturnType<typeof useAppStore.getState>['meta']['settings']): DocView {
  if (lastView && lastView.value === value && lastView.settings === settings) return lastView.view;
  const view = buildView(value, settings, null);
  lastView = { value, settings, view };
  return view;
}

/** What the underlines depend on: when it changes, every paragraph is decorated again. */
export const lintSignature = (editor: Editor): string =>
  diagnosticsOf(editor)
    .map((d) => `${d.paragraphId}:${d.rule}:${d.severity}:${d.range?.start ?? ''}-${d.range?.end ?? ''}`)
    .join('|');
