/**
 * The benchmark's deviated typed words (shared/corpus/README.md, issue 7): the opener switched to or from
 * its "also"/"further" form, one word dropped, two neighbouring letters swapped, -ize spelled -ise; each
 * on a quarter of the queries, chosen with a fixed seed.
 */
export type Deviation = 'opener' | 'drop' | 'typo' | 'ise';
export const DEVIATIONS: readonly Deviation[] = ['opener', 'drop', 'typo', 'ise'];

/** mulberry32: a small deterministic generator, so every run builds the same deviations. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deviation per query index: a seeded shuffle cut into four quarters. */
export function assignDeviations(count: number, random: () => number): Deviation[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const out: Deviation[] = new Array(count);
  order.forEach((q, rank) => (out[q] = DEVIATIONS[Math.floor((rank * 4) / count)]!));
  return out;
}

const ADVERB = /^(also|further)$/i;
const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** "Recalling its" ⇄ "Recalling also its", "Urges" ⇄ "Also urges", "Further decides" → "Decides". */
function switchOpener(words: string[], lead: string | null, kind: string): string[] {
  const leadWords = (lead ?? '').split(/\s+/).filter(Boolean);
  const inLead = words.slice(0, Math.max(leadWords.length, 1)).findIndex((w) => ADVERB.test(w));
  if (inLead >= 0) {
    const out = words.filter((_, i) => i !== inLead);
    if (inLead === 0 && out[0]) out[0] = out[0][0]!.toUpperCase() + out[0].slice(1);
    return out;
  }
  if (kind === 'operative') return ['Also', words[0]![0]!.toLowerCase() + words[0]!.slice(1), ...words.slice(1)];
  const after = Math.max(1, Math.min(leadWords.length, words.length));
  return [...words.slice(0, after), 'also', ...words.slice(after)];
}

function swapLetters(words: string[], random: () => number): string[] {
  const candidates = words.map((w, i) => ({ w, i })).filter(({ w }) => /[A-Za-z]{4,}/.test(w));
  if (candidates.length === 0) return words;
  const { w, i } = pick(candidates, random);
  const spots = [...w].map((_, j) => j).filter((j) => j + 1 < w.length && /[A-Za-z]/.test(w[j]!) && /[A-Za-z]/.test(w[j + 1]!) && w[j] !== w[j + 1]);
  if (spots.length === 0) return words;
  const j = pick(spots, random);
  const out = [...words];
  out[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
  return out;
}

/** One deviation of the typed words; `changed` is false when it does not apply (no -ize word). */
export function deviate(
  words: readonly string[],
  deviation: Deviation,
  query: { lead: string | null; kind: string },
  random: () => number,
): { words: string[]; changed: boolean } {
  const list = [...words];
  let out = list;
  if (deviation === 'opener') out = switchOpener(list, query.lead, query.kind);
  else if (deviation === 'drop') {
    const dropped = Math.floor(random() * list.length);
    out = list.length > 1 ? list.filter((_, i) => i !== dropped) : list;
  }
  else if (deviation === 'typo') out = swapLetters(list, random);
  else {
    const ize = list.map((w, i) => ({ w, i })).filter(({ w }) => /iz(e|es|ed|ing|ation|ations)\b/i.test(w));
    if (ize.length > 0) {
      const { w, i } = pick(ize, random);
      out = [...list];
      out[i] = w.replace(/iz(e|es|ed|ing|ation|ations)\b/i, 'is$1');
    }
  }
  return { words: out, changed: out.join(' ') !== list.join(' ') };
}
