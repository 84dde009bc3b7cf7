import type { Citation, TextRun } from './citation';
import { runsText } from './markup';
import { anchored, LOCATOR, SYMBOL } from './patterns';

/**
 * "See *Report of the Ninth United Nations Congress …, Cairo, 29 April–8 May 1995*, chap. I (A/CONF.169/16)."
 * The title holds commas, so the italics delimit it when the source kept them; otherwise the title runs up to
 * the first locator word or the symbol in parentheses.
 */

const TAIL = anchored(String.raw`(?:, (${LOCATOR}))?(?: \((${SYMBOL})\))?(?:, (${LOCATOR}))?\.`);
const PLAIN = anchored(String.raw`(See )?(Reports? of .+?)((?:, ${LOCATOR})?(?: \(${SYMBOL}\))?(?:, ${LOCATOR})?\.)`);
const SYMBOL_IN_TITLE = new RegExp(String.raw` \((${SYMBOL})\)$`);

/** Date ranges in titles take an en dash ("29 April–8 May 1995"); conversions often print a hyphen. */
export const rangeDashes = (title: string): string =>
  title.replace(/(\d{1,2}(?: [A-Z][a-z]+)?) ?[-‐‑] ?(\d{1,2} [A-Z][a-z]+ \d{4})/g, '$1–$2');

function build(see: boolean, rawTitle: string, tail: string): Citation | null {
  const m = TAIL.exec(tail);
  if (!m) return null;
  let title = rawTitle.trim();
  let symbol = m[2] ?? null;
  const inside = SYMBOL_IN_TITLE.exec(title);
  if (inside && !symbol) {
    symbol = inside[1]!;
    title = title.slice(0, inside.index);
  }
  const locator = m[1] ?? m[3] ?? null;
  const citation: Citation = { kind: 'report', title: rangeDashes(title), locator, symbol };
  return see ? { ...citation, see: true } : citation;
}

export function parseReport(runs: readonly TextRun[], plain: string): Citation | null {
  const first = runs.findIndex((r) => r.italic);
  if (first >= 0) {
    const prefix = runsText(runs.slice(0, first));
    const title = runs[first]!.text;
    if ((prefix === '' || prefix === 'See ') && /^Reports? of\b/.test(title)) {
      return build(prefix === 'See ', title, runsText(runs.slice(first + 1)));
    }
  }
  const m = PLAIN.exec(plain);
  return m ? build(Boolean(m[1]), m[2]!, m[3]!) : null;
}
