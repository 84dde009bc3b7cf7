import type { SearchIndexData } from './index-data';

export interface Hit {
  paragraph: number;
  score: number;
}

/**
 * The k best hits seen so far, one per distinct agreed text (the same paragraph adopted year after year
 * counts once: its best-ranked copy stands for it).
 */
export class TopDistinct {
  readonly hits: Hit[] = [];
  private readonly hashes: number[] = [];

  constructor(
    private readonly data: SearchIndexData,
    private readonly k: number,
  ) {}

  get full(): boolean {
    return this.hits.length >= this.k;
  }

  /** The score a new hit must beat once full. */
  get floor(): number {
    return this.full ? this.hits[this.hits.length - 1]!.score : -Infinity;
  }

  offer(paragraph: number, score: number): void {
    const hash = this.data.textHash[paragraph]!;
    const same = this.hashes.indexOf(hash);
    if (same >= 0) {
      if (this.hits[same]!.score >= score) return;
      this.hits.splice(same, 1);
      this.hashes.splice(same, 1);
    } else if (this.full && score <= this.floor) return;
    let at = this.hits.length;
    while (at > 0 && this.hits[at - 1]!.score < score) at -= 1;
    this.hits.splice(at, 0, { paragraph, score });
    this.hashes.splice(at, 0, hash);
    if (this.hits.length > this.k) {
      this.hits.pop();
      this.hashes.pop();
    }
  }
}
