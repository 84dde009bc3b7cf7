import { letters, roman } from '../../model/numbering';

/** Printed labels at the start of a paragraph: "12. ", "(a) ", "(iv) ", and what level a label means. */

export const OP_NUMBER = /^(\d{1,4})\.\s+/;
export const SUB_LABEL = /^\(([a-z]{1,3}|[ivxlc]{1,6})\)\s+/;
export const REPORT_HEADING = /^([IVXLC]{1,6}|[A-Z])\.\s+(\S.*)$/;

const ROMAN_VALUES = new Map(Array.from({ length: 60 }, (_, i) => [roman(i + 1), i + 1]));
export const romanValue = (label: string): number | null => ROMAN_VALUES.get(label.toLowerCase()) ?? null;
export const letterIndex = (label: string): number | null => {
  for (let n = 1; n <= 78; n += 1) if (letters(n) === label) return n;
  return null;
};

/** Tracks (a)/(i) labels under the current operative paragraph to tell "(i)" the letter from "(i)" the numeral. */
export class SubLabels {
  private level1 = 0;
  private level2 = 0;
  private last: 0 | 1 | 2 = 0;

  reset(): void {
    this.level1 = 0;
    this.level2 = 0;
    this.last = 0;
  }

  /** The level of a label, and whether it is the one expected next ("(i)" after "(h)" stays a letter). */
  read(label: string): { level: 1 | 2; inSequence: boolean } {
    const asRoman = romanValue(label);
    const asLetter = letterIndex(label);
    const nextLetter = asLetter !== null && asLetter === this.level1 + 1;
    const nextRoman = asRoman !== null && this.level1 > 0 && asRoman === (this.last === 2 ? this.level2 + 1 : 1);
    if (nextRoman && nextLetter) return this.take(this.last === 2 ? 2 : 1, true);
    if (nextRoman) return this.take(2, true);
    if (nextLetter) return this.take(1, true);
    if (asRoman !== null && this.level1 > 0 && this.last === 2) return this.take(2, false);
    return this.take(asLetter !== null || this.level1 === 0 ? 1 : 2, false);
  }

  /** The current label as a reference suffix: "(b)", "(b)(ii)". */
  ref(): string {
    const a = `(${letters(Math.max(1, this.level1))})`;
    return this.last === 2 ? `${a}(${roman(this.level2)})` : a;
  }

  private take(level: 1 | 2, inSequence: boolean) {
    if (level === 1) {
      this.level1 += 1;
      this.level2 = 0;
    } else this.level2 += 1;
    this.last = level;
    return { level, inSequence };
  }
}
