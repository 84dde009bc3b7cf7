const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const CARDINAL_UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINAL = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** 1 → "first", 23 → "twenty-third", 100 → "one hundredth", 178 → "one hundred and seventy-eighth" (up to 999). */
export function ordinalWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 999) return null;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds > 0 ? `${CARDINAL_UNITS[hundreds]} hundred` : '';
  if (rest === 0) return `${head}th`;
  let tail: string;
  if (rest < 20) tail = UNITS[rest]!;
  else if (rest % 10 === 0) tail = TENS_ORDINAL[rest / 10]!;
  else tail = `${TENS[Math.floor(rest / 10)]}-${UNITS[rest % 10]}`;
  return head ? `${head} and ${tail}` : tail;
}
