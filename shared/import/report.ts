import type { ImportReport } from './report-schema';

/** Collects what an importer recognized and what it was unsure about, in the order it happened. */
export class ReportBuilder {
  readonly recognized: string[] = [];
  readonly warnings: string[] = [];
  private readonly counts = new Map<string, { count: number; first: string }>();
  private readonly repairs = new Map<string, number>();

  constructor(readonly format: string) {}

  found(line: string): void {
    this.recognized.push(line);
  }

  warn(line: string): void {
    this.warnings.push(line);
  }

  /** A warning that may repeat: reported once with its count ("… (3 times, first: PP4)"). */
  warnOnce(key: string, where: string): void {
    const entry = this.counts.get(key);
    if (entry) entry.count += 1;
    else this.counts.set(key, { count: 1, first: where });
  }

  /** An import-time repair (un-format.md §6.2: reported as info `import-repair`, not as a style diagnostic). */
  repaired(line: string): void {
    this.recognized.push(`import-repair (info): ${line}`);
  }

  /** A repair that may repeat: reported once with its count. */
  repairedEach(what: string): void {
    this.repairs.set(what, (this.repairs.get(what) ?? 0) + 1);
  }

  build(): ImportReport {
    const repeated = [...this.counts].map(([key, { count, first }]) =>
      count === 1 ? `${key} (${first})` : `${key} (${count} times, first at ${first})`,
    );
    const repairs = [...this.repairs].map(([what, n]) => `import-repair (info): ${what} (${n} paragraph${n === 1 ? '' : 's'})`);
    return { format: this.format, recognized: [...this.recognized, ...repairs], warnings: [...this.warnings, ...repeated] };
  }
}
