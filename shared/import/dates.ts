const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** "26 April 2007" (any spaces, NBSP included) → "2007-04-26"; null when it is not such a date. */
export function isoDate(printed: string): string | null {
  const m = /^(\d{1,2})[\s\u00a0]+([A-Z][a-z]+)[\s\u00a0]+(\d{4})$/.exec(printed.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!);
  const day = Number(m[1]);
  if (month === -1 || day < 1 || day > 31) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const DATE_PATTERN = String.raw`\d{1,2}[\s\u00a0]+(?:${MONTHS.join('|')})[\s\u00a0]+\d{4}`;
