import type { Finding } from '../diagnostic';
import type { DocView } from '../view/doc-view';
import { linterMemory } from '../view/linter-memory';
import { concatMemo, keyedListMemo } from '../view/list-memo';
import { endingSlots, type EndingSlot } from '../view/operative-groups';

type Found = Finding & { paragraphId: string };

/**
 * A document rule's check over the end-punctuation slots of every body, for the slots with one of `roles`. This
 * runs on every keystroke: each slot's finding is kept while the slot is (endingSlots keeps the slot objects of
 * unchanged paragraphs), and the whole output while no finding changed.
 */
export function slotCheck(roles: readonly EndingSlot['role'][], check: (slot: EndingSlot) => Finding | null): (view: DocView) => Found[] {
  const findingOf = (slot: EndingSlot): Found | null => {
    if (!roles.includes(slot.role)) return null;
    const found = check(slot);
    return found ? { ...found, paragraphId: slot.target.id } : null;
  };
  const memory = linterMemory(() => ({ perSlot: keyedListMemo(findingOf), concat: concatMemo<Found>() }));
  return (view) => {
    const { perSlot, concat } = memory(view);
    return concat(view.bodies.map((body) => ({ key: body.id ?? '', memo: perSlot(body.id ?? '')(endingSlots(view, body)) })));
  };
}
