import type { Finding } from '../diagnostic';
import type { DocView } from '../view/doc-view';
import { endingSlots, type EndingSlot } from '../view/operative-groups';

/** Runs a per-slot end-punctuation check over every body (a plain loop: this runs on every keystroke). */
export function checkSlots(
  view: DocView,
  roles: readonly EndingSlot['role'][],
  check: (slot: EndingSlot) => Finding | null,
): (Finding & { paragraphId: string })[] {
  const out: (Finding & { paragraphId: string })[] = [];
  for (const body of view.bodies) {
    for (const slot of endingSlots(body)) {
      if (!roles.includes(slot.role)) continue;
      const found = check(slot);
      if (found) out.push({ ...found, paragraphId: slot.target.id });
    }
  }
  return out;
}
