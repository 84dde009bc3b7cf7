import type { Finding } from '../diagnostic';

/** One finding per regex match, with a fixed or computed replacement (null = no fix). */
export function matchFindings(
  text: string,
  pattern: RegExp,
  make: (m: RegExpMatchArray) => { message: string; replacement: string | null; start?: number; end?: number } | null,
): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(pattern)) {
    const made = make(m);
    if (!made) continue;
    const start = made.start ?? m.index!;
    const end = made.end ?? m.index! + m[0].length;
    out.push({
      range: { start, end },
      message: made.message,
      fix: made.replacement === null ? null : { replacement: made.replacement },
    });
  }
  return out;
}

export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
