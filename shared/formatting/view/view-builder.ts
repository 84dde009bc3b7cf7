import type { Descendant } from 'slate';
import type { DocumentSettings } from '../../model/settings';
import { instrumentTable } from '../data/instrument-table';
import type { InstrumentEntry } from '../data/instruments';
import type { Organ } from '../organs';
import { changedParagraph, sameParagraphShape, type ParagraphEdit } from './changed-paragraph';
import { blockMarkers, type Marker } from './collect-markers';
import { buildView, opensAdoptedText, type BodyView, type DocView } from './doc-view';
import { attachMemory, type MemoryStore } from './linter-memory';
import { replaced } from './list-delta';
import { paragraphTarget } from './targets';

/** Where a paragraph's target sits in a view: its index in `targets` and in its body's list. */
interface Place {
  target: number;
  body: number;
  list: 'paragraphs' | 'adopted';
  index: number;
}

/** The places of every body paragraph; null when two targets share an id (then only a full build is right). */
function placesOf(view: DocView): Map<string, Place> | null {
  if (view.byId.size !== view.targets.length) return null;
  const targetIndex = view.byId.indexes;
  const places = new Map<string, Place>();
  view.bodies.forEach((body, b) => {
    for (const list of ['paragraphs', 'adopted'] as const) {
      body[list].forEach((t, index) => places.set(t.id, { target: targetIndex.get(t.id)!, body: b, list, index }));
    }
  });
  return places;
}

/** The markers with the edited block's replaced, or null when the block's footnotes themselves changed. */
function patchMarkers(markers: Marker[], edit: ParagraphEdit): Marker[] | null {
  const before = blockMarkers(edit.before);
  const after = blockMarkers(edit.after);
  if (before === after) return markers;
  if (before.length !== after.length || before.some((m, i) => m.footnoteId !== after[i]!.footnoteId)) return null;
  if (before.every((m, i) => m.offset === after[i]!.offset)) return markers;
  const out = markers.slice();
  let next = 0;
  for (let i = 0; i < out.length; i += 1) if (out[i] === before[next]) out[i] = after[next++]!;
  return next === after.length ? out : null;
}

/**
 * The view after an edit that changed one paragraph's text only: the last view with that paragraph's target
 * swapped in. Null when the edit could change anything else the view derives (structure, refs, footnote
 * numbering, which paragraphs an "Adopts the following …:" clause takes in).
 */
function patchView(view: DocView, places: Map<string, Place>, edit: ParagraphEdit, value: readonly Descendant[]): DocView | null {
  if (!sameParagraphShape(edit.before, edit.after)) return null;
  const place = places.get(edit.after.id);
  const old = place && view.targets[place.target];
  if (!place || !old || old.node !== edit.before) return null;
  const target = paragraphTarget(edit.after);
  if (target.kind !== 'pp' && opensAdoptedText(target) !== opensAdoptedText(old)) return null;
  const markers = patchMarkers(view.footnotes.markers, edit);
  if (!markers) return null;
  const targets = replaced(view.targets, place.target, target);
  const body = view.bodies[place.body]!;
  const list = replaced(body[place.list], place.index, target);
  const bodies: BodyView[] = view.bodies.slice();
  bodies[place.body] = { ...body, [place.list]: list };
  const footnotes = markers === view.footnotes.markers ? view.footnotes : { ...view.footnotes, markers };
  return { ...view, value, targets, byId: view.byId.with(targets), bodies, footnotes };
}

export type ViewBuilder = typeof buildView;

/**
 * buildView with a memory of its last call (the linter's): when the next value differs from the last by one
 * paragraph's text, as after a keystroke, the view is derived from the last one in time proportional to the
 * number of targets (array copies) instead of rebuilt; anything else is a full build. Same result either way.
 * The views it makes share one store for what the rules remember (linter-memory.ts).
 */
export function createViewBuilder(): ViewBuilder {
  const memory: MemoryStore = new Map();
  let last: {
    value: readonly Descendant[];
    settings: DocumentSettings;
    organ: Organ | null;
    instruments: readonly InstrumentEntry[];
    view: DocView;
    places: Map<string, Place> | null;
  } | null = null;
  return (value, settings, organOverride, instruments = instrumentTable()) => {
    if (last && last.settings === settings && last.organ === organOverride && last.instruments === instruments && last.places) {
      if (last.value === value) return last.view;
      const edit = changedParagraph(last.value, value);
      const view = edit === 'same' ? { ...last.view, value } : edit ? patchView(last.view, last.places, edit, value) : null;
      if (view) {
        last = { ...last, value, view };
        return attachMemory(view, memory);
      }
    }
    const view = buildView(value, settings, organOverride, instruments);
    last = { value, settings, organ: organOverride, instruments, view, places: placesOf(view) };
    return attachMemory(view, memory);
  };
}
