import type { DocView } from './doc-view';

const perView = new WeakMap<DocView, readonly unknown[]>();

/**
 * What every footnote check reads: the footnote list, the settings, the instrument table, and each marker's
 * place (its holder's target, which changes when the holder is edited, and its offset). Typing in a paragraph
 * without markers changes none of these.
 */
export function footnoteInputs(view: DocView): readonly unknown[] {
  const hit = perView.get(view);
  if (hit) return hit;
  const list = view.footnotes.list;
  const inputs: unknown[] = [list, view.settings, view.instruments, view.kind];
  for (const m of view.footnotes.markers) inputs.push(view.byId.get(m.holder) ?? m.holder, m.offset, m.footnoteId);
  perView.set(view, inputs);
  return inputs;
}
