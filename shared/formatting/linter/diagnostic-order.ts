import type { Diagnostic } from '../diagnostic';
import type { DocView } from '../view/doc-view';
import { startOf } from './to-diagnostic';

/** Document order: a target's index; a footnote without a target after all targets, by number; others last. */
export type Order = ReadonlyMap<string, number>;

// the order changes only with the structure, as view.refs does
let lastOrder: { refs: unknown; order: Map<string, number> } | null = null;
export function orderOf(view: DocView): Order {
  if (lastOrder && lastOrder.refs === view.refs) return lastOrder.order;
  // the view's id → index map is that order already; footnotes without a target follow
  const order = new Map(view.byId.indexes);
  for (const [id, n] of view.footnotes.numbers) if (!order.has(id)) order.set(id, view.targets.length + n);
  lastOrder = { refs: view.refs, order };
  return order;
}

/** The sort every list follows: document order, then start in the target; ties keep their order (stable sort). */
export function compareIn(order: Order, last: number): (a: Diagnostic, b: Diagnostic) => number {
  return (a, b) => (order.get(a.paragraphId) ?? last) - (order.get(b.paragraphId) ?? last) || startOf(a) - startOf(b);
}

/**
 * Merges the targets' sorted lists (already in document order) with the sorted document-rule diagnostics: the
 * result equals a stable sort of [...paragraph diagnostics, ...document diagnostics], in time linear in their
 * number. Ties go to the paragraph diagnostic, as they came first. Null when two targets share an id (their
 * lists are then not in order): the caller sorts instead.
 */
export function mergeInOrder(perTarget: readonly Diagnostic[][], targetIds: readonly { id: string }[], sorted: readonly Diagnostic[], order: Order): Diagnostic[] | null {
  const last = targetIds.length;
  const keys = sorted.map((d) => order.get(d.paragraphId) ?? last);
  const out: Diagnostic[] = [];
  let j = 0;
  for (let i = 0; i < perTarget.length; i += 1) {
    const list = perTarget[i]!;
    if (list.length === 0) continue;
    if (order.get(targetIds[i]!.id) !== i) return null;
    for (const d of list) {
      const start = startOf(d);
      while (j < sorted.length && (keys[j]! < i || (keys[j] === i && startOf(sorted[j]!) < start))) out.push(sorted[j++]!);
      out.push(d);
    }
  }
  while (j < sorted.length) out.push(sorted[j++]!);
  return out;
}
