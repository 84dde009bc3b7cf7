/**
 * Candidates in descending order of an upper bound on their score, popped lazily: building the heap is
 * linear, and a search stops after a few dozen pops, so thousands of candidates never get sorted.
 */
export class BoundQueue {
  private size: number;

  /** `heap` is scratch space of at least `count` entries. */
  constructor(
    private readonly bounds: Float64Array,
    count: number,
    private readonly heap: Uint32Array,
  ) {
    for (let i = 0; i < count; i += 1) this.heap[i] = i;
    this.size = count;
    for (let i = (count >>> 1) - 1; i >= 0; i -= 1) this.sink(i);
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /** The best remaining bound (call only when not empty). */
  peekBound(): number {
    return this.bounds[this.heap[0]!]!;
  }

  pop(): number {
    const top = this.heap[0]!;
    this.size -= 1;
    this.heap[0] = this.heap[this.size]!;
    this.sink(0);
    return top;
  }

  private sink(i: number): void {
    const { heap, bounds } = this;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && bounds[heap[l]!]! > bounds[heap[m]!]!) m = l;
      if (r < this.size && bounds[heap[r]!]! > bounds[heap[m]!]!) m = r;
      if (m === i) return;
      const t = heap[i]!;
      heap[i] = heap[m]!;
      heap[m] = t;
      i = m;
    }
  }
}
