/** Builds CSR offsets from per-row counts: offsets[i]..offsets[i + 1] is row i. */
export function offsetsFromCounts(counts: Uint32Array): Uint32Array {
  const offsets = new Uint32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i += 1) offsets[i + 1] = offsets[i]! + counts[i]!;
  return offsets;
}

/** A growable Uint32 buffer (the index is built in one pass without knowing sizes up front). */
export class U32Builder {
  private data = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  finish(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Concatenates byte chunks into one array with offsets. */
export function packBytes(chunks: readonly Uint8Array[]): { offsets: Uint32Array; bytes: Uint8Array } {
  const offsets = new Uint32Array(chunks.length + 1);
  for (let i = 0; i < chunks.length; i += 1) offsets[i + 1] = offsets[i]! + chunks[i]!.length;
  const bytes = new Uint8Array(offsets[chunks.length]!);
  for (let i = 0; i < chunks.length; i += 1) bytes.set(chunks[i]!, offsets[i]!);
  return { offsets, bytes };
}
