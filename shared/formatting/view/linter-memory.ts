import type { DocView } from './doc-view';

/** What one linter remembers between its calls: an entry per owner (a memory declared by a rule). */
export type MemoryStore = Map<object, unknown>;

const stores = new WeakMap<DocView, MemoryStore>();

/** Gives a view the store of the linter (view builder) that made it: its rules remember into that store. */
export function attachMemory(view: DocView, store: MemoryStore): DocView {
  stores.set(view, store);
  return view;
}

/**
 * A memory a document rule keeps between calls (its last results per body, to redo only what an edit changed),
 * held by the linter that made the view rather than by the module: two linters (the editor's, a fresh one in a
 * test, the renderer's views) never see each other's last call, so each answers as if it had been alone. A view
 * from a plain buildView has no store: the rule gets a fresh memory and computes everything.
 */
export function linterMemory<T>(init: () => T): (view: DocView) => T {
  const owner = {};
  return (view) => {
    const store = stores.get(view);
    if (!store) return init();
    let memory = store.get(owner) as T | undefined;
    if (memory === undefined) store.set(owner, (memory = init()));
    return memory;
  };
}
