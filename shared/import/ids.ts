import { newId } from '../model/ids';

/** Makes node ids for one import: "pp-1", "op-3", "fn-2" (unique within the document, stable per input). */
export interface IdAllocator {
  next(prefix: string): string;
}

export function sequentialIds(): IdAllocator {
  const counters = new Map<string, number>();
  return {
    next(prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}-${n}`;
    },
  };
}

/** Ids for content pasted into an open document: they must not collide with the ids already there. */
export const sessionIds = (): IdAllocator => ({ next: (prefix) => newId(prefix) });
