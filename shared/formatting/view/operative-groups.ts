import type { BodyView, DocView } from './doc-view';
import { linterMemory } from './linter-memory';
import { deltaFrom, replaced } from './list-delta';
import type { TextTarget } from './targets';

/** What end mark a PP, OP or sub-paragraph wants, derived from its position in its body (un-format.md §2.2–2.3). */
export interface EndingSlot {
  target: TextTarget;
  role: 'pp' | 'chapeau' | 'op' | 'last-op' | 'sub' | 'last-sub' | 'final-sub';
  /** for a sub-paragraph: true when it is the penultimate of its list (no "and" after it) */
  penultimate: boolean;
}

// every slot made here, with its fields in one order: one object shape keeps the per-keystroke checks monomorphic
const slot = (target: TextTarget, role: EndingSlot['role'], penultimate = false): EndingSlot => ({ target, role, penultimate });

interface BodySlots {
  paragraphs: readonly TextTarget[];
  wrappers: ReadonlySet<string>;
  slots: EndingSlot[];
  /** per paragraph, the index of its slot (-1 for unnumbered text, which has none) */
  slotAt: readonly number[];
}

// the last result per body: while the body keeps its shape (ids, kinds, levels, wrappers), the roles stay and only
// the targets of edited paragraphs are swapped in; slots of unchanged paragraphs stay the same objects
const memory = linterMemory(() => new Map<string, BodySlots>());

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a === b || (a.size === b.size && [...a].every((x) => b.has(x)));
const sameKind = (x: TextTarget, y: TextTarget) => x === y || (x.id === y.id && x.kind === y.kind && x.level === y.level);
const sameShape = (a: readonly TextTarget[], b: readonly TextTarget[]) => a.length === b.length && a.every((x, i) => sameKind(x, b[i]!));
const moved = (old: EndingSlot, target: TextTarget) => (old.target === target ? old : slot(target, old.role, old.penultimate));

/** The slots for the body's current targets, from the last ones when the shape is the same; null when it is not. */
function carried(hit: BodySlots, body: BodyView): EndingSlot[] | null {
  if (!sameSet(hit.wrappers, body.wrappers)) return null;
  // after a keystroke one paragraph was replaced: only its slot is
  const delta = deltaFrom(body.paragraphs, hit.paragraphs);
  if (delta) {
    const target = body.paragraphs[delta.index]!;
    if (!sameKind(hit.paragraphs[delta.index]!, target)) return null;
    const at = hit.slotAt[delta.index]!;
    return at === -1 ? hit.slots : replaced(hit.slots, at, moved(hit.slots[at]!, target));
  }
  if (!sameShape(hit.paragraphs, body.paragraphs)) return null;
  return body.paragraphs.flatMap((target, i) => (hit.slotAt[i] === -1 ? [] : [moved(hit.slots[hit.slotAt[i]!]!, target)]));
}

/**
 * The slots of a body. An OP or sub-paragraph followed by deeper sub-paragraphs, or by an embedded resolution,
 * is a chapeau (":"); the last OP ends "."; when it has sub-paragraphs, its last one ends "." (`final-sub`).
 */
export function endingSlots(view: DocView, body: BodyView): EndingSlot[] {
  const memo = memory(view);
  const key = body.id ?? '';
  const hit = memo.get(key);
  if (hit && hit.paragraphs === body.paragraphs && hit.wrappers === body.wrappers) return hit.slots;
  const kept = hit ? carried(hit, body) : null;
  const slots = kept ?? computeSlots(body);
  memo.set(key, { paragraphs: body.paragraphs, wrappers: body.wrappers, slots, slotAt: kept ? hit!.slotAt : slotIndexes(body.paragraphs) });
  return slots;
}

function slotIndexes(paragraphs: readonly TextTarget[]): number[] {
  let next = 0;
  return paragraphs.map((p) => (p.kind === 'plain' ? -1 : next++));
}

function computeSlots(body: BodyView): EndingSlot[] {
  const clauses = body.paragraphs.filter((p) => p.kind !== 'plain');
  const lastOpIndex = clauses.map((p) => p.kind).lastIndexOf('op');
  const slots: EndingSlot[] = [];
  clauses.forEach((target, i) => {
    const next = clauses[i + 1];
    if (target.kind === 'pp') {
      slots.push(slot(target, 'pp'));
      return;
    }
    const deeperFollows = next !== undefined && next.kind === 'sub' && next.level > target.level;
    if (deeperFollows || body.wrappers.has(target.id)) {
      slots.push(slot(target, 'chapeau'));
      return;
    }
    if (target.kind === 'op') {
      slots.push(slot(target, i === lastOpIndex ? 'last-op' : 'op'));
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
    slots.push(slot(target, lastOfAll ? 'final-sub' : endsList ? 'last-sub' : 'sub', penultimate));
  });
  return slots;
}
