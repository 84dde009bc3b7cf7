/**
 * Volume and number lists as the UN prints them: "2171, 2173 and 2983"; a range "970–973" counts as several.
 */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "2171, 2173 and 2983" → ["2171", "2173", "2983"]; a hyphenated range gets its en dash. */
export function splitList(text: string): string[] {
  return text
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((item) => item.trim().replace(/^(\d+)\s*[-‐‑–]\s*(\d+)$/, '$1–$2'))
    .filter(Boolean);
}

/** "vol." or "vols.", "No." or "Nos.": plural for several items or a range. */
export const isPlural = (items: readonly string[]): boolean => items.length > 1 || items.some((i) => i.includes('–'));
