const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** ISO "2011-04-14" → "14 April 2011", the UN date form; anything else is printed as stored. */
export function printedDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** "Vienna, 11-15 April 2011" → en dash between figures on export (un-format.md §1.2 row 8). */
export const enDashRanges = (text: string): string => text.replace(/(\d)\s*-\s*(\d)/g, '$1–$2');
