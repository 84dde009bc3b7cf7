import type { BodyView } from './doc-view';
import type { TextTarget } from './targets';

/** What end mark a PP, OP or sub-paragraph wants, derived from its position in its body (un-format.md §2.2–2.3). */
export interface EndingSlot {
  target: TextTarget;
  role: 'pp' | 'chapeau' | 'op' | 'last-op' | 'sub' | 'last-sub' | 'final-sub';
  /** for a sub-paragraph: true when it is the penultimate of its list (no "and" after it) */
  penultimate?: boolean;
}

/**
 * The slots of a body. An OP or sub-paragraph followed by deeper sub-paragraphs, or by an embedded resolution,
 * is a chapeau (":"); the last OP ends "."; when it has sub-paragraphs, its last one ends "." (`final-sub`).
 */
// the last result per body: reused while the body holds the same targets (unchanged paragraphs keep theirs)
const memo = new Map<string, { paragraphs: TextTarget[]; wrappers: Set<string>; slots: EndingSlot[] }>();
const sameTargets = (a: readonly TextTarget[], b: readonly TextTarget[]) => a.length === b.length && a.every((t, i) => t === b[i]);

export function endingSlots(body: BodyView): EndingSlot[] {
  const key = body.id ?? '';
  const hit = memo.get(key);
  if (hit && sameTargets(hit.paragraphs, body.paragraphs) && [...body.wrappers].join() === [...hit.wrappers].join()) return hit.slots;
  const slots = computeSlots(body);
  memo.set(key, { paragraphs: body.paragraphs, wrappers: body.wrappers, slots });
  return slots;
}

function computeSlots(body: BodyView): EndingSlot[] {
  const clauses = body.paragraphs.filter((p) => p.kind !== 'plain');
  const lastOpIndex = clauses.map((p) => p.kind).lastIndexOf('op');
  const slots: EndingSlot[] = [];
  clauses.forEach((target, i) => {
    const next = clauses[i + 1];
    if (target.kind === 'pp') {
      slots.push({ target, role: 'pp' });
      return;
    }
    const deeperFollows = next !== undefined && next.kind === 'sub' && next.level > target.level;
    if (deeperFollows || body.wrappers.has(target.id)) {
      slots.push({ target, role: 'chapeau' });
      return;
    }
    if (target.kind === 'op') {
      slots.push({ target, role: i === lastOpIndex ? 'last-op' : 'op' });
      return;
    }
    const inLastOp = lastOpIndex !== -1 && i > lastOpIndex;
    const lastOfAll = inLastOp && clauses.slice(i + 1).every((p) => p.kind !== 'sub');
    // the last item of a list at this level: the next clause is shallower (or there is none)
    const endsList = next === undefined || next.kind !== 'sub' || next.level < target.level;
    const penultimate = next !== undefined && next.kind === 'sub' && next.level === target.level &&
      (() => {
        const after = clauses[i + 2];
        return after === undefined || after.kind !== 'sub' || after.level < target.level;
      })();
    slots.push({ target, role: lastOfAll ? 'final-sub' : endsList ? 'last-sub' : 'sub', penultimate });
  });
  return slots;
}
