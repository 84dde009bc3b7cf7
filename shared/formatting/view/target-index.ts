import type { TextTarget } from './targets';

/** The lookup a view offers by target id (a read-only Map's `get`, `has` and `size`). */
export interface TargetLookup {
  get(id: string): TextTarget | undefined;
  has(id: string): boolean;
  readonly size: number;
}

/**
 * Targets by id, as an index into the view's targets array. The id → index part changes only with the structure,
 * so a view derived after a keystroke shares it with the last view and brings its own targets array: no copy of a
 * Map of every target per keystroke. Like `new Map(targets.map((t) => [t.id, t]))`, a repeated id finds its last target.
 */
export class TargetIndex implements TargetLookup {
  readonly targets: readonly TextTarget[];
  readonly indexes: ReadonlyMap<string, number>;

  constructor(targets: readonly TextTarget[], indexes?: ReadonlyMap<string, number>) {
    this.targets = targets;
    this.indexes = indexes ?? new Map(targets.map((t, i) => [t.id, i]));
  }

  get(id: string): TextTarget | undefined {
    const i = this.indexes.get(id);
    return i === undefined ? undefined : this.targets[i];
  }

  has(id: string): boolean {
    return this.indexes.has(id);
  }

  get size(): number {
    return this.indexes.size;
  }

  /** The same ids over other targets (the same structure, some targets replaced). */
  with(targets: readonly TextTarget[]): TargetIndex {
    return new TargetIndex(targets, this.indexes);
  }
}
